// End-to-end: a corporatie medewerker (corporatie.mra) reads what MRA adopted and shares with its partners:
// the allocation results and the urgentieregeling, read-only, and nothing of the region's concepts.
// The region adopts them through the API first, as its programme manager would in the browser.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { adoptScenario, apiAs, launchBrowser, logIn, mainNav, ok, openSession, toFormerStart } from './support.mjs';

const TIMEOUT = 180_000;
const PERIOD = '2038';
const VALID_FROM = 2150; // an adopted urgentieregeling of its own, overlapping no other test's
let browser;
let modelId;
let schemeId;
let conceptSchemeId;

/** MRA adopts a model (or finds the one a previous run against the same application adopted). */
async function adoptedModel(pm) {
  const models = await ok(await pm('GET', '/api/v1/allocation/regions/MRA/models'), 200, 'models');
  const existing = models.find((m) => m.period === PERIOD && m.name === 'Partners e2e');
  if (existing?.status === 'ADOPTED') return existing.id;
  const model =
    existing ?? (await ok(await pm('POST', '/api/v1/allocation/regions/MRA/models', { name: 'Partners e2e', period: PERIOD, targetGroups: ['mensenhandel'] }), 201, 'model'));
  const full = await ok(await pm('GET', `/api/v1/allocation/models/${model.id}`), 200, 'model');
  await adoptScenario(pm, full.scenarios[0], { total: 90, reference: 'PHO-e2e-partner' });
  return model.id;
}

async function schemes(pm) {
  const list = await ok(await pm('GET', '/api/v1/urgency/regions/MRA/schemes'), 200, 'schemes');
  const named = (name) => list.find((s) => s.name === name);
  const adopted =
    named('Urgentieregeling partners e2e')?.id ??
    (await ok(
      await pm('POST', '/api/v1/urgency/regions/MRA/schemes', { name: 'Urgentieregeling partners e2e', validFrom: `${VALID_FROM}-01-01`, validTo: `${VALID_FROM + 1}-12-31`, fromTemplate: true }),
      201,
      'scheme',
    )).id;
  const current = await ok(await pm('GET', `/api/v1/urgency/schemes/${adopted}`), 200, 'scheme');
  if (current.status === 'CONCEPT') {
    await ok(await pm('POST', `/api/v1/urgency/schemes/${adopted}/adopt`, { lockVersion: current.lockVersion }), 200, 'adopt scheme');
  }
  const concept =
    named('Concept partners e2e')?.id ??
    (await ok(await pm('POST', '/api/v1/urgency/regions/MRA/schemes', { name: 'Concept partners e2e', validFrom: `${VALID_FROM + 5}-01-01`, validTo: `${VALID_FROM + 5}-12-31` }), 201, 'concept')).id;
  return { adopted, concept };
}

before(async () => {
  browser = await launchBrowser();
  const pm = await apiAs('regio.mra');
  modelId = await adoptedModel(pm);
  ({ adopted: schemeId, concept: conceptSchemeId } = await schemes(pm));
});

after(async () => {
  await browser?.close();
});

test('corporatie.mra reads the adopted allocation results and urgentieregeling of MRA, with no edit controls', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'partner');
  const { page, check } = session;
  try {
    await logIn(session, 'corporatie.mra');
    await toFormerStart(page, '/partner');
    const hrefs = await mainNav(page).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.deepEqual(hrefs, ['/partner', '/regios/MRA/verdeling', '/regios/MRA/urgentie', '/regios/MRA/woonzorgvisie']);

    // the home lists what is shared, and no longer says that nothing is
    const allocation = page.getByTestId('shared-allocation');
    await allocation.waitFor();
    const resultsLink = allocation.locator(`a[href="/verdeling/modellen/${modelId}/resultaat"]`);
    assert.equal(await resultsLink.count(), 1, 'the adopted model is linked');
    assert.equal(await page.getByTestId('shared-urgency').locator(`a[href="/urgentie/versies/${schemeId}"]`).count(), 1);
    assert.equal(await page.getByTestId('shared-urgency').locator(`a[href="/urgentie/versies/${conceptSchemeId}"]`).count(), 0);
    assert.equal(await page.getByText('Er is op dit moment nog niets met u gedeeld.').count(), 0);
    await check('home');

    // on a phone the home reads without sideways scrolling
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no horizontal scroll at 390 px');
    await check('home-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await resultsLink.click();
    await page.getByTestId('realisation-table').waitFor();
    assert.equal(await page.getByRole('textbox').count(), 0, 'no realisation to record');
    assert.equal(await page.getByTestId('propose-swap').count(), 0, 'no swap to propose');
    assert.equal(await page.getByTestId('swaps').getByRole('button').count(), 0, 'no swap to decide');
    assert.equal(await page.getByRole('button', { name: /CSV/ }).count(), 1, 'the results download');
    await check('results');

    await page.goto(`/urgentie/versies/${schemeId}`);
    const tabs = page.getByRole('tablist', { name: 'Onderdelen van deze versie' });
    await tabs.waitFor();
    assert.deepEqual(await tabs.getByRole('tab').allTextContents(), ['Regeling', 'Afwijkingen']);
    assert.equal(await page.getByRole('button', { name: /Vaststellen|Verwijderen|Opslaan/ }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'PDF' }).count(), 1);
    await check('scheme');
    await page.setViewportSize({ width: 390, height: 844 });
    await check('scheme-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // the lists the navigation opens: adopted versions only, nothing to create
    await page.goto('/regios/MRA/verdeling');
    await page.getByTestId('models-table').waitFor();
    assert.equal(await page.getByTestId('new-model-form').count(), 0);
    await check('models');
    await page.goto('/regios/MRA/urgentie');
    await page.getByTestId('schemes-table').waitFor();
    assert.equal(await page.getByTestId('new-scheme-form').count(), 0);
    assert.equal(await page.getByText('Concept partners e2e').count(), 0);
    await check('schemes');
    await page.goto('/regios/MRA/woonzorgvisie');
    await page.locator('main h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.equal(await page.locator('[data-error-kind]').count(), 0, 'the woonzorgvisies list opens');
    await check('woonzorgvisies');

    // a concept of the region does not exist for a partner
    await page.goto(`/urgentie/versies/${conceptSchemeId}`);
    await page.locator('[data-error-kind]').waitFor();
    assert.equal(await page.getByText('Concept partners e2e').count(), 0);
    await check('concept-refused');
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
});
