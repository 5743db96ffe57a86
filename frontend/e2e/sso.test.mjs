// End-to-end: login through an organisation's identity provider (OpenID Connect), in Chromium.
// Like installation.test.mjs it runs an application of its own: the real jar in embedded mode (the demo data)
// with two providers configured the way an operator would (THUISPLAN_SSO_*, docs/api/sso.md), a gemeente
// (Amsterdam, GM0363) and the demo woningcorporatie (KvK 00000001), both served by mock-oauth2-server, a real
// OpenID provider with a login page (its standalone main, from the backend's test classpath, which the Maven
// build writes to backend/target/test-classpath.txt). A gemeente medewerker and a corporatie medewerker log in
// through the provider's page and each sees exactly their scope.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { cleanEnvironment, freePort, logDir, sleep, startJar } from './harness/jar.mjs';
import { launchBrowser, openSession } from './support.mjs';

const backendTarget = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'backend', 'target');
const TIMEOUT = 300_000;

let browser;
let provider;
let app;
let dataDir;
let appUrl;
let providerUrl;

/** mock-oauth2-server with its interactive login page, on a free port; resolves once discovery answers. */
async function startProvider() {
  const classpathFile = join(backendTarget, 'test-classpath.txt');
  if (!existsSync(classpathFile)) {
    throw new Error(`${classpathFile} does not exist: build first with "mvn -B -ntp -q -DskipTests package"`);
  }
  const classpath = readFileSync(classpathFile, 'utf8').trim();
  const port = await freePort();
  const logFile = join(logDir(), 'e2e-sso-provider.log');
  const out = openSync(logFile, 'w');
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const child = spawn(java, ['-cp', classpath, 'no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt'], {
    env: { ...process.env, SERVER_HOSTNAME: '127.0.0.1', SERVER_PORT: String(port), JSON_CONFIG: '{"interactiveLogin":true}' },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  // "localhost": the browser and Thuisplan must see the same issuer, and the provider is same-site with the app
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/gemeente/.well-known/openid-configuration`)).ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  child.kill('SIGKILL');
  throw new Error(`mock-oauth2-server did not start; see ${logFile}`);
}

before(async () => {
  browser = await launchBrowser();
  provider = await startProvider();
  providerUrl = provider.url;
  dataDir = await mkdtemp(join(tmpdir(), 'thuisplan-e2e-sso-'));
  const port = await freePort();
  app = await startJar({
    env: cleanEnvironment({
      THUISPLAN_PORT: String(port),
      THUISPLAN_DATA_DIR: dataDir,
      // plain HTTP on localhost in this test; a real installation keeps Secure cookies
      THUISPLAN_SESSION_COOKIE_SECURE: 'false',
      THUISPLAN_SSO_PROVIDERS: 'gemeente,corporatie',
      THUISPLAN_SSO_GEMEENTE_ISSUER: `${providerUrl}/gemeente`,
      THUISPLAN_SSO_GEMEENTE_CLIENT_ID: 'thuisplan-gemeente',
      THUISPLAN_SSO_GEMEENTE_CLIENT_SECRET: 'e2e-geheim-gemeente',
      THUISPLAN_SSO_GEMEENTE_LABEL: 'Gemeente Amsterdam',
      THUISPLAN_SSO_GEMEENTE_ORGANISATIONS: 'GM0363',
      THUISPLAN_SSO_GEMEENTE_DOMAINS: 'amsterdam-e2e.example',
      THUISPLAN_SSO_CORPORATIE_ISSUER: `${providerUrl}/corporatie`,
      THUISPLAN_SSO_CORPORATIE_CLIENT_ID: 'thuisplan-corporatie',
      THUISPLAN_SSO_CORPORATIE_CLIENT_SECRET: 'e2e-geheim-corporatie',
      THUISPLAN_SSO_CORPORATIE_LABEL: 'Woningcorporatie Demo (MRA)',
      THUISPLAN_SSO_CORPORATIE_ORGANISATIONS: '00000001',
    }),
    logFile: join(logDir(), 'e2e-sso-app.log'),
  });
  appUrl = app.url.replace('127.0.0.1', 'localhost');
  console.log(`# SSO: provider on ${providerUrl}, Thuisplan on ${appUrl} after ${app.startSeconds} s`);
});

after(async () => {
  await browser?.close();
  await app?.stop();
  provider?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/**
 * Logs in through the provider's own page (subject and claims typed in its form) and answers what
 * /api/v1/me says in the session that the callback started, read with the session cookie alone (the
 * browser session), after the page has come up logged in.
 */
async function ssoLogin(session, { button, subject, email }) {
  const { page } = session;
  await page.goto('/login');
  await page.getByRole('heading', { name: 'Inloggen met uw organisatie' }).waitFor();
  await page.getByRole('link', { name: button }).click();
  await page.waitForURL((url) => url.href.startsWith(providerUrl));
  await page.locator('input[name=username]').fill(subject);
  await page.locator('textarea[name=claims]').fill(JSON.stringify({ email, name: `SSO ${subject}` }));
  await page.locator('input[type=submit]').click();
  await page.waitForURL((url) => url.href.startsWith(appUrl) && !url.pathname.startsWith('/api/'));
  assert.equal(new URL(page.url()).searchParams.get('sso'), null, `the login was refused: ${page.url()}`);

  // every cookie of the context: one filtered by the app's address would leave out the refresh cookie's path
  const cookies = await session.context.cookies();
  const access = cookies.find((c) => c.name === 'thuisplan_access');
  assert.ok(access, 'the callback set the session cookie');
  assert.equal(access.httpOnly, true);
  assert.equal(access.sameSite, 'Strict');
  assert.equal(cookies.find((c) => c.name === 'thuisplan_refresh')?.path, '/api/v1/auth/session');

  // the page itself is logged in: the start page of the role, with the person in the header
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
  await page.locator('main h1').first().waitFor();
  const me = await page.request.get('/api/v1/me');
  assert.equal(me.status(), 200, 'the session cookie alone authenticates');
  return { ...(await me.json()), shownAs: await page.getByTestId('current-user').textContent() };
}

test('a gemeente medewerker logs in through the gemeente\'s provider and sees exactly Amsterdam', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'sso-gemeente', { url: appUrl });
  try {
    const me = await ssoLogin(session, {
      button: 'Gemeente Amsterdam',
      subject: 'e2e-amsterdam',
      email: 'gemeente.amsterdam@demo.thuisplan.invalid',
    });
    assert.equal(me.username, 'gemeente.amsterdam');
    assert.equal(me.role, 'MUNICIPALITY_OFFICER');
    assert.equal(me.municipality?.code, 'GM0363');
    assert.equal(me.region?.code, 'MRA'); // the region Amsterdam belongs to, read through the gemeente
    assert.deepEqual(me.memberships.map((m) => m.municipality?.code), ['GM0363']);
    assert.match(me.shownAs, /Amsterdam/);
  } finally {
    await session.context.close();
  }
});

test('a corporatie medewerker logs in through the corporatie\'s provider and sees exactly its region', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'sso-corporatie', { url: appUrl });
  try {
    const me = await ssoLogin(session, {
      button: 'Woningcorporatie Demo (MRA)',
      subject: 'e2e-corporatie',
      email: 'corporatie.mra@demo.thuisplan.invalid',
    });
    assert.equal(me.username, 'corporatie.mra');
    assert.equal(me.role, 'CORPORATIE_MEDEWERKER');
    assert.equal(me.region?.code, 'MRA');
    assert.equal(me.municipality, null);
    assert.match(me.shownAs, /Woningcorporatie Demo/);
  } finally {
    await session.context.close();
  }
});

test('an unknown address at an approved domain waits for approval, with the Dutch message', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'sso-waiting', { url: appUrl });
  try {
    const { page } = session;
    await page.goto('/login');
    // the address leads to the provider of its domain
    await page.getByLabel('E-mailadres van het werk').fill('nieuw@amsterdam-e2e.example');
    await page.getByRole('button', { name: 'Verder naar uw organisatie' }).click();
    await page.waitForURL((url) => url.href.startsWith(providerUrl));
    await page.locator('input[name=username]').fill('e2e-nieuw');
    await page.locator('textarea[name=claims]').fill(JSON.stringify({ email: 'nieuw@amsterdam-e2e.example' }));
    await page.locator('input[type=submit]').click();
    await page.waitForURL((url) => url.href.startsWith(appUrl) && url.pathname === '/login');
    assert.equal(new URL(page.url()).searchParams.get('sso'), 'SSO_AWAITING_APPROVAL');
    await page.getByTestId('sso-message').getByText('wacht op goedkeuring', { exact: false }).waitFor();
    const cookies = await session.context.cookies(appUrl);
    assert.equal(cookies.find((c) => c.name === 'thuisplan_access'), undefined);
  } finally {
    await session.context.close();
  }
});

test('logging out ends the session here and at the provider (RP-initiated logout)', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'sso-logout', { url: appUrl });
  try {
    await ssoLogin(session, {
      button: 'Gemeente Amsterdam',
      subject: 'e2e-amsterdam-logout',
      email: 'gemeente.amsterdam@demo.thuisplan.invalid',
    });
    const { page } = session;
    const atProvider = page.waitForRequest((r) => r.isNavigationRequest() && r.url().startsWith(`${providerUrl}/gemeente/endsession`));
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const endSession = new URL((await atProvider).url());
    assert.ok(endSession.searchParams.get('id_token_hint'), 'the provider is told whose session ends');
    assert.equal(endSession.searchParams.get('post_logout_redirect_uri'), `${appUrl}/login`);
    // the provider sends the browser back to Thuisplan's login page
    await page.waitForURL((url) => url.href.startsWith(appUrl) && url.pathname === '/login');
    await page.getByRole('heading', { name: 'Inloggen', exact: true }).waitFor();
    assert.equal((await page.request.get('/api/v1/me')).status(), 401);
    const cookies = await session.context.cookies();
    assert.equal(cookies.find((c) => c.name === 'thuisplan_access'), undefined);
  } finally {
    await session.context.close();
  }
});
