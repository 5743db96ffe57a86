// End-to-end: a fair-share round (verdeling) in Regio Groningen for target group uitstroom_bw, two
// years ahead. regio.gro creates the model (or opens the one a previous run left), reweighs the key
// with the slider, sees the table recomputed, adds a second scenario, compares, downloads the PDF
// report and adopts; gemeente.groningen (GM0014) records its realisation and proposes a swap to
// another municipality of the region. Screenshots of the editor, the map, the explanation, the
// comparison and the results page go to SCREENSHOT_DIR.
//
// The suite may run more than once against one database: if the model already exists it is opened;
// if it was adopted by a previous run, the manager's part only looks at it and the municipality's
// part runs as usual (a realisation is saved with the version it read; each run adds one swap proposal).
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, inSession, mainNav } from './support.mjs';

const TIMEOUT = 300_000;
const YEAR = new Date().getFullYear() + 2;
const MODEL_NAME = `Uitstroom BW ${YEAR} (e2e)`;
const TARGET_GROUP = 'uitstroom_bw';
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
const waitForPreview = (page, predicate = () => true) =>
  page.waitForResponse((r) => r.url().endsWith('/api/v1/allocation/preview') && r.request().method() === 'POST' && predicate(r.request().postDataJSON()));

/** A picture of one element (a chart or the map), after its canvas has been drawn. */
async function shoot(locator, name) {
  await locator.scrollIntoViewIfNeeded();
  await locator.locator('canvas').first().waitFor();
  await locator.page().waitForTimeout(700); // the charts animate for 300 ms
  await locator.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** Creates the model, or opens the one that exists for this region, group and period. Returns its id. */
async function createOrOpenModel(page) {
  const form = page.getByTestId('new-model-form');
  await form.getByLabel('Naam', { exact: true }).fill(MODEL_NAME);
  await form.getByLabel('Jaar', { exact: true }).selectOption(String(YEAR));
  await form.getByLabel('Deel van het jaar').selectOption({ label: 'heel jaar' });
  const groups = form.locator('input[name="targetGroups"]');
  await groups.first().waitFor();
  const values = await groups.evaluateAll((inputs) => inputs.map((input) => input.value));
  assert.ok(values.includes(TARGET_GROUP), `target group ${TARGET_GROUP} is offered (got ${values.join(', ')})`);
  await form.locator(`input[name="targetGroups"][value="${TARGET_GROUP}"]`).check();
  await form.getByRole('button', { name: 'Verdeelmodel aanmaken' }).click();

  await Promise.race([
    page.waitForURL(/\/verdeling\/modellen\/\d+$/),
    page.getByTestId('model-exists').waitFor(),
  ]);
  if (!/\/verdeling\/modellen\/\d+$/.test(new URL(page.url()).pathname)) {
    // MODEL_EXISTS: left by a previous run
    const existing = page.getByTestId('model-exists').getByRole('link');
    if ((await existing.count()) > 0) await existing.click();
    else await page.getByTestId('models-table').locator('tr', { hasText: String(YEAR) }).filter({ hasText: /Uitstroom/ }).getByRole('link').first().click();
    await page.waitForURL(/\/verdeling\/modellen\/\d+(\/resultaat)?$/);
  }
  return Number(/\/verdeling\/modellen\/(\d+)/.exec(new URL(page.url()).pathname)[1]);
}

test('a fair-share model goes from key and scenarios through adoption to realisation and a swap', { timeout: TIMEOUT }, async () => {
  let modelId;
  let modelName = MODEL_NAME;
  const run = Date.now();

  await withSession('allocation-regio', 'regio.gro', async (session) => {
    const { page, check } = session;
    await nav(page).getByRole('link', { name: 'Verdeling', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/regios/GRO/verdeling');
    await page.getByRole('heading', { level: 1, name: 'Verdeling' }).waitFor();
    await check('models');

    modelId = await createOrOpenModel(page);
    await page.getByTestId('model-facts').waitFor();
    modelName = (await page.locator('main h1').textContent()).trim();
    const adoptedBefore = (await page.getByTestId('model-status').locator('[data-status="ADOPTED"]').count()) > 0;
    if (adoptedBefore) {
      // A previous run adopted it: nothing left to configure. Look at it and go on as the municipality.
      await page.getByTestId('scenario-result').getByTestId('result-table').waitFor();
      await check('model-adopted');
      return;
    }

    // --- the editor: key, total, live recomputation ---
    const editor = page.getByTestId('scenario-editor');
    await editor.waitFor();
    const table = editor.getByTestId('result-table');
    await table.waitFor();
    await editor.getByLabel('Zelf invullen').check();
    const total = editor.getByLabel('Aantal plekken');
    await total.fill('60');
    await waitForPreview(page, (body) => body.total === 60);

    const criteria = editor.getByTestId('criteria');
    if ((await criteria.locator('[data-indicator="social_rental_stock"]').count()) === 0) {
      await criteria.getByLabel('Indicator toevoegen').selectOption({ label: 'Sociale huurvoorraad' });
      await criteria.getByRole('button', { name: 'Toevoegen' }).click();
    }
    const slider = criteria.getByRole('slider', { name: 'Sociale huurvoorraad' });
    const recomputed = waitForPreview(page, (body) => body.criteria.some((c) => c.indicator === 'social_rental_stock' && c.weight === '0.3'));
    await slider.fill('30');
    const request = (await recomputed).request().postDataJSON();
    const weights = request.criteria.map((c) => Math.round(Number(c.weight) * 10000));
    assert.equal(weights.reduce((s, w) => s + w, 0), 10000, `weights add up to exactly 1: ${JSON.stringify(request.criteria)}`);
    assert.match(await criteria.getByTestId('weights-sum').textContent(), /Samen 100%/);
    // the keyboard moves the slider too (one percent per arrow)
    const nudged = waitForPreview(page, (body) => body.criteria.some((c) => c.indicator === 'social_rental_stock' && c.weight === '0.31'));
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await nudged;
    await page.getByTestId('preview-status').filter({ hasText: /berekend in \d+ ms/ }).waitFor();
    assert.equal(await table.getByTestId('allocated-total').textContent(), '60', 'the recomputed table allocates the total');
    assert.ok((await table.locator('tbody tr').count()) >= 2, 'one row per municipality');

    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await check('editor');
    await shoot(page.locator('figure:has(#region-map-caption)'), 'allocation-map');
    await shoot(page.locator('figure:has(#targets-chart-caption)'), 'allocation-chart');

    // --- why does Groningen get what it gets? ---
    await table.getByRole('button', { name: 'Groningen', exact: true }).click();
    const panel = page.getByTestId('explain-panel');
    await panel.waitFor();
    assert.match(await panel.getByRole('heading', { level: 2 }).textContent(), /^Waarom krijgt Groningen \d+\?$/);
    await panel.getByTestId('explain-contributions').waitFor();
    await check('explain');
    await panel.screenshot({ path: join(screenshotDir, 'allocation-explain.png') });

    // --- a second scenario, then compare the two ---
    const tabs = page.getByRole('tablist', { name: "Scenario's" });
    const secondTab = tabs.getByRole('tab', { name: /^Scenario B/ });
    if ((await secondTab.count()) === 0) {
      await page.getByRole('button', { name: 'Nieuw scenario' }).click();
      await secondTab.waitFor();
    } else {
      await secondTab.click();
    }
    await page.waitForFunction(() => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.startsWith('Scenario B'));
    await editor.getByTestId('result-table').waitFor();
    await editor.getByLabel('Afronding').selectOption('SAINTE_LAGUE');
    await waitForPreview(page, (body) => body.method === 'SAINTE_LAGUE');
    await editor.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByTestId('save-state').filter({ hasText: 'Opgeslagen.' }).waitFor();

    const compare = page.getByTestId('compare');
    // A defaults to the first scenario, B to the newest other one
    assert.match(await compare.getByLabel('Scenario A').locator('option:checked').textContent(), /^Scenario A/);
    assert.match(await compare.getByLabel('Scenario B').locator('option:checked').textContent(), /^Scenario B/);
    const compareTable = compare.getByTestId('compare-table');
    await compareTable.waitFor();
    assert.equal(await compareTable.getByTestId('compare-total-a').textContent(), '60');
    await compare.screenshot({ path: join(screenshotDir, 'allocation-compare.png') });
    // full-page pictures of a scrolled page show the (fixed, off-screen) skip link: back to the top first
    await page.evaluate(() => window.scrollTo(0, 0));
    await check('compare');

    // --- the PDF report of the scenario shown ---
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Rapport (PDF)' }).click();
    const pdf = await readFile(await (await downloading).path());
    assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF', 'the report is a PDF');

    // --- adopt: freezes the scenario and the model ---
    await editor.getByRole('button', { name: 'Vaststellen…' }).click();
    const dialog = page.getByRole('dialog', { name: /vaststellen\?$/ });
    await dialog.waitFor();
    assert.match(await dialog.getByTestId('step-summary').textContent(), /bevriest dit scenario/);
    // the besluit that adopts the verdeling (issue 15): date, reference and body, all required
    await dialog.getByLabel('Datum van het besluit').fill(new Date().toISOString().slice(0, 10));
    await dialog.getByLabel('Kenmerk van het besluit').fill(`PHO-${run % 100000}`);
    await dialog.getByLabel('Besloten door').fill('Portefeuillehoudersoverleg Wonen');
    await check('adopt-dialog');
    await dialog.getByRole('button', { name: 'Vaststellen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/verdeling/modellen/${modelId}/resultaat`);
    await page.getByTestId('realisation-table').waitFor();
    assert.match(await page.getByTestId('results-decision').textContent(), new RegExp(`Portefeuillehoudersoverleg Wonen, .*kenmerk PHO-${run % 100000}`));
    await check('results-regio');
  });

  await withSession('allocation-groningen', 'gemeente.groningen', async (session) => {
    const { page, check } = session;
    await nav(page).getByRole('link', { name: 'Verdeling', exact: true }).click();
    const models = page.getByTestId('models-table');
    await models.waitFor();
    await models.getByRole('link', { name: `Resultaten van ${modelName}` }).click();
    await page.waitForURL((url) => url.pathname === `/verdeling/modellen/${modelId}/resultaat`);
    const table = page.getByTestId('realisation-table');
    await table.waitFor();

    // only its own row can be edited
    assert.equal(await table.locator('tbody input').count(), 2, 'one number and one note field: its own row only');
    const own = table.locator('tr[data-municipality="GM0014"]');
    const realised = String(1 + (run % 9));
    await own.getByLabel('Gerealiseerd door Groningen').fill(realised);
    await own.getByLabel('Toelichting van Groningen').fill(`e2e ${run}`);
    await own.getByRole('button', { name: 'Opslaan' }).click();
    await own.getByText('Opgeslagen.').waitFor();
    await page.waitForFunction(
      (value) => document.querySelector('tr[data-municipality="GM0014"] input')?.value === value,
      realised,
    );

    // propose a swap: Groningen hands one place to another municipality of the region
    const form = page.getByTestId('propose-swap');
    await form.getByLabel('Wij dragen over aan').check();
    const other = form.getByLabel('Andere gemeente');
    const options = await other.locator('option').evaluateAll((list) => list.map((o) => ({ value: o.value, label: o.textContent })));
    const partner = options.find((o) => o.value && o.value !== 'GM0014');
    assert.ok(partner, 'another municipality of the region is offered');
    await other.selectOption(partner.value);
    await form.getByLabel('Aantal plekken').fill('1');
    await form.getByLabel('Reden').fill(`Groningen heeft deze periode minder geschikte woningen (e2e ${run})`);
    await form.getByRole('button', { name: 'Ruil voorstellen' }).click();
    await page.getByTestId('swap-notice').filter({ hasText: `${partner.label} moet het nog bevestigen` }).waitFor();
    const swap = page.getByTestId('swaps-table').locator('tr[data-status="PROPOSED"]', { hasText: `e2e ${run}` });
    await swap.getByRole('button', { name: /intrekken$/ }).waitFor();
    await check('results');

    // the explanation of the adopted scenario, opened on Groningen
    await page.getByTestId('explain-link').click();
    const panel = page.getByTestId('explain-panel');
    await panel.waitFor();
    assert.match(await panel.getByRole('heading', { level: 2 }).textContent(), /^Waarom krijgt Groningen \d+\?$/);
    await check('explain-adopted');
  });
});
