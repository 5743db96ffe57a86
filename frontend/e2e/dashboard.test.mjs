// End-to-end: the cross-region dashboard as a province analyst who opens it for the first time.
// provincie.overijssel opens the dashboard from the navigation, changes the year and the target group
// (both kept in the address), compares the regions in the table and the charts, reads the map, drills
// down into Regio Enschede (ENS) and back with the same filters, and downloads a table as CSV and the
// report as PDF. Screenshots of the regions view, the charts, the map and the drill-down go to SCREENSHOT_DIR.
//
// Runs against the mock backend, or the real one with BASE_URL: the demo data may hold few or no
// figures, so the test checks structure and labels, not numbers.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { inSession, launchBrowser, mainNav, startTarget } from './support.mjs';

const TIMEOUT = 180_000;
const screenshotDir = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
let target;
let browser;

before(async () => {
  target = await startTarget();
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await browser?.close();
  await target?.stop();
});

const regionsResponse = (page, predicate) =>
  page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/dashboard/regions' && r.status() === 200 && predicate(url.searchParams);
  });

/** Picks another option than the current one of a select; returns its value (null when there is none). */
async function chooseOther(select, preferred) {
  const options = await select.locator('option').evaluateAll((list) => list.map((o) => ({ value: o.value, label: o.textContent })));
  const current = await select.inputValue();
  const choice = options.find((o) => preferred?.test(o.label) && o.value !== current) ?? options.find((o) => o.value !== current);
  if (!choice) return null;
  await select.selectOption(choice.value);
  return choice.value;
}

/** A picture of one element with a chart or the map, after its canvas has been drawn. */
async function shoot(locator, name) {
  await locator.scrollIntoViewIfNeeded();
  await locator.locator('canvas').first().waitFor();
  await locator.page().waitForTimeout(700); // the charts animate for 300 ms
  await locator.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

async function downloaded(page, click) {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

test('a province analyst compares the regions, reads the map, drills down and exports', { timeout: TIMEOUT }, () =>
  inSession(browser, target.baseUrl, 'dashboard-provincie', 'provincie.overijssel', async (session) => {
    const { page, check } = session;

    // --- open the dashboard from the navigation ---
    await mainNav(page).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const table = page.getByTestId('regions-table');
    await table.waitFor();
    await page.getByTestId('key-figures').waitFor();

    // --- another year and another target group: asked of the API and kept in the address ---
    const filters = page.getByTestId('dashboard-filters');
    const yearSelect = filters.getByLabel('Jaar', { exact: true });
    const groupSelect = filters.getByLabel('Aandachtsgroep', { exact: true });
    assert.equal(await groupSelect.locator('option:checked').textContent(), 'Alle aandachtsgroepen');
    assert.equal(await filters.getByLabel('Provincie', { exact: true }).locator('option:checked').textContent(), 'Alle provincies');

    let year = await yearSelect.inputValue();
    const yearAnswer = regionsResponse(page, (q) => q.get('year') !== year);
    const otherYear = await chooseOther(yearSelect);
    if (otherYear) {
      await yearAnswer;
      year = otherYear;
      await page.waitForURL((url) => url.searchParams.get('jaar') === year);
    } else {
      yearAnswer.catch(() => {}); // one year only (a fresh database): no request to wait for
    }
    const groupAnswer = regionsResponse(page, (q) => q.get('targetGroup') !== 'alle');
    const group = await chooseOther(groupSelect, /beschermd wonen/i);
    assert.ok(group, 'target groups are offered');
    await groupAnswer;
    await page.waitForURL((url) => url.searchParams.get('aandachtsgroep') === group && url.searchParams.get('jaar') === year);
    await page.getByTestId('selection-status').filter({ hasText: /^Weergave: / }).waitFor();

    // --- compare: the table's columns, a row per region, a total ---
    for (const column of ['Regio', 'Inwoners', 'Huidige vraag', 'Nieuwe vraag per jaar', 'Benodigde woningen per jaar', 'Per 1.000 inwoners', 'Taakstelling', 'Gerealiseerd', 'Urgentie', 'Volledigheid vraaganalyses', 'Woonzorgvisies']) {
      assert.equal(await table.getByRole('columnheader', { name: column, exact: true }).count(), 1, `column ${column}`);
    }
    assert.ok((await table.locator('tbody tr').count()) >= 1, 'a row per region');
    assert.equal(await table.getByTestId('total-row').count(), 1, 'a total row');
    const ens = table.locator('tbody tr[data-area="ENS"]');
    assert.equal(await ens.count(), 1, 'Regio Enschede is in the table');
    assert.equal(await ens.getByRole('link').count(), 1, 'and can be opened (Overijssel)');
    // a hidden count, where there is one, says why
    const hiddenCell = table.locator('[data-suppressed="true"]').first();
    if ((await hiddenCell.count()) > 0) {
      assert.match(await hiddenCell.getAttribute('title'), /worden niet getoond \(privacy\)/);
      assert.match(await page.getByTestId('suppression-note').first().textContent(), /worden niet getoond \(privacy\)/);
    }

    // the charts, each with its table behind "Tabel bij deze grafiek"
    const perThousand = page.getByTestId('per-thousand');
    await perThousand.locator('canvas').first().waitFor();
    await perThousand.getByText('Tabel bij deze grafiek').click();
    const chartTable = perThousand.getByRole('table');
    await chartTable.waitFor();
    assert.equal(await chartTable.locator('tbody tr').count(), await table.locator('tbody tr').count(), 'the chart table has a row per region');
    await page.getByTestId('target-realised').locator('canvas').first().waitFor();
    await page.getByTestId('trend').locator('canvas').first().waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await check('regions');
    await page.locator('main').screenshot({ path: join(screenshotDir, 'dashboard-regions.png') });
    await shoot(page.locator('section:has(#charts-title)'), 'dashboard-charts');

    // --- the map: drawn on a canvas, with its table behind "Tabel bij deze kaart" ---
    const map = page.getByTestId('dashboard-map');
    await map.getByTestId('dashboard-map-chart').waitFor();
    await shoot(map.getByTestId('dashboard-map-box'), 'dashboard-map-only');
    await map.getByText('Tabel bij deze kaart').click();
    const mapTable = map.getByTestId('map-table');
    await mapTable.waitFor();
    assert.ok((await mapTable.locator('tbody tr').count()) >= 8, 'every municipality of the regions is in the map table');
    assert.ok((await mapTable.locator('tbody tr[data-municipality="GM0153"]').count()) === 1, 'Enschede is on the map');
    await map.getByText('Tabel bij deze kaart').click();
    await shoot(map, 'dashboard-map');

    // --- exports of the regions table and the report, with the filters chosen ---
    const exports = page.getByRole('group', { name: "Tabel van de regio's downloaden" });
    const csv = await downloaded(page, () => exports.getByRole('button', { name: 'CSV', exact: true }).click());
    const header = csv.body.toString('utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0];
    assert.match(header, /[;,]/, `the CSV starts with a header row: ${header}`);
    assert.match(header, /[A-Za-z]/, 'the header row has column names');
    const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Rapport (PDF)' }).click());
    assert.equal(pdf.body.subarray(0, 4).toString('latin1'), '%PDF', 'the report is a PDF');

    // --- drill down into Regio Enschede, with the same filters ---
    await ens.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/dashboard/regios/ENS' && url.searchParams.get('jaar') === year && url.searchParams.get('aandachtsgroep') === group);
    const municipalities = page.getByTestId('municipalities-table');
    await municipalities.waitFor();
    assert.match(await page.locator('main h1').textContent(), /^Gemeenten van /);
    assert.ok((await municipalities.locator('tbody tr').count()) >= 1, 'a row per municipality');
    assert.equal(await municipalities.getByTestId('total-row').count(), 1, 'a total row');
    assert.equal(await municipalities.getByRole('rowheader', { name: /^Enschede/ }).count(), 1, 'Enschede is listed');
    const breadcrumb = page.getByRole('navigation', { name: 'Kruimelpad' });
    const back = breadcrumb.getByRole('link', { name: 'Dashboard' });
    const backUrl = new URL(await back.getAttribute('href'), target.baseUrl);
    assert.equal(backUrl.searchParams.get('jaar'), year);
    assert.equal(backUrl.searchParams.get('aandachtsgroep'), group);
    await page.getByTestId('detail-per-thousand').locator('canvas').first().waitFor();
    await check('drilldown');
    await page.locator('main').screenshot({ path: join(screenshotDir, 'dashboard-drilldown.png') });

    const detailCsv = await downloaded(page, () =>
      page.getByRole('group', { name: 'Tabel van de gemeenten downloaden' }).getByRole('button', { name: 'CSV', exact: true }).click(),
    );
    assert.match(detailCsv.body.toString('utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0], /[;,]/, 'the municipalities CSV has a header row');

    // --- and back to the regions, the filters unchanged ---
    await back.click();
    await page.waitForURL((url) => url.pathname === '/dashboard' && url.searchParams.get('jaar') === year && url.searchParams.get('aandachtsgroep') === group);
    await table.waitFor();
    assert.equal(await groupSelect.inputValue(), group);
  }));

test('a municipality officer has no dashboard', { timeout: TIMEOUT }, () =>
  inSession(browser, target.baseUrl, 'dashboard-gemeente', 'gemeente.enschede', async (session) => {
    const { page, check } = session;
    assert.equal(await mainNav(page).getByRole('link', { name: 'Dashboard', exact: true }).count(), 0, 'no Dashboard in the navigation');
    await page.goto('/dashboard');
    await page.locator('[data-error-kind]').waitFor();
    assert.equal(await page.getByTestId('regions-table').count(), 0, 'no figures shown');
    await check('refused');
  }));
