// End-to-end: a whole round of a demand analysis (vraaganalyse) for Diemen in the current year.
// gemeente.diemen enters figures with the keyboard and by importing the CSV template, and submits;
// regio.mra returns them with a reason; Diemen resubmits; regio.mra adopts and reopens (version N+1).
// Only gemeente.diemen's analysis is touched, so the other e2e tests never see it. The suite may run
// more than once against one database: the test continues from whatever state a previous run left.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { launchBrowser, inSession, mainNav, splitCsvLine } from './support.mjs';

const TIMEOUT = 420_000;
const YEAR = new Date().getFullYear();
const ENTRY = `/gemeenten/GM0384/vraaganalyse/${YEAR}`;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

const withSession = (name, username, body) => inSession(browser, name, username, body);

const cellInput = (page, row, col) => page.locator(`[data-testid="demand-grid"] input[data-row="${row}"][data-col="${col}"]`);
const nav = mainNav;

/** The status shown above the grid: CONCEPT, SUBMITTED, RETURNED or ADOPTED. */
const statusOf = (page) => page.getByTestId('analysis-status').locator('[data-status]').first().getAttribute('data-status');

async function waitForStatus(page, status) {
  await page.getByTestId('analysis-status').locator(`[data-status="${status}"]`).waitFor();
}

/** Opens Diemen's entry screen and waits until it shows either the grid or "not started". */
async function openEntry(page) {
  await page.goto(ENTRY);
  await page.locator('[data-testid="not-started"], [data-testid="demand-grid"]').first().waitFor();
}

let summaryChecked = false;

/**
 * Takes a workflow step. Indienen and Vaststellen ask for confirmation with a summary first (issue 15): the dialog is
 * confirmed, and the first submit's summary is read ("n van m cellen ingevuld").
 */
async function workflow(page, action) {
  await page.getByTestId('workflow').locator(`button[data-action="${action}"]`).click();
  if (action !== 'SUBMIT' && action !== 'ADOPT') return;
  const dialog = page.getByRole('dialog', { name: action === 'SUBMIT' ? 'Vraaganalyse indienen?' : 'Vraaganalyse vaststellen?' });
  await dialog.waitFor();
  const summary = dialog.getByTestId('step-summary');
  await summary.waitFor();
  if (action === 'SUBMIT' && !summaryChecked) {
    assert.match(await summary.textContent(), /\d+ van \d+ cellen ingevuld/);
    summaryChecked = true;
  }
  await dialog.getByRole('button', { name: action === 'SUBMIT' ? 'Indienen' : 'Vaststellen', exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

// --- CSV: enough to change one figure in the downloaded template and keep everything else as it was ---

const joinCsvLine = (fields, delimiter) =>
  fields.map((f) => (/["\r\n]/.test(f) || f.includes(delimiter) ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter);

/** Sets huidige_vraag of the third data row; the template's rows hold no line breaks inside fields. */
function changeTemplate(text, value) {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.slice(bom.length).split(/\r?\n/);
  const delimiter = (lines[0].match(/;/g)?.length ?? 0) >= (lines[0].match(/,/g)?.length ?? 0) ? ';' : ',';
  const header = splitCsvLine(lines[0], delimiter).map((h) => h.trim().toLowerCase());
  const column = header.indexOf('huidige vraag');
  assert.ok(column >= 0, `template has a Huidige vraag column: ${lines[0]}`);
  assert.equal(delimiter, ';', 'the template is a CSV for Dutch Excel');
  assert.ok(lines.length > 3, 'template has at least three data rows');
  const fields = splitCsvLine(lines[3], delimiter);
  fields[column] = String(value);
  lines[3] = joinCsvLine(fields, delimiter);
  return bom + lines.join(newline);
}

// --- the flow ------------------------------------------------------------------------------

test('a demand analysis goes from entry through return, resubmission and adoption to a reopened version', { timeout: TIMEOUT }, async () => {
  const run = Date.now();
  const base = 10 + (run % 500);
  const typed = [base, base + 1, base + 2];
  const imported = base + 1000;
  const reason = `Graag de instroom toelichten (${run})`;

  // A previous run against the same database may have left the analysis submitted or adopted.
  await withSession('demand-regio-prepare', 'regio.mra', async ({ page }) => {
    await openEntry(page);
    if ((await page.getByTestId('demand-grid').count()) === 0) return;
    const status = await statusOf(page);
    if (status === 'SUBMITTED') {
      await workflow(page, 'RETURN');
      await page.getByRole('dialog').getByLabel('Reden').fill('Vorige testronde afronden');
      await page.getByRole('dialog').getByRole('button', { name: 'Terugsturen' }).click();
      await waitForStatus(page, 'RETURNED');
    } else if (status === 'ADOPTED') {
      await workflow(page, 'REOPEN');
      await waitForStatus(page, 'CONCEPT');
    }
  });

  await withSession('demand-diemen', 'gemeente.diemen', async (session) => {
    const { page, check } = session;
    await nav(page).getByRole('link', { name: 'Vraaganalyse', exact: true }).click();
    await page.waitForURL((url) => url.pathname === ENTRY);
    await page.locator('[data-testid="not-started"], [data-testid="demand-grid"]').first().waitFor();
    if ((await page.getByTestId('not-started').count()) > 0) {
      await check('entry-not-started');
      await page.getByRole('button', { name: 'Vraaganalyse starten' }).click();
    }
    await page.getByTestId('demand-grid').waitFor();
    assert.match(await statusOf(page), /^(CONCEPT|RETURNED)$/);

    // Keyboard only: type, Enter moves down, type, Right moves right, type, Tab leaves the cell.
    await cellInput(page, 0, 0).click();
    await page.keyboard.type(String(typed[0]));
    await page.keyboard.press('Enter');
    assert.equal(await cellInput(page, 1, 0).evaluate((el) => el === document.activeElement), true, 'Enter moved down');
    await page.keyboard.type(String(typed[1]));
    await page.keyboard.press('ArrowRight');
    assert.equal(await cellInput(page, 1, 1).evaluate((el) => el === document.activeElement), true, 'Right moved right');
    await page.keyboard.type(String(typed[2]));
    await page.keyboard.press('Tab');
    for (const [row, col] of [[0, 0], [1, 0], [1, 1]]) {
      await page.locator(`td:has(input[data-row="${row}"][data-col="${col}"])[data-status="saved"]`).waitFor();
    }
    await check('entry-typed');

    await page.reload();
    await page.getByTestId('demand-grid').waitFor();
    assert.equal(await cellInput(page, 0, 0).inputValue(), String(typed[0]));
    assert.equal(await cellInput(page, 1, 0).inputValue(), String(typed[1]));
    assert.equal(await cellInput(page, 1, 1).inputValue(), String(typed[2]));

    // Import: the template as downloaded, with one figure changed; a dry run first, then apply.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Sjabloon (CSV)' }).click();
    const template = await readFile(await (await downloading).path(), 'utf8');
    const file = { name: 'vraaganalyse-diemen.csv', mimeType: 'text/csv', buffer: Buffer.from(changeTemplate(template, imported), 'utf8') };

    await page.getByRole('button', { name: 'Importeren…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cijfers importeren' });
    await dialog.getByLabel('Bestand').setInputFiles(file);
    await dialog.getByRole('button', { name: 'Controleren' }).click();
    const changes = dialog.getByTestId('import-changes');
    await changes.waitFor();
    assert.match(await changes.textContent(), new RegExp(new Intl.NumberFormat('nl-NL').format(imported).replace('.', '\\.')));
    await check('import-dry-run');
    await dialog.getByRole('button', { name: 'Toepassen' }).click();
    await dialog.waitFor({ state: 'detached' });
    assert.match(await page.getByTestId('entry-notice').textContent(), /geïmporteerd/);
    // a cell not being edited shows its figure with thousands separators
    await page.waitForFunction(
      (value) => [...document.querySelectorAll('[data-testid="demand-grid"] input')].some((input) => input.value === value),
      new Intl.NumberFormat('nl-NL').format(imported),
    );

    await workflow(page, 'SUBMIT');
    await waitForStatus(page, 'SUBMITTED');
    assert.ok(await cellInput(page, 0, 0).getAttribute('readonly') !== null, 'read-only once submitted');
    await check('entry-submitted');
  });

  await withSession('demand-regio-return', 'regio.mra', async (session) => {
    const { page, check } = session;
    await nav(page).getByRole('link', { name: 'Vraaganalyses', exact: true }).click();
    const overview = page.getByTestId('overview-table');
    await overview.waitFor();
    const diemen = overview.locator('tr[data-municipality="GM0384"]');
    assert.match(await diemen.textContent(), /Ingediend/);
    await check('region-overview');

    await nav(page).getByRole('link', { name: 'Aandachtsgroepen', exact: true }).click();
    await page.getByTestId('target-groups-table').waitFor();
    await check('target-groups');

    await page.goBack();
    await overview.waitFor();
    await diemen.getByRole('link', { name: 'Diemen' }).click();
    await page.waitForURL((url) => url.pathname === ENTRY);
    await waitForStatus(page, 'SUBMITTED');
    await check('entry-review');

    await workflow(page, 'RETURN');
    const dialog = page.getByRole('dialog', { name: 'Vraaganalyse terugsturen' });
    await dialog.waitFor();
    await check('return-dialog');
    await dialog.getByLabel('Reden').fill(reason);
    await dialog.getByRole('button', { name: 'Terugsturen' }).click();
    await waitForStatus(page, 'RETURNED');
  });

  await withSession('demand-diemen-resubmit', 'gemeente.diemen', async (session) => {
    const { page, check } = session;
    await openEntry(page);
    await waitForStatus(page, 'RETURNED');
    assert.match(await page.getByTestId('returned-reason').textContent(), new RegExp(reason.replace(/[()]/g, '\\$&')));
    await check('entry-returned');
    await workflow(page, 'SUBMIT');
    await waitForStatus(page, 'SUBMITTED');
  });

  await withSession('demand-regio-adopt', 'regio.mra', async (session) => {
    const { page, check } = session;
    await openEntry(page);
    await waitForStatus(page, 'SUBMITTED');
    await workflow(page, 'ADOPT');
    await waitForStatus(page, 'ADOPTED');
    assert.ok(await cellInput(page, 0, 0).getAttribute('readonly') !== null, 'read-only once adopted');
    assert.equal(await page.getByTestId('read-only-banner').getAttribute('data-reason'), 'ADOPTED');
    const adoptedVersion = Number(await page.getByTestId('analysis-version').textContent());
    await check('entry-adopted');

    await workflow(page, 'REOPEN');
    await page.waitForFunction(
      (no) => document.querySelector('[data-testid="analysis-version"]')?.textContent === String(no),
      adoptedVersion + 1,
    );
    await waitForStatus(page, 'CONCEPT');
    await check('entry-reopened');

    // The adopted version stays readable and unchanged.
    await page.getByRole('navigation', { name: 'Versies' }).getByRole('link', { name: new RegExp(`^Versie ${adoptedVersion} \\(Vastgesteld\\)`) }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/vraaganalyses/'));
    await waitForStatus(page, 'ADOPTED');
    await page.getByTestId('demand-grid').waitFor();
    assert.equal(await page.getByTestId('analysis-version').textContent(), String(adoptedVersion));
    assert.equal(await page.getByTestId('read-only-banner').getAttribute('data-reason'), 'oldVersion');
    assert.equal(await cellInput(page, 0, 0).inputValue(), String(typed[0]));
    assert.ok(await cellInput(page, 0, 0).getAttribute('readonly') !== null, 'an old version is read-only');
    await check('old-version');
  });
});
