// End-to-end: the browser's session lives in HttpOnly cookies held by the backend (backend for frontend),
// state-changing requests need the CSRF token, every answer carries the Content-Security-Policy, and logging
// out ends the session. Run with `npm run e2e`, which starts the application (or tests BASE_URL).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, logIn, openSession } from './support.mjs';

const TIMEOUT = 120_000;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A request made by the page's own script, as the app makes them: the session's cookies go along. */
function fromPage(page, path, { method = 'GET', csrf = false, body } = {}) {
  return page.evaluate(
    async ({ path, method, csrf, body }) => {
      const token = document.cookie
        .split(';')
        .map((part) => part.trim().split('='))
        .find(([name]) => name === 'thuisplan_csrf')?.[1];
      const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
      if (csrf && token) headers['X-CSRF-Token'] = token;
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return {
        status: response.status,
        csp: response.headers.get('content-security-policy'),
        body: await response.json().catch(() => null),
      };
    },
    { path, method, csrf, body },
  );
}

test('the session is in HttpOnly cookies, writes need the CSRF token, CSP is on, logout ends it', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'browser-session');
  const { page, context, check } = session;
  try {
    // logIn runs axe on the login page, with the Content-Security-Policy in force
    await logIn(session, 'regio.mra');

    const cookies = await context.cookies();
    const byName = Object.fromEntries(cookies.map((c) => [c.name, c]));
    for (const name of ['thuisplan_access', 'thuisplan_refresh']) {
      assert.ok(byName[name], `${name} is set`);
      assert.equal(byName[name].httpOnly, true, `${name} is HttpOnly`);
      assert.equal(byName[name].sameSite, 'Strict', `${name} is SameSite=Strict`);
    }
    assert.equal(byName.thuisplan_csrf?.httpOnly, false, 'the CSRF cookie is for the page to read');

    // nothing of the tokens is within reach of the page's script
    const seen = await page.evaluate(() => ({
      cookie: document.cookie,
      session: JSON.stringify({ ...sessionStorage }),
      local: JSON.stringify({ ...localStorage }),
    }));
    assert.doesNotMatch(seen.cookie, /thuisplan_access|thuisplan_refresh/);
    assert.match(seen.cookie, /thuisplan_csrf=/);
    for (const stored of [seen.session, seen.local]) {
      assert.doesNotMatch(stored, /token/i);
      assert.ok(!stored.includes(byName.thuisplan_access.value), 'the access token is not stored');
      assert.ok(!stored.includes(byName.thuisplan_refresh.value), 'the refresh token is not stored');
    }

    // the Content-Security-Policy on the page and on an API answer
    const start = await page.request.get('/');
    assert.match(start.headers()['content-security-policy'] ?? '', /default-src 'self'/);
    assert.match(start.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
    const me = await fromPage(page, '/api/v1/me');
    assert.equal(me.status, 200);
    assert.match(me.csp ?? '', /default-src 'self'/);

    // a state-changing request of the page: refused without the CSRF token, accepted with it
    const membershipId = me.body.activeMembershipId;
    const bare = await fromPage(page, '/api/v1/me/active-membership', { method: 'POST', body: { membershipId } });
    assert.equal(bare.status, 403);
    assert.equal(bare.body?.code, 'CSRF_TOKEN_INVALID');
    const withToken = await fromPage(page, '/api/v1/me/active-membership', { method: 'POST', csrf: true, body: { membershipId } });
    assert.equal(withToken.status, 200, JSON.stringify(withToken.body));
    assert.equal(withToken.body.access_token, null, 'a browser gets its new tokens as cookies only');

    // logout: the server ends the session, and a reload lands on the login page
    await page.reload();
    await page.locator('main h1').first().waitFor();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/login');
    assert.equal((await fromPage(page, '/api/v1/me')).status, 401);
    await check('logged-out');

    session.assertNoCspViolations();
    session.assertAccessible();
  } finally {
    await context.close();
  }
});
