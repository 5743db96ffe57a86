// End-to-end: the first start of a real installation, following only the README and docs/operations.md.
// Unlike the other files it does not test BASE_URL: it sets up its own installation (e2e/harness/installation.mjs):
// a fresh PostgreSQL server of the machine prepared with the documentation's SQL, the real jar on it with the
// demo off and mail going to an SMTP server inside this process. The tests are steps of one story and run in
// order: the first beheerder, then the invitation chain (a regio beheerder, a gemeente and a corporatie
// medewerker, each invited by mail), and logout last. docs/testing.md describes the steps.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startInstallation } from './harness/installation.mjs';
import { launchBrowser, logIn, openSession, toFormerStart } from './support.mjs';

const TIMEOUT = 180_000;
const ADMIN_EMAIL = 'Beheer@Thuisplan-E2E.example';
const ADMIN_NAME = 'Bea Beheer';
const FIRST_PASSWORD = 'Drie fietsen langs de Amstel';
const SECOND_PASSWORD = 'Zeven meeuwen boven het IJ';
/** The people of the invitation chain: a regio beheerder of Regio Groningen, who invites the other two. */
const PM = { email: 'pim.programma@groningen-e2e.example', name: 'Pim Programma', password: 'Regenjas op de Grote Markt' };
const OFFICER = { email: 'gea.gemeente@groningen-e2e.example', name: 'Gea Gemeente', password: 'Fietsenstalling onder het station' };
const CORPORATIE = { email: 'cor.corporatie@woonstad-e2e.example', name: 'Cor Corporatie', password: 'Sleutels voor de nieuwe flat' };
const PARTNER_ORG = { name: 'Woonstichting Stad en Ommeland', kvk: '91827364' };

let browser;
let installation;
/** What one step leaves for the next. */
const state = {};

before(async () => {
  browser = await launchBrowser();
  installation = await startInstallation();
  console.log(`# installation: PostgreSQL ${installation.postgres.version}, Thuisplan answers on ${installation.url} after ${installation.startSeconds} s`);
});

after(async () => {
  await browser?.close();
  await installation?.stop();
});

async function withSession(name, body) {
  const session = await openSession(browser, name, { url: installation.url });
  try {
    await body(session);
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
}

async function post(path, body) {
  const response = await fetch(`${installation.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const login = (username, password) => post('/api/v1/auth/login', { username, password });
const email = ADMIN_EMAIL.toLowerCase();
/** The set-password page of this installation, as links in mails and on the command line point to it. */
const linkPattern = () => new RegExp(`^${installation.url.replace(/[.]/g, '\\.')}/wachtwoord/nieuw\\?token=[A-Za-z0-9_-]{20,}$`, 'm');

/** On the page a link opens: chooses `password` and arrives on the login page with the notice. */
async function setPassword({ page, check }, password, name) {
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.getByText('Uw wachtwoord is opgeslagen.').waitFor();
  await check(name);
}

/** Logs in through the form and checks the platform beheerder's start page: all six regions. */
async function arriveAsBeheerder(session, password) {
  const { page, check } = session;
  await logIn(session, ADMIN_EMAIL, password);
  await toFormerStart(page, '/regios');
  const table = page.getByTestId('regions-table');
  await table.waitFor();
  const codes = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.region));
  assert.deepEqual([...codes].sort(), ['ENS', 'GMR', 'GRO', 'HGL', 'MRA', 'PSL']);
  assert.match(await page.getByTestId('current-role').textContent(), /platform beheerder/);
  assert.match(await page.getByTestId('current-user').textContent(), new RegExp(ADMIN_NAME));
  await check('home');
}

test('the jar starts on a fresh external PostgreSQL with the demo off and no account at all', { timeout: TIMEOUT }, async () => {
  const log = await installation.log();
  assert.match(log, /Demo uit: geen actieve demo-accounts/);
  assert.doesNotMatch(log, /Embedded PostgreSQL/, 'the external database, not an embedded one');
  assert.equal((await login('beheerder', 'thuisplan-demo')).status, 401, 'no demo beheerder');
  const persons = await installation.postgres.psql('select count(*) from app_user;\n', 'thuisplan');
  assert.equal(persons.trim(), '0', 'no person in the database');
});

test('admin create, run as docs/operations.md says, prints a single-use link and sets no password', { timeout: TIMEOUT }, async () => {
  const created = await installation.admin('create', '--email', ADMIN_EMAIL, '--name', ADMIN_NAME);
  assert.equal(created.code, 0, `exit code; stderr: ${created.stderr}`);
  assert.match(created.stdout, new RegExp(`Platformbeheerder ${email} aangemaakt`));
  const link = linkPattern().exec(created.stdout);
  assert.ok(link, `a link to ${installation.url}/wachtwoord/nieuw in: ${created.stdout}`);
  state.firstLink = link[0];
  assert.equal((await login(email, FIRST_PASSWORD)).status, 401, 'no login before a password is chosen');
});

test('the first beheerder opens the link, chooses a password the policy accepts and sees the platform home', { timeout: TIMEOUT }, () =>
  withSession('installation-first-admin', async (session) => {
    const { page, check } = session;
    assert.ok(state.firstLink, 'the link admin create printed');
    await page.goto(state.firstLink);
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    const intro = await page.getByTestId('link-for').textContent();
    assert.ok(intro.includes(ADMIN_NAME) && intro.includes(email), `the link names its person: ${intro}`);
    await check('set-password');

    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Qwerty123456');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Qwerty123456');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Dit wachtwoord komt voor in lijsten van veelgebruikte of gelekte wachtwoorden').waitFor();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('te kort');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('te kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Het wachtwoord moet minstens 12 tekens lang zijn.').first().waitFor();
    await check('set-password-refused');

    await setPassword(session, FIRST_PASSWORD, 'set-password-done');
    await arriveAsBeheerder(session, FIRST_PASSWORD);
  }));

test('a second admin create is refused with exit code 2 and creates nobody', { timeout: TIMEOUT }, async () => {
  const again = await installation.admin('create', '--email', 'tweede@thuisplan-e2e.example', '--name', 'Tweede Beheerder');
  assert.equal(again.code, 2, `exit code; stdout: ${again.stdout}`);
  assert.match(again.stderr, /^Geweigerd: /m);
  assert.doesNotMatch(again.stdout, /wachtwoord\/nieuw/, 'no link printed');
  const persons = await installation.postgres.psql('select string_agg(email, \',\') from app_user;\n', 'thuisplan');
  assert.equal(persons.trim(), email, 'only the first beheerder exists');
});

test('Wachtwoord vergeten mails a link through SMTP that sets a new password; the old one stops working', { timeout: TIMEOUT }, () =>
  withSession('installation-forgot', async (session) => {
    const { page, check } = session;
    const since = installation.smtp.messages.length;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await page.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    await page.getByText('Als dit adres bij ons bekend is').waitFor();
    await check('forgot-sent');

    const mail = await installation.smtp.waitForMail(email, { since });
    assert.deepEqual(mail.envelope.to, [email]);
    assert.deepEqual(mail.to, [email]);
    assert.equal(mail.from, 'thuisplan@e2e.invalid', 'sender from THUISPLAN_SMTP_FROM');
    assert.equal(mail.subject, 'Nieuw wachtwoord voor Thuisplan');
    const link = linkPattern().exec(mail.text);
    assert.ok(link, `a link to ${installation.url}/wachtwoord/nieuw in the mail: ${mail.text}`);
    const log = await installation.log();
    assert.match(log, /Mail 'Nieuw wachtwoord voor Thuisplan' sent to/);
    assert.doesNotMatch(log, /MAIL NIET VERZONDEN/, 'sent through SMTP, not written to the log');

    await page.goto(link[0]);
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    assert.match(await page.getByTestId('link-for').textContent(), new RegExp(`nieuw wachtwoord aangevraagd voor ${email}`));
    await setPassword(session, SECOND_PASSWORD, 'reset-done');
    await arriveAsBeheerder(session, SECOND_PASSWORD);
    assert.equal((await login(email, FIRST_PASSWORD)).status, 401, 'the old password no longer works');

    await page.goto(link[0]);
    await page.getByText('Deze link werkt niet (meer)').waitFor();
    await check('reset-link-used');
  }));


/** Logs in through the API; answers a caller `(method, path, body) => { status, body }` with its token. */
async function apiAs(username, password) {
  const answer = await login(username, password);
  assert.equal(answer.status, 200, `${username} logs in through the API`);
  const token = answer.body.access_token;
  return async (method, path, body) => {
    const response = await fetch(`${installation.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
}

/**
 * Fills the invitation form (Beheer → Uitnodigen) as the logged-in beheerder and waits for the notice that
 * the mail went out. `organisation` is the option's text, narrowed first by kind and region.
 */
async function inviteThroughScreen({ page, check }, invitee, { kind, region, organisation, partnerRegion, managesPeople = false }, name) {
  await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Uitnodigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
  await page.getByLabel('E-mailadres').fill(invitee.email);
  await page.getByLabel('Naam', { exact: true }).fill(invitee.name);
  await page.getByLabel('Soort organisatie').selectOption(kind);
  if (region) await page.getByLabel('In regio').selectOption(region);
  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: organisation });
  if (partnerRegion) await page.getByLabel('Regio', { exact: true }).selectOption(partnerRegion);
  if (managesPeople) await page.getByLabel('Mag de mensen van de regio beheren (regio beheerder)').check();
  await check(name);
  await page.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  const notice = page.getByTestId('invited');
  await notice.getByText(`De uitnodiging is gemaild naar ${invitee.email}.`).waitFor();
}

/** Reads the invitation mail sent to `invitee` after message number `since` and answers its link. */
async function invitationLink(invitee, since) {
  const mail = await installation.smtp.waitForMail(invitee.email, { since });
  assert.deepEqual(mail.envelope.to, [invitee.email]);
  assert.equal(mail.subject, 'Uitnodiging voor Thuisplan');
  assert.match(mail.text, new RegExp(`Beste ${invitee.name},`));
  const link = linkPattern().exec(mail.text);
  assert.ok(link, `a link to ${installation.url}/wachtwoord/nieuw in the invitation: ${mail.text}`);
  return link[0];
}

/** In a fresh browser session: opens the invitation link, which names the person, and chooses a password. */
async function acceptInvitation(invitee, link, name) {
  await withSession(name, async (session) => {
    const { page } = session;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    const intro = await page.getByTestId('link-for').textContent();
    assert.ok(intro.includes(invitee.name) && intro.includes(invitee.email), `the invitation names its person: ${intro}`);
    await setPassword(session, invitee.password, 'accepted');
  });
}

/** Logs in through the form with the e-mail address and answers where the person arrived. */
async function arriveAs(session, person, expectedPath) {
  const { page } = session;
  await logIn(session, person.email, person.password);
  await toFormerStart(page, expectedPath);
}

const codesOf = (items, key = 'code') => items.map((item) => item[key]).sort();

test('the beheerder invites a regio programme manager who manages people; the invitee sets a password from the mail and sees only Regio Groningen', { timeout: TIMEOUT }, async () => {
  const since = installation.smtp.messages.length;
  await withSession('installation-invite-pm', async (session) => {
    const { page } = session;
    await arriveAsBeheerder(session, SECOND_PASSWORD);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
    await inviteThroughScreen(session, PM, { kind: 'REGIO', region: 'GRO', organisation: 'Regio Groningen (regio)', managesPeople: true }, 'invite-pm');
  });
  state.pmLink = await invitationLink(PM, since);
  assert.equal((await login(PM.email, PM.password)).status, 401, 'no login before the invitation is accepted');
  await acceptInvitation(PM, state.pmLink, 'installation-pm-accepts');

  await withSession('installation-pm-home', async (session) => {
    const { page, check } = session;
    await arriveAs(session, PM, '/regios/GRO');
    assert.match(await page.getByTestId('current-role').textContent(), /regio programmamanager/);
    assert.match(await page.getByTestId('current-scope').textContent(), /Regio Groningen/);
    await check('region');
  });
  const pm = await apiAs(PM.email, PM.password);
  const regions = await pm('GET', '/api/v1/regions');
  assert.equal(regions.status, 200);
  assert.deepEqual(codesOf(regions.body), ['GRO'], 'the programme manager sees its own region only');
  assert.notEqual((await pm('GET', '/api/v1/regions/ENS')).status, 200, 'another region is refused');
});

test('the regio beheerder adds a woningcorporatie and invites a gemeente medewerker and a corporatie medewerker; each sets a password from the mail', { timeout: TIMEOUT }, async () => {
  const since = installation.smtp.messages.length;
  await withSession('installation-pm-invites', async (session) => {
    const { page, check } = session;
    await arriveAs(session, PM, '/regios/GRO');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
    await check('people');

    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('organisations-table').waitFor();
    await page.getByRole('button', { name: 'Nieuwe partner' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe partner' });
    await dialog.getByLabel('Soort').selectOption('WONINGCORPORATIE');
    await dialog.getByLabel('Naam').fill(PARTNER_ORG.name);
    await dialog.getByLabel('KvK-nummer').fill(PARTNER_ORG.kvk);
    const regionChoices = dialog.getByRole('checkbox');
    await regionChoices.first().waitFor();
    assert.deepEqual(await regionChoices.evaluateAll((boxes) => boxes.map((b) => b.value)), ['GRO'], 'a regio beheerder can place a partner in its own region only');
    await dialog.getByLabel('Regio Groningen').check();
    await check('new-partner');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('organisations-table').getByRole('rowheader', { name: PARTNER_ORG.name }).waitFor();

    await inviteThroughScreen(session, OFFICER, { kind: 'GEMEENTE', organisation: 'Gemeente Groningen (gemeente)' }, 'invite-officer');
    await inviteThroughScreen(session, CORPORATIE, { kind: 'WONINGCORPORATIE', organisation: `${PARTNER_ORG.name} (woningcorporatie)`, partnerRegion: 'GRO' }, 'invite-corporatie');
  });
  state.officerLink = await invitationLink(OFFICER, since);
  const corporatieLink = await invitationLink(CORPORATIE, since);
  await acceptInvitation(OFFICER, state.officerLink, 'installation-officer-accepts');
  await acceptInvitation(CORPORATIE, corporatieLink, 'installation-corporatie-accepts');
});

test('each invitee sees exactly its scope, and the regio beheerder cannot invite outside its region or grant a platform role', { timeout: TIMEOUT }, async () => {
  await withSession('installation-officer-home', async (session) => {
    const { page, check } = session;
    await arriveAs(session, OFFICER, '/gemeenten/GM0014');
    assert.match(await page.getByTestId('current-role').textContent(), /gemeente medewerker/);
    assert.match(await page.getByTestId('current-scope').textContent(), /Groningen/);
    assert.equal(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).count(), 0, 'no administration for an officer');
    await check('municipality');
  });
  const officer = await apiAs(OFFICER.email, OFFICER.password);
  assert.equal((await officer('GET', '/api/v1/municipalities/GM0014')).status, 200);
  assert.notEqual((await officer('GET', '/api/v1/municipalities/GM0153')).status, 200, 'Enschede, in another region, is refused');
  assert.notEqual((await officer('GET', '/api/v1/regions/ENS')).status, 200, 'another region is refused');
  assert.equal((await officer('GET', '/api/v1/admin/people')).status, 403, 'an officer gets 403 on the administration');

  await withSession('installation-corporatie-home', async (session) => {
    const { page, check } = session;
    await arriveAs(session, CORPORATIE, '/partner');
    const scope = await page.getByTestId('partner-scope').textContent();
    assert.ok(scope.includes(PARTNER_ORG.name) && scope.includes('Regio Groningen'), `the partner's organisation and region: ${scope}`);
    assert.match(await page.getByTestId('current-role').textContent(), /corporatie medewerker/);
    await check('partner');
  });
  const corporatie = await apiAs(CORPORATIE.email, CORPORATIE.password);
  assert.equal((await corporatie('GET', '/api/v1/municipalities/GM0014')).status === 200, false, 'a partner reads no gemeente\u2019s own pages');
  assert.notEqual((await corporatie('GET', '/api/v1/regions/ENS')).status, 200, 'another region is refused');
  assert.equal((await corporatie('GET', '/api/v1/admin/people')).status, 403);

  const pm = await apiAs(PM.email, PM.password);
  const people = await pm('GET', '/api/v1/admin/people');
  assert.equal(people.status, 200);
  assert.deepEqual(people.body.items.map((p) => p.email).sort(), [CORPORATIE.email, OFFICER.email, PM.email].sort(), 'the regio beheerder manages the people of its region only');

  const beheerder = await apiAs(email, SECOND_PASSWORD);
  const enschede = await beheerder('GET', '/api/v1/admin/organisations?kind=GEMEENTE&q=Enschede');
  const platform = await beheerder('GET', '/api/v1/admin/organisations?kind=PLATFORM');
  const enschedeId = enschede.body.items.find((o) => o.name === 'Gemeente Enschede')?.id;
  assert.ok(enschedeId && platform.body.items[0]?.id, 'the beheerder sees Gemeente Enschede and the platform organisation');
  const outside = await pm('POST', '/api/v1/admin/invitations', { email: 'buiten@enschede-e2e.example', displayName: 'Buiten Regio', organisationId: enschedeId, role: 'MUNICIPALITY_OFFICER' });
  assert.equal(outside.status, 403, `inviting into Regio Enschede: ${JSON.stringify(outside.body)}`);
  const raise = await pm('POST', '/api/v1/admin/invitations', { email: 'macht@groningen-e2e.example', displayName: 'Te Veel Macht', organisationId: platform.body.items[0].id, role: 'PLATFORM_ADMIN' });
  assert.equal(raise.status, 403, `granting a platform role: ${JSON.stringify(raise.body)}`);
  const persons = await installation.postgres.psql("select count(*) from app_user where email like '%@enschede-e2e.example' or email like 'macht@%';\n", 'thuisplan');
  assert.equal(persons.trim(), '0', 'the refused invitations created nobody');
});

test('an invitation link used twice, or revoked by the beheerder, shows that it no longer works', { timeout: TIMEOUT }, async () => {
  const since = installation.smtp.messages.length;
  const revoked = { email: 'vera.vergeten@groningen-e2e.example', name: 'Vera Vergeten' };
  await withSession('installation-revoke', async (session) => {
    const { page, check } = session;
    await page.goto(state.officerLink);
    await page.getByText('Deze link werkt niet (meer)').waitFor();
    await check('used-invitation');

    await arriveAs(session, PM, '/regios/GRO');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
    await inviteThroughScreen(session, revoked, { kind: 'GEMEENTE', organisation: 'Gemeente Westerkwartier (gemeente)' }, 'invite-to-revoke');
    await page.getByTestId('invited').getByRole('link', { name: `Naar ${revoked.name}` }).click();
    await page.getByRole('heading', { level: 1, name: revoked.name }).waitFor();
    await page.getByRole('button', { name: 'Uitnodiging intrekken' }).click();
    await page.getByText('Geen open uitnodiging').waitFor();
    await check('revoked');

    const link = await invitationLink(revoked, since);
    await page.goto(link);
    await page.getByText('Deze link werkt niet (meer)').waitFor();
  });
  assert.equal((await login(revoked.email, 'Wat dan ook maar lang genoeg')).status, 401);
});

test('logging out ends the session: its refresh cookie is refused afterwards', { timeout: TIMEOUT }, () =>
  withSession('installation-logout', async (session) => {
    const { page, context } = session;
    await arriveAsBeheerder(session, SECOND_PASSWORD);
    const cookies = Object.fromEntries((await context.cookies()).map((c) => [c.name, c.value]));
    assert.ok(cookies.thuisplan_refresh, 'the browser holds a refresh cookie');

    const loggedOut = page.waitForResponse(
      (response) => new URL(response.url()).pathname === '/api/v1/auth/session' && response.request().method() === 'DELETE',
    );
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    assert.equal((await loggedOut).status(), 200, 'logout answered');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    const left = (await context.cookies()).map((c) => c.name);
    assert.deepEqual(left.filter((name) => name.startsWith('thuisplan_')), [], 'the browser forgot the session');

    // the old refresh cookie, sent again as it was (with its CSRF token): the session is over
    const response = await fetch(`${installation.url}/api/v1/auth/session/refresh`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        Cookie: `thuisplan_refresh=${cookies.thuisplan_refresh}; thuisplan_csrf=${cookies.thuisplan_csrf}`,
        'X-CSRF-Token': cookies.thuisplan_csrf,
      },
    });
    assert.equal(response.status, 401);
    assert.equal((await response.json()).code, 'REFRESH_TOKEN_INVALID');
  }));
