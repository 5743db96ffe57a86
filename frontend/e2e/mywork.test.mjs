// End-to-end: "Mijn werk", every role's start page, one journey per role. The state each journey needs is set up
// through the API as the other party would leave it; then the person logs in, finds the item on Mijn werk, follows
// its link to where the work is done, does it there, and comes back to find the item gone; where the step concerns
// someone else (a resubmitted or returned analysis), the e-mail about it arrives at the SMTP server of e2e/run.mjs.
//   gemeente.nijmegen: its analysis returned with a reason → resubmits it
//   regio.gmr: Nijmegen's submitted analysis → returns it (so a second run starts from the same state); late list
//   provincie.gelderland and corporatie.mra: a verdeling adopted since the last visit (mailed to them) → "Alles als gezien markeren"
//   beheerder: an invitation not yet accepted (its mail arrived) → revokes it, and the mailed link stops working
// The suite may run more than once against one database: the set-up continues from whatever state it finds.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { adoptScenario, apiAs, baseUrl, inSession, launchBrowser, mailbox, ok } from './support.mjs';

const TIMEOUT = 240_000;
const THIS_YEAR = new Date().getFullYear();
const YEAR = THIS_YEAR + 10; // Nijmegen's analysis of this year is the gemeente's and the region's item
const LATE_YEAR = THIS_YEAR + 11; // its deadline has passed: every GMR member is late
const ENTRY = `/gemeenten/GM0268/vraaganalyse/${YEAR}`;
const REASON = 'Graag de bron van de woningvoorraad toevoegen';
const docsShots = process.env.DOCS_SCREENSHOT_DIR ? resolve(process.env.DOCS_SCREENSHOT_DIR) : null;
let browser;

/** The address a demo person's mail goes to. */
const addressOf = (username) => `${username}@demo.thuisplan.invalid`;

/**
 * Counts the mails to `to` with `subject` before a step, and after it waits for one more: the step's own mail,
 * not one an earlier step (or the set-up) sent with the same subject.
 */
async function expectMail(to, subject, step) {
  const sent = mailbox();
  const same = (m) => m.envelope.to.includes(to) && m.subject === subject;
  const before = (await sent.messages()).filter(same).length;
  await step();
  const until = Date.now() + 30_000;
  for (;;) {
    const now = (await sent.messages()).filter(same);
    if (now.length > before) return now.at(-1);
    if (Date.now() > until) throw new Error(`no new mail "${subject}" to ${to}`);
    await new Promise((done) => setTimeout(done, 500));
  }
}

const isoDay = (offsetDays) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function setDeadline(pm, year, deadline) {
  const first = await pm('PUT', `/api/v1/regions/GMR/demand-deadlines/${year}`, { deadline, version: null });
  if (first.status === 200) return;
  assert.equal(first.status, 409, `deadline: ${JSON.stringify(first.body)}`);
  await ok(await pm('PUT', `/api/v1/regions/GMR/demand-deadlines/${year}`, { deadline, version: first.body.current.version }), 200, 'deadline again');
}

/** Brings Nijmegen's analysis of YEAR to RETURNED with REASON, from whatever state it is in. */
async function returnedAnalysis(gemeente, pm) {
  for (let step = 0; step < 6; step++) {
    const current = await gemeente('GET', `/api/v1/demand/municipalities/GM0268/years/${YEAR}`);
    if (current.status === 404) {
      await ok(await gemeente('POST', `/api/v1/demand/municipalities/GM0268/years/${YEAR}`), 201, 'start');
      continue;
    }
    const a = await ok(current, 200, 'analysis');
    if (a.status === 'RETURNED') return a.id;
    const [who, action, body] = {
      CONCEPT: [gemeente, 'submit', {}],
      SUBMITTED: [pm, 'return', { reason: REASON }],
      ADOPTED: [pm, 'reopen', {}],
    }[a.status];
    await who('POST', `/api/v1/demand/analyses/${a.id}/${action}`, { lockVersion: a.lockVersion, ...body });
  }
  throw new Error('Nijmegen’s analysis did not reach RETURNED');
}

/** A verdeling of `region` adopted now: a period no earlier run used (for the homeless, which no other test allocates). */
async function freshlyAdoptedModel(pm, region) {
  const models = await ok(await pm('GET', `/api/v1/allocation/regions/${region}/models`), 200, 'models');
  const taken = new Set(models.filter((m) => m.name.startsWith('Mijn werk e2e')).map((m) => m.period));
  let year = 2041;
  while (taken.has(String(year))) year++;
  const model = await ok(
    await pm('POST', `/api/v1/allocation/regions/${region}/models`, { name: `Mijn werk e2e ${year}`, period: String(year), targetGroups: ['dakloos'] }),
    201,
    'model',
  );
  await adoptScenario(pm, model.scenarios[0], { total: 40, reference: 'PHO-e2e-mijn-werk' });
  return { id: model.id, name: model.name };
}

before(async () => {
  browser = await launchBrowser();
  const pm = await apiAs('regio.gmr');
  await setDeadline(pm, YEAR, isoDay(14));
  await setDeadline(pm, LATE_YEAR, isoDay(-3));
  await returnedAnalysis(await apiAs('gemeente.nijmegen'), pm);
});

after(async () => {
  await browser?.close();
});

/** The item of `kind` linking `href`, on the Mijn werk page. */
const itemOf = (page, kind, href) => page.locator(`[data-testid="my-work-item"][data-kind="${kind}"]`).filter({ has: page.locator(`a[href="${href}"]`) });

/** Back to the start: "/" leads to Mijn werk. */
async function home(page) {
  await page.goto('/');
  await page.waitForURL((url) => url.pathname === '/mijn-werk');
  await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
  await page.waitForLoadState('networkidle');
}

/** Mijn werk at 320 px and at phone width reads without sideways scrolling; optional pictures for the docs. */
async function reflows(page, shot) {
  for (const width of [320, 390]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `Mijn werk scrolls sideways at ${width} px by ${overflow} px`);
  }
  if (docsShots && shot) {
    await mkdir(docsShots, { recursive: true });
    await page.screenshot({ path: resolve(docsShots, `mijn-werk-${shot}-phone.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  if (docsShots && shot) await page.screenshot({ path: resolve(docsShots, `mijn-werk-${shot}-desktop.png`), fullPage: true });
}

test('gemeente.nijmegen finds its returned analysis with the reason, resubmits it, and the item is gone', { timeout: TIMEOUT }, () =>
  inSession(browser, 'mywork-gemeente', 'gemeente.nijmegen', async ({ page, check }) => {
    await page.waitForURL((url) => url.pathname === '/mijn-werk');
    const heading = page.getByRole('heading', { level: 1, name: 'Mijn werk' });
    await heading.waitFor();
    assert.ok(await heading.evaluate((h) => h === document.activeElement), 'the heading has the focus on arrival');
    const item = itemOf(page, 'ANALYSIS_RETURNED', ENTRY);
    await item.waitFor();
    assert.match(await item.textContent(), new RegExp(`Reden: ${REASON}`));
    assert.match(await item.textContent(), /nog 1[34] dagen/);
    await check('gemeente');
    await reflows(page, 'gemeente');

    await item.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === ENTRY);
    await page.getByTestId('analysis-status').locator('[data-status="RETURNED"]').waitFor();
    // resubmitting (confirmed with its summary) tells the programme manager by mail
    const mail = await expectMail(addressOf('regio.gmr'), `Nijmegen heeft de vraaganalyse ${YEAR} ingediend`, async () => {
      await page.getByTestId('workflow').locator('button[data-action="SUBMIT"]').click();
      const dialog = page.getByRole('dialog', { name: 'Vraaganalyse indienen?' });
      await dialog.getByTestId('step-summary').waitFor();
      await dialog.getByRole('button', { name: 'Indienen', exact: true }).click();
      await page.getByTestId('analysis-status').locator('[data-status="SUBMITTED"]').waitFor();
    });
    assert.ok(mail.text.includes(ENTRY), 'the mail links to the task');

    await home(page);
    assert.equal(await page.locator(`a[href="${ENTRY}"]`).count(), 0, 'nothing waits for Nijmegen on this analysis');
    await check('gemeente-done');
  }));

test('regio.gmr reviews the submitted analysis from Mijn werk, returns it, and sorts the late analyses', { timeout: TIMEOUT }, () =>
  inSession(browser, 'mywork-regio', 'regio.gmr', async ({ page, check }) => {
    await page.waitForURL((url) => url.pathname === '/mijn-werk');
    const review = page.locator('[data-testid="my-work-item"][data-kind="ANALYSIS_TO_REVIEW"]').filter({ hasText: `Vraaganalyse Nijmegen ${YEAR} beoordelen` });
    await review.waitFor();
    const href = await review.getByRole('link').getAttribute('href');
    assert.match(href, /^\/vraaganalyses\/\d+$/);

    // the late list: every member of GMR for LATE_YEAR, sortable
    const late = page.getByTestId('late-table');
    await late.waitFor();
    const rows = late.getByTestId('late-row');
    assert.ok((await rows.count()) > 1, 'GMR members are late');
    assert.equal(await late.locator('[data-municipality="GM0268"]').count() >= 1, true, 'Nijmegen is among them');
    await late.getByRole('button', { name: 'Gemeente' }).click();
    assert.equal(await late.getByRole('columnheader', { name: /Gemeente/ }).getAttribute('aria-sort'), 'ascending');
    const names = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td a').textContent));
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'nl')), 'sorted by gemeente');
    // "Herinnering sturen" to Nijmegen: the gemeente is mailed, at most once a day (a second run the same day is told so)
    const nijmegen = late.locator('[data-municipality="GM0268"]').first();
    const sent = mailbox();
    const reminderSubject = `Herinnering: de vraaganalyse ${LATE_YEAR} is te laat`;
    const before = (await sent.messages()).filter((m) => m.subject === reminderSubject && m.envelope.to.includes(addressOf('gemeente.nijmegen'))).length;
    await nijmegen.getByRole('button', { name: 'Herinnering sturen aan Nijmegen' }).click();
    const state = await nijmegen.getByTestId('reminder-state').innerText();
    assert.match(state, /Herinnering verstuurd|Vandaag al herinnerd/);
    if (state.includes('verstuurd')) {
      const until = Date.now() + 30_000;
      const toNijmegen = (m) => m.subject === reminderSubject && m.envelope.to.includes(addressOf('gemeente.nijmegen'));
      while ((await sent.messages()).filter(toNijmegen).length <= before) {
        assert.ok(Date.now() < until, `no reminder mail to Nijmegen`);
        await new Promise((done) => setTimeout(done, 500));
      }
    }
    await check('regio');
    await reflows(page, 'regio');

    await review.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === href);
    // returning it tells Nijmegen by mail
    await expectMail(addressOf('gemeente.nijmegen'), `Vraaganalyse ${YEAR} teruggestuurd`, async () => {
      await page.getByTestId('workflow').locator('button[data-action="RETURN"]').click();
      await page.getByRole('dialog').getByRole('textbox').fill(REASON);
      await page.getByRole('dialog').getByRole('button', { name: /Terugsturen/ }).click();
      await page.getByTestId('analysis-status').locator('[data-status="RETURNED"]').waitFor();
    });

    await home(page);
    assert.equal(await page.locator(`a[href="${href}"]`).count(), 0, 'the review is no longer waiting');
  }));

/** A reader's journey: a verdeling of `region` adopted now shows as news until the reader marks it as seen. */
async function readerJourney(who, region, name) {
  const model = await freshlyAdoptedModel(await apiAs(region === 'GMR' ? 'regio.gmr' : 'regio.mra'), region);
  const href = `/verdeling/modellen/${model.id}/resultaat`;
  // the adopted verdeling is published to the region's partners and provinces: the mail says so and links to it
  const mail = await mailbox().waitFor(addressOf(who), `Verdeling ${model.name} vastgesteld`);
  assert.ok(mail.text.includes(href), 'the mail links to the verdeling');
  await inSession(browser, `mywork-${name}`, who, async ({ page, check }) => {
    await page.waitForURL((url) => url.pathname === '/mijn-werk');
    const item = itemOf(page, 'MODEL_ADOPTED', href);
    await item.waitFor();
    assert.match(await item.textContent(), new RegExp(`Verdeling ${model.name} vastgesteld`));
    await check(name);

    await item.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === href);
    await page.locator('main h1').first().waitFor();

    await home(page);
    const seen = page.waitForResponse((r) => r.url().endsWith('/api/v1/my-work/seen') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Alles als gezien markeren' }).click();
    assert.equal((await seen).status(), 204);
    // the list is read again: the seen news goes, and the page says since when the news now runs
    await page.locator(`a[href="${href}"]`).waitFor({ state: 'detached' });
    await page.getByText(/Nieuw sinds u het laatst alles als gezien markeerde/).waitFor();
    assert.equal(await page.locator(`a[href="${href}"]`).count(), 0, 'seen news is gone');
  });
}

test('provincie.gelderland finds a verdeling of GMR adopted since the last visit, opens it, and marks the news as seen', { timeout: TIMEOUT }, () =>
  readerJourney('provincie.gelderland', 'GMR', 'provincie'));

test('corporatie.mra finds a verdeling of MRA adopted since the last visit, opens it, and marks the news as seen', { timeout: TIMEOUT }, () =>
  readerJourney('corporatie.mra', 'MRA', 'partner'));

test('beheerder finds an invitation not yet accepted, revokes it on the person page, and the item is gone', { timeout: TIMEOUT }, async () => {
  const admin = await apiAs('beheerder');
  const organisations = await ok(await admin('GET', '/api/v1/admin/organisations?kind=GEMEENTE&q=Nijmegen'), 200, 'organisations');
  const nijmegen = organisations.items.find((o) => o.name.includes('Nijmegen'));
  assert.ok(nijmegen, `Gemeente Nijmegen among ${JSON.stringify(organisations.items.map((o) => o.name))}`);
  const stamp = Date.now();
  const sent = await ok(
    await admin('POST', '/api/v1/admin/invitations', {
      email: `mijnwerk.${stamp}@nijmegen.example`,
      displayName: `Mira Werk ${stamp}`,
      organisationId: nijmegen.id,
      role: 'MUNICIPALITY_OFFICER',
    }),
    201,
    'invitation',
  );
  const href = `/beheer/personen/${sent.person.id}`;
  // the invitation mail has arrived; its link works until the beheerder revokes the invitation
  const invitee = `mijnwerk.${stamp}@nijmegen.example`;
  const invitation = await mailbox().waitFor(invitee, 'Uitnodiging voor Thuisplan');
  const token = /token=([A-Za-z0-9_-]+)/.exec(invitation.text)?.[1];
  assert.ok(token, 'the invitation mail carries its link');
  const linkStatus = async () => (await fetch(`${baseUrl()}/api/v1/auth/links/${token}`)).status;
  assert.equal(await linkStatus(), 200, 'the link works before the invitation is revoked');
  await inSession(browser, 'mywork-beheerder', 'beheerder', async ({ page, check }) => {
    await page.waitForURL((url) => url.pathname === '/mijn-werk');
    const item = itemOf(page, 'INVITATION_PENDING', href);
    await item.waitFor();
    assert.match(await item.textContent(), new RegExp(`Uitnodiging van Mira Werk ${stamp} nog niet aangenomen`));
    await check('beheerder');

    await item.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === href);
    await page.getByRole('button', { name: 'Uitnodiging intrekken' }).click();
    await page.getByText('Geen open uitnodiging').waitFor();

    await home(page);
    assert.equal(await itemOf(page, 'INVITATION_PENDING', href).count(), 0, 'the revoked invitation no longer waits');
  });
  assert.equal(await linkStatus(), 410, 'the mailed link no longer works once the invitation is revoked');
});
