// Shared pieces of the end-to-end tests: the browser, the base URL, logging in, axe and screenshots.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const PASSWORD = 'thuisplan-demo';
const screenshotDir = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');

/**
 * The application under test: BASE_URL, which `npm run e2e` (e2e/run.mjs) sets to the real jar it started,
 * or to the BASE_URL it was given.
 */
export function baseUrl() {
  const url = process.env.BASE_URL;
  if (!url) throw new Error('BASE_URL is not set: run the suite with "npm run e2e", which starts the application');
  return url.replace(/\/$/, '');
}

/**
 * The API as `username`, through the login endpoint of the contract, for what a test needs beside the
 * browser (another user's change, the figures a page must show). Answers `{ status, body }`.
 */
export async function apiAs(username, password = PASSWORD) {
  const login = await fetch(`${baseUrl()}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`${username} could not log in through the API: ${login.status}`);
  const { access_token: token } = await login.json();
  return async (method, path, body) => {
    const response = await fetch(`${baseUrl()}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json().catch(() => null) };
  };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * One browser context per test, so sessionStorage (the tokens) starts empty.
 * `check(name)` runs axe on the current page and saves a screenshot; `assertAccessible()`
 * fails the test listing every serious or critical violation seen on any page. A Content-Security-Policy
 * violation (a console error) fails the next `check` and `inSession`.
 * `url` is the application the session opens relative paths on (default: BASE_URL).
 */
export async function openSession(browser, testName, { url = baseUrl() } = {}) {
  const context = await browser.newContext({ baseURL: url, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const violations = [];
  // The server's Content-Security-Policy must let every page work: Chromium reports each thing it
  // refused (a script, style, image, font, fetch) as a console error, and any such error fails the test.
  const cspViolations = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      cspViolations.push(`${page.url()}: ${message.text()}`);
    }
  });
  await mkdir(screenshotDir, { recursive: true });

  function assertNoCspViolations() {
    if (cspViolations.length > 0) {
      throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    }
  }

  async function check(name) {
    await page.waitForLoadState('networkidle');
    assertNoCspViolations();
    await page.screenshot({ path: join(screenshotDir, `${testName}-${name}.png`), fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const violation of results.violations) {
      if (violation.impact === 'serious' || violation.impact === 'critical') {
        const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join('; ');
        violations.push(`${name} ${page.url()}: [${violation.impact}] ${violation.id} – ${violation.help} (${targets})`);
      }
    }
  }

  function assertAccessible() {
    if (violations.length > 0) {
      throw new Error(`Accessibility violations (serious/critical):\n${violations.join('\n')}`);
    }
  }

  return { context, page, check, assertAccessible, assertNoCspViolations };
}

/**
 * Logs in through the form, as a person would, and waits until the app has arrived on the user's own
 * start page: the login goes to "/" first, which redirects once /api/me has answered, so leaving the
 * login page is not yet arriving.
 */
export async function logIn(session, username, password = PASSWORD) {
  const { page, check } = session;
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await check('login');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/login' && url.pathname !== '/');
  await page.locator('main h1').first().waitFor();
}

/**
 * Runs `body` in a fresh browser session of `username` (logged in), checks the page it ends on for
 * accessibility, and always closes the session.
 */
export async function inSession(browser, name, username, body) {
  const session = await openSession(browser, name);
  try {
    await logIn(session, username);
    await body(session);
    session.assertNoCspViolations();
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
}

/** The main navigation of the app layout. */
export const mainNav = (page) => page.getByRole('navigation', { name: 'Hoofdnavigatie' });

/**
 * Every role starts on "Mijn werk" (/mijn-werk); its introduction links the role's own overview (its municipality,
 * region, the regions or the partner page). Waits for Mijn werk, follows that link and waits until `path` is open.
 */
export async function toFormerStart(page, path) {
  await page.waitForURL((url) => url.pathname === '/mijn-werk', { timeout: 30_000 });
  await page.getByTestId('my-work-intro').getByRole('link').click();
  await page.waitForURL((url) => url.pathname === path, { timeout: 30_000 });
  await page.locator('main h1').first().waitFor();
}

/** The fields of one CSV line (quotes doubled inside quoted fields; no line breaks inside fields). */
export function splitCsvLine(line, delimiter) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) fields.push(field), (field = '');
    else field += ch;
  }
  fields.push(field);
  return fields;
}
