// End-to-end: each role logs in through the form and sees only what it may see.
// Run with `npm run e2e`, which starts the application (or tests BASE_URL).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, logIn, openSession, toFormerStart } from './support.mjs';

const TIMEOUT = 120_000;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

async function withSession(name, body) {
  const session = await openSession(browser, name);
  try {
    await body(session);
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
}

const pathOf = (page) => new URL(page.url()).pathname;
const heading = (page) => page.locator('main h1').first();

/**
 * Waits until the login has arrived on `path` (an assertion with a message when it ends elsewhere):
 * the app goes from the login page to "/" and only then, once it knows the role, to the start page.
 */
async function arrivedAt(page, path) {
  await page.waitForURL((url) => url.pathname === path, { timeout: 30_000 }).catch(() => {});
  assert.equal(pathOf(page), path);
}

test('gemeente.amsterdam sees its municipality, no region management, and is refused other regions', { timeout: TIMEOUT }, () =>
  withSession('gemeente-amsterdam', async (session) => {
    const { page, check } = session;
    await logIn(session, 'gemeente.amsterdam');

    await arrivedAt(page, '/mijn-werk');
    await toFormerStart(page, '/gemeenten/GM0363');
    await arrivedAt(page, '/gemeenten/GM0363');
    await heading(page).filter({ hasText: /^Amsterdam$/ }).waitFor();
    assert.ok(await page.locator('main').getByText('GM0363', { exact: true }).first().isVisible(), 'CBS code GM0363 shown');
    assert.match(await page.getByTestId('current-role').textContent(), /gemeente medewerker/);
    await check('municipality');

    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    const hrefs = await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // the region's adopted allocation (its own target), its urgency scheme (its local deviations) and its
    // woonzorgvisies (its own to write) are the
    // region pages a municipality gets
    const regionItems = hrefs.filter((href) => href.startsWith('/regios'));
    assert.deepEqual(regionItems, ['/regios/MRA/verdeling', '/regios/MRA/urgentie', '/regios/MRA/woonzorgvisie'], `no region management in the navigation, got ${hrefs}`);
    assert.equal(await nav.getByRole('link', { name: "Regio's" }).count(), 0);

    await page.goto('/regios/ENS');
    await page.locator('[data-error-kind]').waitFor();
    await heading(page).filter({ hasText: /Niet gevonden of geen toegang|Geen toegang/ }).waitFor();
    assert.equal(await page.getByTestId('members-table').count(), 0, 'no region data shown');
    assert.equal(await page.getByText('Enschede').count(), 0);
    await check('region-ens-refused');
  }));

test('regio.mra sees the MRA overview with its 30 municipalities and subregions', { timeout: TIMEOUT }, () =>
  withSession('regio-mra', async (session) => {
    const { page, check } = session;
    await logIn(session, 'regio.mra');

    await arrivedAt(page, '/mijn-werk');
    await toFormerStart(page, '/regios/MRA');
    await arrivedAt(page, '/regios/MRA');
    const table = page.getByTestId('members-table');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr:not([data-former])').count(), 30, '30 current member rows');
    assert.equal(await table.getByRole('rowheader', { name: 'Diemen', exact: true }).count(), 1, 'Diemen listed');
    assert.equal(await table.getByRole('columnheader', { name: 'Deelregio' }).count(), 1, 'subregion column');
    assert.equal(await page.getByText('Enschede').count(), 0, 'no Enschede');
    await check('region-mra');
  }));

test('provincie.overijssel sees region ENS and not MRA', { timeout: TIMEOUT }, () =>
  withSession('provincie-overijssel', async (session) => {
    const { page, check } = session;
    await logIn(session, 'provincie.overijssel');

    await arrivedAt(page, '/mijn-werk');
    await toFormerStart(page, '/regios');
    await arrivedAt(page, '/regios');
    const table = page.getByTestId('regions-table');
    await table.waitFor();
    assert.equal(await table.locator('tr[data-region="ENS"]').count(), 1, 'ENS listed');
    assert.equal(await table.locator('tr[data-region="MRA"]').count(), 0, 'MRA not listed');
    await check('regions');
  }));

test('beheerder sees all six regions', { timeout: TIMEOUT }, () =>
  withSession('beheerder', async (session) => {
    const { page, check } = session;
    await logIn(session, 'beheerder');

    await arrivedAt(page, '/mijn-werk');
    await toFormerStart(page, '/regios');
    await arrivedAt(page, '/regios');
    const table = page.getByTestId('regions-table');
    await table.waitFor();
    const codes = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.region));
    assert.deepEqual([...codes].sort(), ['ENS', 'GMR', 'GRO', 'HGL', 'MRA', 'PSL']);
    await check('regions');

    await table.getByRole('link', { name: /Metropoolregio Amsterdam/ }).click();
    await page.getByTestId('members-table').waitFor();
    await check('region-mra');

    await page.getByTestId('members-table').getByRole('link', { name: 'Diemen', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/gemeenten/GM0384');
    await page.getByTestId('municipality-facts').waitFor();
    await heading(page).filter({ hasText: /^Diemen$/ }).waitFor();
    await check('municipality-diemen');
  }));

test('a wrong password shows the Dutch error message', { timeout: TIMEOUT }, () =>
  withSession('wrong-password', async (session) => {
    const { page, check } = session;
    await page.goto('/login');
    // A fresh name each run, so the lock after repeated failures never hits a demo account.
    await page.getByLabel('Gebruikersnaam').fill(`e2e-onbekend-${Date.now()}`);
    await page.getByLabel('Wachtwoord').fill('fout');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.textContent(), /Onjuiste gebruikersnaam of wachtwoord/);
    await check('login-error');
  }));
