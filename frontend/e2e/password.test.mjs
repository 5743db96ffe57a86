// End-to-end: the password pages as a person meets them (forgot, a link that no longer works, changing
// one's own password), with axe on every page. Run with `npm run e2e`, which starts the application.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, logIn, openSession } from './support.mjs';

const TIMEOUT = 120_000;
const NEW_PASSWORD = 'Vijf kastanjes in de Geul';
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

test('Wachtwoord vergeten is reached from the login page and gives the same answer for any address', { timeout: TIMEOUT }, () =>
  withSession('password-forgot', async ({ page, check }) => {
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await check('forgot');
    await page.getByLabel('E-mailadres').fill('niemand@nergens.example');
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    await page.getByText('Als dit adres bij ons bekend is').waitFor();
    await check('forgot-sent');
  }));

test('a link that no longer works says so and offers a new one', { timeout: TIMEOUT }, () =>
  withSession('password-link-invalid', async ({ page, check }) => {
    await page.goto(`/wachtwoord/nieuw?token=${'A'.repeat(43)}`);
    await page.getByText('Deze link werkt niet (meer)').waitFor();
    assert.equal(await page.getByLabel('Nieuw wachtwoord').count(), 0, 'no form for a refused link');
    await check('link-invalid');
  }));

test('gemeente.heerlen changes its password from the header and logs in with the new one', { timeout: TIMEOUT }, () =>
  withSession('password-change', async (session) => {
    const { page, check } = session;
    await logIn(session, 'gemeente.heerlen');
    await page.getByRole('link', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord wijzigen' }).waitFor();
    await check('change');

    await page.getByLabel('Huidig wachtwoord').fill('niet-het-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Het huidige wachtwoord klopt niet.').first().waitFor();

    await page.getByLabel('Huidig wachtwoord').fill('thuisplan-demo');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Uw wachtwoord is gewijzigd.').waitFor();
    await check('changed');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await logIn(session, 'gemeente.heerlen', NEW_PASSWORD);
    assert.match(await page.getByTestId('current-user').textContent(), /Heerlen/);
  }));
