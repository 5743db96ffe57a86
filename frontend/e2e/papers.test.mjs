// End-to-end: the papers a municipality checks first, as the running application serves them: the
// accessibility statement (reached from the login page, readable without signing in, axe and reflow clean)
// and /.well-known/security.txt (RFC 9116) without signing in. Run with `npm run e2e -- e2e/papers.test.mjs`.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, checkReflow, launchBrowser, logIn, openSession } from './support.mjs';

const TIMEOUT = 180_000;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('the accessibility statement is reached from the login page without signing in and passes axe', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'papers-statement');
  try {
    const { page, check } = session;
    await page.goto('/login');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid: wat werkt en wat nog niet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/toegankelijkheid');
    assert.match(await page.getByTestId('statement-status').textContent(), /voldoet gedeeltelijk/);
    await check('anonymous');
    assert.deepEqual(await checkReflow(page, 'anonymous'), []);
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
});

test('signed in, the statement keeps the navigation and passes axe', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'papers-statement-signed-in');
  try {
    const { page, check } = session;
    await logIn(session, 'regio.mra');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Toegankelijkheid: wat werkt en wat nog niet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' }).waitFor();
    await page.getByTestId('current-user').waitFor();
    await check('signed-in');
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
});

test('security.txt is served without signing in, as text, with a contact and an expiry', async () => {
  const response = await fetch(new URL('/.well-known/security.txt', baseUrl()));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
  const text = await response.text();
  assert.match(text, /^Contact: mailto:\S+@\S+$/m);
  assert.match(text, /^Expires: \d{4}-\d\d-\d\dT/m);
  assert.match(text, /^Preferred-Languages: nl, en$/m);
});
