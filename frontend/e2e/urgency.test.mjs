// End-to-end: an urgentieregeling for Regio Haaglanden. regio.hgl creates a version from the template with
// the mandatory categories, adds a quota of at most 30% for all urgent categories together and one of at
// least 45% for regular house seekers, saves, reads the document, downloads its PDF, tries another share in
// the capacity check, adopts it, then makes a copy with another share and compares the two (and deletes the
// copy again); gemeente.denhaag proposes a local deviation on the adopted version. Screenshots of the
// document, the editor, the capacity check and the comparison go to SCREENSHOT_DIR.
//
// The suite may run more than once against one database: the version's validity starts in a year after
// 2100 that no adopted version of the region covers yet (read from the list of versions), so adopting never
// meets an overlap left by an earlier run; each run adds one adopted version and one proposed deviation.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, inSession, mainNav } from './support.mjs';

const TIMEOUT = 300_000;
const screenshotDir = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
let browser;

before(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await browser?.close();
});

const withSession = (name, username, body) => inSession(browser, name, username, body);

const nav = mainNav;
const schemeIdOf = (page) => Number(/\/urgentie\/versies\/(\d+)/.exec(new URL(page.url()).pathname)?.[1]);

/** A picture of one element, after its canvas (if any) has been drawn. */
async function shoot(locator, name, { canvas = false } = {}) {
  await locator.scrollIntoViewIfNeeded();
  if (canvas) {
    await locator.locator('canvas').first().waitFor();
    await locator.page().waitForTimeout(700); // the charts animate for 300 ms
  }
  await locator.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** The first year from `from` on, in steps of 4, whose 4 years no adopted version in the table covers. */
async function freeStartYear(page, from) {
  const table = page.getByTestId('schemes-table');
  const taken = (await table.count()) === 0
    ? []
    : await table.locator('tr[data-status="ADOPTED"], tr[data-status="EXPIRED"]').evaluateAll((rows) =>
        rows.map((row) => [...row.textContent.matchAll(/\d{1,2}-\d{1,2}-(\d{4})/g)].map((m) => Number(m[1]))).filter((years) => years.length >= 2),
      );
  let year = from;
  while (taken.some(([start, end]) => start <= year + 3 && end >= year)) year += 4;
  return year;
}

/** Fills the "Nieuwe versie" form and submits it; resolves when the new version's editor is open. */
async function createVersion(page, { name, from, to, legalName, copyOf = null }) {
  const form = page.getByTestId('new-scheme-form');
  await form.getByLabel('Naam', { exact: true }).fill(name);
  await form.getByLabel('Geldig vanaf').fill(from);
  await form.getByLabel('Geldig tot en met').fill(to);
  await form.getByLabel('Naam van de verordening').fill(legalName);
  await form.getByLabel('Datum van de verordening').fill(`${Number(from.slice(0, 4)) - 1}-11-15`);
  if (copyOf === null) await form.getByLabel('uit het sjabloon met de verplichte categorieën').check();
  else await form.getByLabel('Versie om te kopiëren').selectOption({ label: copyOf });
  await form.getByRole('button', { name: 'Versie aanmaken' }).click();
  await page.waitForURL(/\/urgentie\/versies\/\d+\?tab=bewerken$/);
  await page.getByTestId('scheme-editor').waitFor();
}

async function save(page) {
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen.' }).waitFor();
}

const tab = (page, name) => page.getByRole('tablist', { name: 'Onderdelen van deze versie' }).getByRole('tab', { name, exact: true });

test('an urgency scheme goes from the template through quotas, the capacity check and adoption to a local deviation', { timeout: TIMEOUT }, async () => {
  const run = Date.now();
  let adoptedId;
  let adoptedName;

  await withSession('urgency-regio', 'regio.hgl', async (session) => {
    const { page, check } = session;
    await nav(page).getByRole('link', { name: 'Urgentie', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/regios/HGL/urgentie');
    await page.getByRole('heading', { level: 1, name: 'Urgentieregeling' }).waitFor();
    await page.getByTestId('new-scheme-form').waitFor();
    await check('schemes');

    // --- a new version from the template, valid for four years from a year no adopted version covers ---
    const year = await freeStartYear(page, 2100 + (run % 500));
    adoptedName = `Urgentieregeling Haaglanden ${year} (e2e ${run})`;
    await createVersion(page, {
      name: adoptedName,
      from: `${year}-01-01`,
      to: `${year + 3}-12-31`,
      legalName: `Huisvestingsverordening Haaglanden ${year}`,
    });
    adoptedId = schemeIdOf(page);
    const editor = page.getByTestId('scheme-editor');
    const categories = editor.getByTestId('categories-editor').locator('li[data-category]');
    assert.equal(await categories.count(), 11, 'the template brings the eleven mandatory categories');

    // --- quotas: at most 30% for all urgent categories together, at least 45% for regular house seekers ---
    const quotas = editor.getByTestId('quota-card');
    await editor.getByRole('button', { name: 'Quotum toevoegen' }).click();
    const urgent = quotas.nth(0);
    await urgent.getByLabel('Omschrijving', { exact: true }).fill('Alle urgenten');
    await urgent.getByRole('button', { name: 'Alle categorieën' }).click();
    await urgent.getByLabel('Soort', { exact: true }).selectOption('MAX_SHARE');
    await urgent.getByLabel('Aandeel van de verhuringen (%)').fill('30');
    await urgent.getByTestId('quota-preview').filter({ hasText: 'hoogstens 30% van de verhuringen voor alle urgenten samen' }).waitFor();
    await editor.getByRole('button', { name: 'Quotum toevoegen' }).click();
    const regular = quotas.nth(1);
    await regular.getByLabel('Omschrijving', { exact: true }).fill('Regulier');
    await regular.getByLabel('reguliere woningzoekenden', { exact: true }).check();
    await regular.getByLabel('Soort', { exact: true }).selectOption('MIN_SHARE');
    await regular.getByLabel('Aandeel van de verhuringen (%)').fill('45');
    // the criteria and evidence of the first category
    const first = categories.nth(0);
    await first.getByRole('button', { name: /gegevens tonen$/ }).click();
    await first.getByLabel('Criteria').fill('Intensieve mantelzorg van minstens 8 uur per week, voor minstens 3 maanden.');
    await first.getByLabel('Bewijsstukken').fill('Verklaring van de mantelzorgontvanger en een Wmo-indicatie.');
    await first.getByLabel('Wachtnorm (dagen)').fill('120');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/v1/urgency/schemes/${adoptedId}`) && r.request().method() === 'PUT');
    await save(page);
    const body = (await saved).request().postDataJSON();
    assert.deepEqual(
      body.quotas.map((q) => [q.label, q.kind, q.share, q.appliesTo.regular, q.appliesTo.categories.length]),
      [
        ['Alle urgenten', 'MAX_SHARE', '0.3', false, 11],
        ['Regulier', 'MIN_SHARE', '0.45', true, 0],
      ],
    );
    await page.getByTestId('consistency').filter({ hasText: 'De quota kunnen allemaal tegelijk gelden.' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await check('editor');
    await shoot(editor.getByTestId('quotas-editor'), 'urgency-editor-quotas');
    await shoot(first, 'urgency-editor-category');
    assert.equal(body.categories[0].waitNormDays, 120);

    // --- the document and its PDF ---
    await tab(page, 'Regeling').click();
    const document = page.getByTestId('scheme-document');
    await document.waitFor();
    assert.match(await document.getByTestId('document-quotas').textContent(), /Alle urgenten: hoogstens 30% van de verhuringen voor alle urgenten samen\./);
    assert.match(await document.getByTestId('document-quotas').textContent(), /Regulier: minstens 45% van de verhuringen voor reguliere woningzoekenden\./);
    assert.equal(await document.getByTestId('document-categories').locator('li').count(), 11);
    assert.match(await document.getByTestId('document-categories').locator('li').first().textContent(), /minstens 8 uur per week.*120 dagen/);
    await check('document');
    const downloading = page.waitForEvent('download');
    await document.getByRole('button', { name: 'PDF', exact: true }).click();
    const pdf = await readFile(await (await downloading).path());
    assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF', 'the document is a PDF');

    // --- the capacity check: another share, tried without saving ---
    await tab(page, 'Urgentietoets').click();
    const capacity = page.getByTestId('capacity');
    await capacity.getByTestId('capacity-table').first().waitFor();
    const slider = capacity.getByRole('slider', { name: 'Aandeel voor ‘Alle urgenten’' });
    assert.equal(await slider.inputValue(), '30');
    const quotaId = body.quotas[0].id ?? (await capacity.locator('section[data-quota]').first().getAttribute('data-quota'));
    const tried = page.waitForResponse((r) => r.url().includes(`/api/v1/urgency/schemes/${adoptedId}/capacity?`) && r.url().includes('=0.4') && r.ok());
    await slider.fill('40');
    const answer = await (await tried).json();
    assert.equal(answer.rows[0].region.share, '0.4', `the region row uses the share tried (quota ${quotaId})`);
    await capacity.getByTestId('capacity-status').filter({ hasText: 'Berekend.' }).waitFor();
    const regionRow = capacity.getByTestId('capacity-table').first().locator('tfoot tr');
    assert.match(await regionRow.textContent(), /40%/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await check('capacity');
    await shoot(capacity.locator('.tp-capacity__quota').first().locator('figure'), 'urgency-capacity-chart', { canvas: true });
    await shoot(capacity.getByTestId('capacity-controls'), 'urgency-capacity-controls');
    // nothing was saved: the scheme still says 30%
    await tab(page, 'Regeling').click();
    assert.match(await page.getByTestId('document-quotas').textContent(), /hoogstens 30%/);

    // --- adopt ---
    await tab(page, 'Bewerken').click();
    await editor.getByRole('button', { name: 'Vaststellen…' }).click();
    const dialog = page.getByRole('dialog', { name: /vaststellen\?$/ });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /bevriest deze versie/);
    await check('adopt-dialog');
    await dialog.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    await page.getByTestId('scheme-status').locator('[data-status="ADOPTED"]').waitFor();
    assert.equal(await tab(page, 'Bewerken').count(), 0, 'an adopted version is not edited');
    await check('adopted');

    // --- a copy with another share, compared with the adopted version, then deleted again ---
    await page.locator('hgroup').getByRole('link').click();
    await page.getByTestId('schemes-table').locator(`tr[data-scheme="${adoptedId}"]`).waitFor();
    const adoptedNo = (await page.getByTestId('schemes-table').locator(`tr[data-scheme="${adoptedId}"] td`).first().textContent()).replace('versie ', '');
    await createVersion(page, {
      name: `${adoptedName} (kopie)`,
      from: `${year + 4}-01-01`,
      to: `${year + 7}-12-31`,
      legalName: `Huisvestingsverordening Haaglanden ${year + 4}`,
      copyOf: `versie ${adoptedNo}: ${adoptedName}`,
    });
    const copyId = schemeIdOf(page);
    const copied = page.getByTestId('quota-card').nth(0);
    await copied.getByLabel('Aandeel van de verhuringen (%)').fill('25');
    await save(page);
    await page.goto(`/urgentie/vergelijk?a=${adoptedId}&b=${copyId}`);
    const quotasCompared = page.getByTestId('compare-quotas');
    await quotasCompared.waitFor();
    const changed = quotasCompared.locator('[data-key="Alle urgenten"]');
    assert.equal(await changed.getAttribute('data-change'), 'CHANGED');
    assert.match(await changed.getByRole('row', { name: /Aandeel/ }).textContent(), /30%\s*25%/);
    assert.equal(await page.getByTestId('compare-categories').locator('li[data-change="SAME"]').count(), 11);
    await check('compare');
    await page.goto(`/urgentie/versies/${copyId}?tab=bewerken`);
    await page.getByRole('button', { name: 'Verwijderen…' }).click();
    await page.getByRole('dialog', { name: /verwijderen\?$/ }).getByRole('button', { name: 'Verwijderen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/regios/HGL/urgentie');
    await page.getByTestId('schemes-table').locator(`tr[data-scheme="${adoptedId}"]`).waitFor();
    assert.equal(await page.getByTestId('schemes-table').locator(`tr[data-scheme="${copyId}"]`).count(), 0, 'the copy is gone');
  });

  await withSession('urgency-denhaag', 'gemeente.denhaag', async (session) => {
    const { page, check } = session;
    await nav(page).getByRole('link', { name: 'Urgentie', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/regios/HGL/urgentie');
    const table = page.getByTestId('schemes-table');
    await table.waitFor();
    assert.equal(await page.getByTestId('new-scheme-form').count(), 0, 'a gemeente does not create versions');
    await table.getByRole('link', { name: adoptedName }).click();
    await page.waitForURL((url) => url.pathname === `/urgentie/versies/${adoptedId}`);
    await tab(page, 'Afwijkingen').click();
    const form = page.getByTestId('propose-deviation');
    await form.waitFor();
    await form.getByLabel('Quotum').selectOption({ label: 'Alle urgenten (30%)' });
    await form.getByLabel('Voorgesteld aandeel (%)').fill('35');
    await form.getByLabel('Reden').fill(`Den Haag vangt de meeste uitstroom uit de opvang op (e2e ${run})`);
    await form.getByRole('button', { name: 'Afwijking voorstellen' }).click();
    await page.getByTestId('deviation-notice').filter({ hasText: 'Uw afwijking voor ‘Alle urgenten’ is voorgesteld.' }).waitFor();
    const row = page.getByTestId('deviations-table').locator('tr[data-status="PROPOSED"]', { hasText: `e2e ${run}` });
    await row.waitFor();
    assert.match(await row.textContent(), /35%/);
    await check('deviation');
  });
});
