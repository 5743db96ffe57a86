// End-to-end: the cross-region dashboard as a province analyst who opens it for the first time.
// provincie.overijssel opens the dashboard from the navigation, chooses a past year of the demo data and the
// target group "Uitstroom beschermd wonen" (both kept in the address), compares the regions in the table, the
// key figures and the charts, reads the map, drills down into Regio Enschede (ENS) and back with the same
// filters, and downloads a table as CSV and the report as PDF. Every figure shown in the tables, the key
// figures and the map table is the one the API computes for the seeded data, formatted in Dutch.
// Screenshots of the regions view, the charts, the map and the drill-down go to SCREENSHOT_DIR.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { apiAs, baseUrl, inSession, launchBrowser, mainNav, splitCsvLine } from './support.mjs';

const TIMEOUT = 240_000;
// A past year of the demo data (five adopted analyses per municipality, up to last year): no other test
// writes figures, allocations, urgency schemes or woonzorgvisies for it, so its numbers are the seeded ones.
const YEAR = String(new Date().getFullYear() - 3);
const GROUP = 'uitstroom_bw';
const screenshotDir = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
let browser;

before(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await browser?.close();
});

const dutch = new Intl.NumberFormat('nl-NL');

/** A count as the page must show it: Dutch digits, "<5" when hidden, a dash when there is none. */
function countText(cell) {
  if (!cell) return '–';
  if (cell.suppressed) return '<5';
  return cell.value === null ? '–' : dutch.format(cell.value);
}

/** A ratio as the page must show it: the API's Dutch text with a true minus sign, a dash when there is none. */
const ratioText = (text) => (text === null || text === undefined || text.trim() === '' ? '–' : text.trim().replace(/^-/, '−'));

/** The visible text of an element without the footnote mark and the words for screen readers. */
const shownText = (locator) =>
  locator.evaluate((element) => {
    const copy = element.cloneNode(true);
    for (const node of copy.querySelectorAll('sup, .tp-visually-hidden, svg')) node.remove();
    return copy.textContent.replace(/\s+/g, ' ').trim();
  });

/** Asserts that a row of an area table shows the figures of the API's row. */
async function assertRow(tr, row, what) {
  const cell = (column) => tr.locator(`td[data-column="${column}"]`);
  assert.equal(await shownText(tr.locator('td').first()), row.inhabitants === null ? '–' : dutch.format(row.inhabitants), `${what}: inhabitants`);
  assert.equal(await shownText(cell('stock')), countText(row.stock), `${what}: current demand`);
  assert.equal(await shownText(cell('inflow')), countText(row.inflow), `${what}: new demand per year`);
  assert.equal(await shownText(cell('moves').locator('strong')), countText(row.moves), `${what}: homes needed per year`);
  assert.equal(await shownText(cell('perThousand')), ratioText(row.movesPerThousand), `${what}: per 1,000 inhabitants`);
  assert.equal(await shownText(cell('target')), countText(row.target), `${what}: target`);
  assert.equal(await shownText(cell('realised')), countText(row.realised), `${what}: realised`);
  assert.equal(await shownText(cell('realisedShare')), row.realisedShare === null ? '–' : `${ratioText(row.realisedShare)}%`, `${what}: share realised`);
  if (row.completeness && !(row.area.kind === 'MUNICIPALITY' && row.completeness.expected === 1)) {
    assert.equal(await shownText(cell('completeness')), `${row.completeness.known} van ${row.completeness.expected}`, `${what}: completeness`);
  }
  assert.equal(await tr.getAttribute('data-completeness'), row.completeness.level, `${what}: marked by its completeness`);
}

/** Text that starts with `text` as a whole figure (not "128" for "12"). */
const startsWith = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![0-9.,])`);

/**
 * Asserts that a table shows the API's rows in the API's order, then its total row; first waits until
 * its total shows the API's figures, since the page may still show those of the previous filter choice.
 */
async function assertTable(table, answer, what) {
  const total = table.getByTestId('total-row');
  // when they never come, the assertions below say which figure differs
  await total.locator('td[data-column="moves"] strong').filter({ hasText: startsWith(countText(answer.total.moves)) }).waitFor({ timeout: 20_000 }).catch(() => {});
  await total.locator('td[data-column="stock"]').filter({ hasText: startsWith(countText(answer.total.stock)) }).waitFor({ timeout: 5_000 }).catch(() => {});
  const rows = table.locator('tbody tr');
  assert.equal(await rows.count(), answer.rows.length, `${what}: a row per area`);
  for (const [index, row] of answer.rows.entries()) {
    const tr = rows.nth(index);
    assert.equal(await tr.getAttribute('data-area'), row.area.code ?? '', `${what}: row ${index + 1} is ${row.area.name}`);
    assert.ok((await shownText(tr.locator('th'))).startsWith(row.area.name), `${what}: row ${index + 1} is named ${row.area.name}`);
    await assertRow(tr, row, `${what} ${row.area.name}`);
  }
  await assertRow(table.getByTestId('total-row'), answer.total, `${what} total`);
}

/** The figures are worth comparing: the seeded year has demand in every region, and the total adds up. */
function assertSeeded(answer, what) {
  const moves = answer.rows.map((row) => row.moves);
  assert.ok(answer.total.moves.value > 0, `${what}: the demo data gives homes needed (${JSON.stringify(answer.total.moves)})`);
  if (moves.every((cell) => !cell.suppressed && cell.value !== null)) {
    assert.equal(answer.total.moves.value, moves.reduce((sum, cell) => sum + cell.value, 0), `${what}: the total is the sum of the rows`);
  }
}

const regionsResponse = (page, predicate) =>
  page.waitForResponse((r) => {
    const url = new URL(r.url());
    return url.pathname === '/api/v1/dashboard/regions' && r.status() === 200 && predicate(url.searchParams);
  });

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
  inSession(browser, 'dashboard-provincie', 'provincie.overijssel', async (session) => {
    const { page, check } = session;

    // --- open the dashboard from the navigation ---
    await mainNav(page).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    const table = page.getByTestId('regions-table');
    await table.waitFor();
    await page.getByTestId('key-figures').waitFor();

    // --- a past year and one target group: asked of the API and kept in the address ---
    const filters = page.getByTestId('dashboard-filters');
    const yearSelect = filters.getByLabel('Jaar', { exact: true });
    const groupSelect = filters.getByLabel('Aandachtsgroep', { exact: true });
    assert.equal(await groupSelect.locator('option:checked').textContent(), 'Alle aandachtsgroepen');
    assert.equal(await filters.getByLabel('Provincie', { exact: true }).locator('option:checked').textContent(), 'Alle provincies');
    const years = await yearSelect.locator('option').evaluateAll((list) => list.map((o) => o.value));
    assert.ok(years.includes(YEAR), `the demo year ${YEAR} is offered (got ${years.join(', ')})`);
    // it opens on the newest complete year (or the most complete), which the API names, not simply the newest
    const filtersAnswer = await (await apiAs('provincie.overijssel'))('GET', '/api/v1/dashboard/filters');
    assert.equal(await yearSelect.inputValue(), String(filtersAnswer.body.defaultYear), 'the dashboard opens on the most complete year');
    assert.notEqual(await yearSelect.inputValue(), YEAR, 'the dashboard opens on the newest complete year, not the demo year chosen below');
    const yearAnswer = regionsResponse(page, (q) => q.get('year') === YEAR);
    await yearSelect.selectOption(YEAR);
    await yearAnswer;
    await page.waitForURL((url) => url.searchParams.get('jaar') === YEAR);
    const groupAnswer = regionsResponse(page, (q) => q.get('year') === YEAR && q.get('targetGroup') === GROUP);
    await groupSelect.selectOption(GROUP);
    await groupAnswer;
    await page.waitForURL((url) => url.searchParams.get('aandachtsgroep') === GROUP && url.searchParams.get('jaar') === YEAR);
    assert.equal(await groupSelect.locator('option:checked').textContent(), 'Uitstroom beschermd wonen');
    await page.getByTestId('selection-status').filter({ hasText: /^Weergave: / }).waitFor();

    // --- compare: the table's columns, a row per region, a total, each with the API's figures ---
    for (const column of ['Regio', 'Inwoners', 'Huidige vraag', 'Nieuwe vraag per jaar', 'Benodigde woningen per jaar', 'Per 1.000 inwoners', 'Taakstelling', 'Gerealiseerd', 'Urgentie', 'Volledigheid vraaganalyses', 'Woonzorgvisies']) {
      assert.equal(await table.getByRole('columnheader', { name: column, exact: true }).count(), 1, `column ${column}`);
    }
    const api = await apiAs('provincie.overijssel');
    const query = `year=${YEAR}&targetGroup=${GROUP}`;
    const regions = await api('GET', `/api/v1/dashboard/regions?${query}`);
    assert.equal(regions.status, 200);
    assert.deepEqual(regions.body.rows.map((row) => row.area.code).sort(), ['ENS', 'GMR', 'GRO', 'HGL', 'MRA', 'PSL'], 'a province analyst compares all six regions');
    assertSeeded(regions.body, 'regions');
    await assertTable(table, regions.body, 'regions table');
    const ens = table.locator('tbody tr[data-area="ENS"]');
    assert.equal(await ens.getByRole('link').count(), 1, 'Regio Enschede can be opened (Overijssel)');
    // a hidden count says why, under the table and in its tooltip
    const hidden = [...regions.body.rows, regions.body.total].some((row) => [row.stock, row.inflow, row.moves, row.target, row.realised].some((c) => c?.suppressed));
    assert.equal((await page.getByTestId('suppression-note').count()) > 0, hidden, 'the note on hidden counts is shown exactly when a count is hidden');
    const hiddenCell = table.locator('[data-suppressed="true"]').first();
    if (hidden) {
      assert.match(await hiddenCell.getAttribute('title'), /worden niet getoond \(privacy\)/);
      assert.match(await page.getByTestId('suppression-note').first().textContent(), /worden niet getoond \(privacy\)/);
    }

    // the key figures are the total row's
    const tiles = page.getByTestId('key-figures');
    const tile = (title) => tiles.locator('.tp-tile').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${title}$`) }) });
    const figure = (title) => shownText(tile(title).locator('dd.tp-tile__value'));
    const total = regions.body.total;
    assert.equal(await figure('Inwoners'), dutch.format(total.inhabitants), 'key figure: inhabitants');
    assert.equal(await shownText(tile('Inwoners').locator('dd.tp-tile__sub')), `in ${total.municipalities} gemeenten`);
    assert.equal(await figure('Huidige vraag'), countText(total.stock), 'key figure: current demand');
    assert.equal(await figure('Nieuwe vraag per jaar'), countText(total.inflow), 'key figure: new demand per year');
    assert.equal(await figure('Benodigde woningen per jaar'), countText(total.moves), 'key figure: homes needed per year');
    assert.equal(await shownText(tile('Benodigde woningen per jaar').locator('dd.tp-tile__sub')), `${ratioText(total.movesPerThousand)} per 1.000 inwoners`);
    assert.equal(await figure('Gerealiseerd'), countText(total.realised), 'key figure: realised');
    assert.equal(await figure('Vraaganalyses'), `${total.completeness.known} van ${total.completeness.expected}`, 'key figure: completeness');
    // every demand key figure says on how many municipalities it rests
    for (const line of await tiles.getByTestId('completeness-line').all()) {
      assert.equal(await shownText(line), `op basis van alle ${total.completeness.expected} gemeenten`, 'a complete demo year rests on every municipality');
    }
    assert.equal(await tiles.getByTestId('completeness-line').count(), 3, 'a completeness line under each demand key figure');

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
    const mapAnswer = await api('GET', `/api/v1/dashboard/map?${query}`);
    assert.equal(mapAnswer.status, 200);
    assert.ok(mapAnswer.body.values.some((v) => v.municipality === 'GM0153'), 'Enschede is on the map');
    assert.equal(await mapTable.locator('tbody tr').count(), mapAnswer.body.values.length, 'every municipality of the regions is in the map table');
    const enschede = mapAnswer.body.values.find((v) => v.municipality === 'GM0153');
    await mapTable.locator('tbody tr[data-municipality="GM0153"] td').nth(1).filter({ hasText: startsWith(ratioText(enschede.movesPerThousand)) }).waitFor({ timeout: 20_000 }).catch(() => {});
    for (const value of mapAnswer.body.values) {
      const tr = mapTable.locator(`tbody tr[data-municipality="${value.municipality}"]`);
      assert.equal(await tr.getAttribute('data-level'), value.level, `map ${value.municipality}: own figure or the region's`);
      const unknown = value.completeness.level === 'NONE' || (value.completeness.level === 'LOW' && value.movesPerThousand === null);
      assert.equal(await shownText(tr.locator('td').nth(1)), unknown ? 'onbekend' : ratioText(value.movesPerThousand), `map ${value.municipality}: per 1,000 inhabitants`);
      assert.equal(await shownText(tr.locator('td').nth(0)), value.regionName, `map ${value.municipality}: its region`);
    }
    // the legend stands beside the map (not under it), and a municipality can be pointed out by keyboard
    const legend = map.getByTestId('map-legend');
    const mapBox = await map.getByTestId('dashboard-map-box').boundingBox();
    const legendBox = await legend.boundingBox();
    assert.ok(legendBox.x >= mapBox.x + mapBox.width - 1 && legendBox.y < mapBox.y + mapBox.height, 'the legend is beside the map');
    await legend.getByLabel('Gemeente aanwijzen op de kaart').focus();
    await legend.getByLabel('Gemeente aanwijzen op de kaart').selectOption({ label: 'Enschede' });
    await legend.getByTestId('map-pointed').filter({ hasText: /^Enschede \(Regio Enschede\): / }).waitFor();
    await map.getByText('Tabel bij deze kaart').click();
    await shoot(map, 'dashboard-map');

    // --- the map follows the province filter: only the regions the table lists ---
    const provinceAnswer = regionsResponse(page, (q) => q.get('province') === 'PV23');
    await filters.getByLabel('Provincie', { exact: true }).selectOption({ label: 'Overijssel' });
    await provinceAnswer;
    const listed = (await api('GET', `/api/v1/dashboard/regions?${query}&province=PV23`)).body.rows.map((row) => row.area.code);
    const shownMunicipalities = mapAnswer.body.values.filter((v) => listed.includes(v.region)).length;
    await map.getByText('Tabel bij deze kaart').click();
    await mapTable.locator('tbody tr').nth(shownMunicipalities - 1).waitFor();
    assert.equal(await mapTable.locator('tbody tr').count(), shownMunicipalities, 'the map shows only the regions listed for Overijssel');
    await map.getByText('Tabel bij deze kaart').click();
    const allAnswer = regionsResponse(page, (q) => !q.has('province'));
    await filters.getByLabel('Provincie', { exact: true }).selectOption({ label: 'Alle provincies' });
    await allAnswer;

    // --- exports of the regions table and the report, with the filters chosen ---
    const exports = page.getByRole('group', { name: "Tabel van de regio's downloaden" });
    const csv = await downloaded(page, () => exports.getByRole('button', { name: 'CSV', exact: true }).click());
    const csvText = csv.body.toString('utf8');
    assert.ok(csvText.startsWith('\ufeff'), 'the CSV starts with a byte order mark, so Excel reads it as UTF-8');
    // semicolons: Dutch Excel's list separator, so each field opens in its own column
    const [header, ...lines] = csvText.replace(/^\ufeff/, '').split(/\r?\n/).filter((line) => line !== '').map((line) => splitCsvLine(line, ';'));
    const movesColumn = header.indexOf('Benodigde woningen per jaar');
    assert.ok(movesColumn > 0, `the CSV starts with a header row: ${header}`);
    for (const row of regions.body.rows) {
      const line = lines.find((fields) => fields[0] === row.area.name);
      assert.ok(line, `the CSV has a line for ${row.area.name}`);
      assert.equal(line[movesColumn], row.moves.suppressed ? row.moves.text : String(row.moves.value), `the CSV's homes needed for ${row.area.name}`);
    }
    const pdf = await downloaded(page, () => page.getByRole('button', { name: 'Rapport (PDF)' }).click());
    assert.equal(pdf.body.subarray(0, 4).toString('latin1'), '%PDF', 'the report is a PDF');

    // --- drill down into Regio Enschede, with the same filters ---
    await ens.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === '/dashboard/regios/ENS' && url.searchParams.get('jaar') === YEAR && url.searchParams.get('aandachtsgroep') === GROUP);
    const municipalities = page.getByTestId('municipalities-table');
    await municipalities.waitFor();
    assert.match(await page.locator('main h1').textContent(), /^Gemeenten van /);
    const detail = await api('GET', `/api/v1/dashboard/regions/ENS/municipalities?${query}`);
    assert.equal(detail.status, 200);
    assert.ok(detail.body.rows.some((row) => row.area.code === 'GM0153'), 'Enschede is listed');
    assertSeeded(detail.body, 'municipalities of ENS');
    await assertTable(municipalities, detail.body, 'municipalities table');
    assert.equal(await municipalities.getByRole('rowheader', { name: /^Enschede/ }).count(), 1, 'Enschede is listed');
    const breadcrumb = page.getByRole('navigation', { name: 'Kruimelpad' });
    const back = breadcrumb.getByRole('link', { name: 'Dashboard' });
    const backUrl = new URL(await back.getAttribute('href'), baseUrl());
    assert.equal(backUrl.searchParams.get('jaar'), YEAR);
    assert.equal(backUrl.searchParams.get('aandachtsgroep'), GROUP);
    await page.getByTestId('detail-per-thousand').locator('canvas').first().waitFor();
    await check('drilldown');
    await page.locator('main').screenshot({ path: join(screenshotDir, 'dashboard-drilldown.png') });

    const detailCsv = await downloaded(page, () =>
      page.getByRole('group', { name: 'Tabel van de gemeenten downloaden' }).getByRole('button', { name: 'CSV', exact: true }).click(),
    );
    assert.match(detailCsv.body.toString('utf8').replace(/^\ufeff/, '').split(/\r?\n/)[0], /[;,]/, 'the municipalities CSV has a header row');

    // --- and back to the regions, the filters unchanged ---
    await back.click();
    await page.waitForURL((url) => url.pathname === '/dashboard' && url.searchParams.get('jaar') === YEAR && url.searchParams.get('aandachtsgroep') === GROUP);
    await table.waitFor();
    assert.equal(await groupSelect.inputValue(), GROUP);
    assert.equal(await yearSelect.inputValue(), YEAR);
  }));

// A year that no other test touches, with one adopted analysis (Enschede's), set up through the API as the UI would
// take minutes for it: the dashboard must say that its figures rest on 1 municipality, not show them as the whole.
const PARTIAL_YEAR = new Date().getFullYear() + 3;

async function adoptOne(year) {
  const officer = await apiAs('gemeente.enschede');
  const region = await apiAs('regio.ens');
  const started = await officer('POST', `/api/v1/demand/municipalities/GM0153/years/${year}`);
  assert.equal(started.status, 201, JSON.stringify(started.body));
  const id = started.body.id;
  const cell = await officer('PUT', `/api/v1/demand/analyses/${id}/cells/uitstroom_bw/zelfstandig/MOVES`, { value: 40, version: null });
  assert.equal(cell.status, 200, JSON.stringify(cell.body));
  const step = async (api, action) => {
    const { body } = await region('GET', `/api/v1/demand/analyses/${id}`);
    const r = await api('POST', `/api/v1/demand/analyses/${id}/${action}`, { lockVersion: body.lockVersion });
    assert.equal(r.status, 200, `${action}: ${JSON.stringify(r.body)}`);
  };
  await step(officer, 'submit');
  await step(region, 'adopt');
}

test('a year with one adopted analysis says on how many municipalities its figures rest', { timeout: TIMEOUT }, async () => {
  await adoptOne(PARTIAL_YEAR);
  await inSession(browser, 'dashboard-volledigheid', 'provincie.overijssel', async (session) => {
    const { page, check } = session;
    const api = await apiAs('provincie.overijssel');
    const filters = (await api('GET', '/api/v1/dashboard/filters')).body;
    assert.notEqual(filters.defaultYear, PARTIAL_YEAR, 'the newest year is not the one the dashboard opens on');
    await page.goto('/dashboard');
    const yearSelect = page.getByTestId('dashboard-filters').getByLabel('Jaar', { exact: true });
    await page.getByTestId('key-figures').waitFor();
    assert.equal(await yearSelect.inputValue(), String(filters.defaultYear), 'it opens on the most complete year');

    const answer = regionsResponse(page, (q) => q.get('year') === String(PARTIAL_YEAR));
    await yearSelect.selectOption(String(PARTIAL_YEAR));
    await answer;
    const regions = (await api('GET', `/api/v1/dashboard/regions?year=${PARTIAL_YEAR}&targetGroup=alle`)).body;
    const c = regions.total.completeness;
    assert.equal(c.known, 1, 'one municipality known');
    assert.equal(c.level, 'LOW');
    const tiles = page.getByTestId('key-figures');
    await tiles.getByTestId('completeness-line').first().filter({ hasText: `op basis van 1 van ${c.expected} gemeenten` }).waitFor({ timeout: 20_000 });
    assert.equal(await tiles.getByTestId('completeness-line').count(), 3);
    assert.equal(await tiles.getAttribute('data-completeness'), 'LOW', 'the key figures are marked as resting on too few');
    assert.equal(await shownText(tiles.locator('.tp-tile--main dd.tp-tile__sub').first()), '– per 1.000 inwoners', 'no ratio over 1 municipality');
    await page.getByTestId('year-note').filter({ hasText: `op basis van 1 van ${c.expected} gemeenten` }).waitFor();
    // a region without any analysis of the year is unknown, not zero; the trend marks the year
    const table = page.getByTestId('regions-table');
    assert.equal(await table.locator('tbody tr[data-area="MRA"]').getAttribute('data-completeness'), 'NONE');
    assert.equal(await shownText(table.locator('tbody tr[data-area="MRA"] td[data-column="moves"] strong')), '–');
    assert.equal(await table.locator('tbody tr[data-area="ENS"]').getAttribute('data-completeness'), 'LOW');
    assert.ok((await table.locator('tbody tr[data-area="ENS"] [data-testid="incomplete-mark"]').count()) > 0, 'ENS is marked');
    await page.getByTestId('incomplete-note').first().waitFor();
    // the map draws every municipality without figures as unknown
    const map = page.getByTestId('dashboard-map');
    await map.getByTestId('dashboard-map-chart').waitFor();
    await map.getByText('Tabel bij deze kaart').click();
    await map.locator('tbody tr[data-municipality="GM0363"][data-unknown="true"]').waitFor({ timeout: 20_000 });
    assert.equal(await shownText(map.locator('tbody tr[data-municipality="GM0363"] td').nth(1)), 'onbekend');
    await map.getByText('Tabel bij deze kaart').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await check('partial year');
  });
});

test('a municipality officer has no dashboard', { timeout: TIMEOUT }, () =>
  inSession(browser, 'dashboard-gemeente', 'gemeente.enschede', async (session) => {
    const { page, check } = session;
    assert.equal(await mainNav(page).getByRole('link', { name: 'Dashboard', exact: true }).count(), 0, 'no Dashboard in the navigation');
    await page.goto('/dashboard');
    await page.locator('[data-error-kind]').waitFor();
    assert.equal(await page.getByTestId('regions-table').count(), 0, 'no figures shown');
    await check('refused');
  }));
