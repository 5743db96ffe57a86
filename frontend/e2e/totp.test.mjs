// End-to-end: tweestapsverificatie for a local account. provincie.limburg (used by no other e2e file) links an
// authenticator app in the browser: the secret shown on the page is read and the codes are computed here, as the
// person's app would (RFC 6238 in node:crypto), logs out, logs in with password and code, and a wrong code is
// refused. The login form asks for the code when the server answers TOTP_REQUIRED (the cookie session's login
// form, issue 17). Run with `npm run e2e`, which starts the application.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import { launchBrowser, logIn, openSession } from './support.mjs';

const TIMEOUT = 180_000;
const USER = 'provincie.limburg';
const PASSWORD = 'thuisplan-demo';
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** RFC 4648 base32 (spaces ignored, as the page groups the secret in fours). */
function fromBase32(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(c);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238: HMAC-SHA-1 over the 30-second step, dynamically truncated to 6 digits. */
function totp(secret, stepOffset = 0) {
  const step = Math.floor(Date.now() / 1000 / 30) + stepOffset;
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', fromBase32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const number = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(number).padStart(6, '0');
}

/** Logs in with name and password; the form then asks for the code of the app. */
async function passwordThenCode(page, code) {
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await page.getByLabel('Gebruikersnaam').fill(USER);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  const field = page.getByLabel(/code/i).first();
  await field.waitFor();
  await field.fill(code);
  await page.getByRole('button', { name: /Inloggen|Controleren|Doorgaan/ }).first().click();
}

/** The secret shown at enrolment, read by the first test, used by the second as the person's app would. */
let secret;

test('a person links an authenticator app in the browser and gets the recovery codes once', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'totp-enrol');
  const { page, check } = session;
  try {
    await logIn(session, USER);
    await page.goto('/mijn-sessies');
    await page.getByRole('link', { name: 'Tweestapsverificatie instellen of wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' }).waitFor();
    await check('second-factor-off');

    await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    await page.getByRole('img', { name: /QR-code/ }).waitFor();
    secret = (await page.getByTestId('second-factor-secret').textContent()).replace(/\s/g, '');
    assert.match(secret, /^[A-Z2-7]{32}$/);
    await check('second-factor-scan');

    await page.getByLabel(/Code uit de app/).fill(totp(secret));
    await page.getByRole('button', { name: 'Bevestigen en aanzetten' }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor();
    assert.equal(await codes.count(), 10);
    await check('second-factor-codes');
    await page.getByLabel('Ik heb de herstelcodes gedownload of opgeschreven').check();
    await page.getByRole('button', { name: 'Klaar' }).click();
    await page.getByTestId('second-factor-on').waitFor();
    await check('second-factor-on');
    session.assertNoCspViolations();
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
});

// The browser login with a code: POST /api/v1/auth/session, and the login form that asks for the code when the
// server answers TOTP_REQUIRED.
test('then logs in with password and code; a wrong code is refused like a wrong password', { timeout: TIMEOUT }, async () => {
  assert.ok(secret, 'the enrolment test ran first');
  const session = await openSession(browser, 'totp-login');
  const { page, check } = session;
  try {
    await page.goto('/login');
    const right = totp(secret, 1); // the next step: the enrolment's confirmation used the current one
    await passwordThenCode(page, right === '000000' ? '111111' : '000000');
    await page.getByText(/Onjuiste gebruikersnaam of wachtwoord/).first().waitFor();
    assert.equal(new URL(page.url()).pathname, '/login');
    await check('login-code-refused');

    await passwordThenCode(page, right);
    await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
    await page.locator('main h1').first().waitFor();
    assert.match(await page.getByTestId('current-user').textContent(), /Limburg/);
    session.assertNoCspViolations();
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
});
