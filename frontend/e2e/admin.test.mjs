// End-to-end: switching the active membership, and the administration as the platform beheerder, against
// the real jar with its demo data; axe on every page. Run with `npm run e2e`, which starts the application.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { inSession, mainNav } from './support.mjs';
import { launchBrowser } from './support.mjs';

const TIMEOUT = 180_000;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('gemeente.oost-groningen switches between its two gemeenten and sees each in turn', { timeout: TIMEOUT }, () =>
  inSession(browser, 'admin-switch', 'gemeente.oost-groningen', async ({ page, check }) => {
    // from Mijn werk to the gemeente's own page
    await page.getByTestId('my-work-intro').getByRole('link').click();
    await page.waitForURL((url) => url.pathname.startsWith('/gemeenten/'));
    const first = (await page.locator('main h1').first().textContent()).trim();
    const select = page.getByLabel('Werkzaam voor:');
    await check('switch-before');
    const options = await select.locator('option').allTextContents();
    assert.equal(options.length, 2, `two memberships offered: ${options.join(' | ')}`);
    const other = await select.locator('option:not(:checked)').getAttribute('value');
    await select.selectOption(other);
    await page.getByRole('button', { name: 'Wisselen' }).click();
    // a switch starts again on Mijn werk, whose introduction links the other gemeente
    await page.waitForURL((url) => url.pathname === '/mijn-werk');
    await page.getByTestId('my-work-intro').getByRole('link').click();
    await page.waitForFunction((before) => {
      const h1 = document.querySelector('main h1');
      return h1 && h1.textContent.trim() !== before && location.pathname.startsWith('/gemeenten/');
    }, first);
    const second = (await page.locator('main h1').first().textContent()).trim();
    assert.notEqual(second, first);
    assert.match(await page.getByTestId('current-scope').textContent(), new RegExp(second));
    await check('switch-after');
  }));

test('beheerder opens the people list and a person, and the other administration pages', { timeout: TIMEOUT }, () =>
  inSession(browser, 'admin-people', 'beheerder', async ({ page, check }) => {
    await mainNav(page).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Personen' }).waitFor();
    await page.getByTestId('people-table').waitFor();
    await check('people');
    await page.getByLabel('Naam of e-mailadres').fill('heerlen');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    // the list keeps showing the previous answer until the filtered one arrives: wait for its count
    await page.getByTestId('people-table').getByText('1 persoon', { exact: true }).waitFor();
    assert.equal(await page.getByTestId('people-table').locator('tbody tr').count(), 1);
    const link = page.getByTestId('people-table').getByRole('link', { name: /Heerlen/ });
    await link.click();
    await page.getByRole('heading', { level: 1, name: /Heerlen/ }).waitFor();
    await page.getByTestId('memberships-table').waitFor();
    assert.match(await page.getByTestId('memberships-table').textContent(), /Heerlen/);
    await check('person');

    const admin = page.getByRole('navigation', { name: 'Beheer' });
    await admin.getByRole('link', { name: 'Uitnodigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
    await check('invite');
    await admin.getByRole('link', { name: 'Organisaties' }).click();
    await page.getByTestId('organisations-table').waitFor();
    await check('organisations');
    await admin.getByRole('link', { name: "Regio's" }).click();
    await page.getByRole('heading', { level: 1, name: "Regio's en hun gemeenten" }).waitFor();
    await page.locator('table[data-region]').first().waitFor();
    await check('regions');
    await admin.getByRole('link', { name: 'Logboek' }).click();
    await page.getByTestId('audit-table').waitFor();
    await check('audit');
    await page.getByRole('link', { name: 'Mijn sessies' }).click();
    await page.getByTestId('sessions-table').waitFor();
    assert.match(await page.getByTestId('sessions-table').textContent(), /deze sessie/);
    await check('my-sessions');
  }));
