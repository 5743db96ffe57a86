// End-to-end: specific feedback and plain help (issue 15, point 10), against the real application.
// - regio.hgl edits the quotas of a concept urgentieregeling: the consistency line follows the quotas on
//   screen before anything is saved (a clash appears, then the ✓ once the clash is gone), nothing is stored
//   by the check, and "Wat is quotum?" leads to the glossary, on the term itself;
// - the platform beheerder invites someone with an end date before the start date: the server's message
//   stands at "Geldig tot en met", and the alert points at the marked field instead of "De invoer is niet geldig".
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { apiAs, inSession, launchBrowser } from './support.mjs';

const TIMEOUT = 240_000;
const docsShots = process.env.DOCS_SCREENSHOT_DIR ? resolve(process.env.DOCS_SCREENSHOT_DIR) : null;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('the quota check follows the draft on screen, and a term leads to the glossary', { timeout: TIMEOUT }, async () => {
  const api = await apiAs('regio.hgl');
  // a year far ahead that no run used before: validities of concepts may overlap, but names stay readable
  const year = 2400 + Math.floor(Math.random() * 500);
  const created = await api('POST', '/api/v1/urgency/regions/HGL/schemes', {
    name: `Controle terwijl u typt ${year}`,
    validFrom: `${year}-01-01`,
    validTo: `${year + 1}-12-31`,
    fromTemplate: true,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id;

  await inSession(browser, 'feedback-quota', 'regio.hgl', async ({ page, check }) => {
    await page.goto(`/urgentie/versies/${id}?tab=bewerken`);
    const editor = page.getByTestId('scheme-editor');
    await editor.waitFor();
    const consistency = page.getByTestId('consistency');
    const quotas = editor.getByTestId('quota-card');

    await editor.getByRole('button', { name: 'Quotum toevoegen' }).click();
    const regular = quotas.nth(0);
    await regular.getByLabel('Omschrijving', { exact: true }).fill('Regulier');
    await regular.getByLabel('reguliere woningzoekenden', { exact: true }).check();
    await regular.getByLabel('Soort', { exact: true }).selectOption('MIN_SHARE');
    await regular.getByLabel('Aandeel van de verhuringen (%)').fill('45');
    await editor.getByRole('button', { name: 'Quotum toevoegen' }).click();
    const urgent = quotas.nth(1);
    await urgent.getByLabel('Omschrijving', { exact: true }).fill('Alle urgenten');
    await urgent.getByRole('button', { name: 'Alle categorieën' }).click();
    await urgent.getByLabel('Soort', { exact: true }).selectOption('MIN_SHARE');
    await urgent.getByLabel('Aandeel van de verhuringen (%)').fill('60');

    // 45% + 60% cannot both hold: said before anything is saved
    await page.locator('[data-testid="consistency"][data-consistent="false"]').waitFor();
    assert.match(await consistency.textContent(), /45%/);
    assert.match(await consistency.textContent(), /60%/);
    await check('clash-while-typing');

    // at most 30% for the urgent ones fits: the ✓ returns for exactly these quotas
    await urgent.getByLabel('Soort', { exact: true }).selectOption('MAX_SHARE');
    await urgent.getByLabel('Aandeel van de verhuringen (%)').fill('30');
    await page.locator('[data-testid="consistency"][data-consistent="true"]').waitFor();
    assert.match(await consistency.textContent(), /kunnen allemaal tegelijk gelden/);

    // the check stored nothing
    const stored = await api('GET', `/api/v1/urgency/schemes/${id}`);
    assert.equal(stored.body.quotas.length, 0, 'a check is not a save');
    assert.equal(stored.body.lockVersion, 0);

    // the quotas on screen are not saved: leaving asks first (nothing typed is lost), and the person goes anyway
    await editor.getByRole('link', { name: 'Wat is quotum?' }).click();
    await page.getByRole('button', { name: 'Toch weggaan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Begrippen' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'term-quotum');
    assert.equal(new URL(page.url()).hash, '#quotum');
    await check('glossary');
    // the glossary reads without sideways scrolling on a phone
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the glossary scrolls sideways at 320 px by ${overflow} px`);
    if (docsShots) {
      await mkdir(docsShots, { recursive: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: resolve(docsShots, 'begrippen-phone.png') });
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.screenshot({ path: resolve(docsShots, 'begrippen-desktop.png') });
    }
  });
  await api('DELETE', `/api/v1/urgency/schemes/${id}?lockVersion=0`);
});

test('a refused invitation shows the server\'s message at its field', { timeout: TIMEOUT }, async () => {
  await inSession(browser, 'feedback-fields', 'beheerder', async ({ page, check }) => {
    await page.goto('/beheer/uitnodigen');
    await page.getByRole('heading', { level: 1, name: 'Iemand uitnodigen' }).waitFor();
    await page.getByLabel('E-mailadres').fill(`e2e-veldfout-${Date.now()}@example.org`);
    await page.getByLabel('Naam').fill('Veldfout Proef');
    const organisation = page.getByLabel('Organisatie', { exact: true });
    await organisation.locator('option').nth(1).waitFor({ state: 'attached' });
    const value = await organisation.locator('option').nth(1).getAttribute('value');
    await organisation.selectOption(value);
    await page.getByLabel('Geldig vanaf').fill('2027-06-01');
    await page.getByLabel('Geldig tot en met').fill('2027-01-01');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/admin/invitations') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    assert.equal((await answered).status(), 400);

    const alert = page.getByTestId('problem');
    await alert.waitFor();
    assert.doesNotMatch(await alert.textContent(), /De invoer is niet geldig/);
    assert.match(await alert.textContent(), /gemarkeerde velden/);
    const until = page.getByLabel('Geldig tot en met');
    assert.equal(await until.getAttribute('aria-invalid'), 'true');
    const describedBy = await until.getAttribute('aria-describedby');
    const description = await page.evaluate(
      (ids) => ids.split(' ').map((one) => document.getElementById(one)?.textContent ?? '').join(' '),
      describedBy,
    );
    assert.match(description, /De einddatum ligt voor de begindatum/);
    await check('field-message');
  });
});
