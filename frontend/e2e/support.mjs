// Shared pieces of the end-to-end tests: the browser, the base URL, logging in, axe and screenshots.
import { AxeBuilder } from '@axe-core/playwright';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startMockBackend } from './mock-backend.mjs';

export const PASSWORD = 'thuisplan-demo';
const screenshotDir = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');

/**
 * BASE_URL points at a running backend that serves the built frontend.
 * Without it the tests start the mock backend from this folder (needs `npm run build`).
 */
export async function startTarget() {
  if (process.env.BASE_URL) return { baseUrl: process.env.BASE_URL.replace(/\/$/, ''), stop: async () => {} };
  const mock = await startMockBackend(0);
  console.log(`# BASE_URL not set: testing against the mock backend on ${mock.url}`);
  return { baseUrl: mock.url, stop: mock.close };
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
 * fails the test listing every serious or critical violation seen on any page.
 */
export async function openSession(browser, baseUrl, testName) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const violations = [];
  await mkdir(screenshotDir, { recursive: true });

  async function check(name) {
    await page.waitForLoadState('networkidle');
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

  return { context, page, check, assertAccessible };
}

/** Logs in through the form, as a person would, and waits until the app has left the login page. */
export async function logIn(session, username, password = PASSWORD) {
  const { page, check } = session;
  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
  await check('login');
  await page.getByLabel('Gebruikersnaam').fill(username);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('main h1').first().waitFor();
}

/**
 * Runs `body` in a fresh browser session of `username` (logged in), checks the page it ends on for
 * accessibility, and always closes the session.
 */
export async function inSession(browser, baseUrl, name, username, body) {
  const session = await openSession(browser, baseUrl, name);
  try {
    await logIn(session, username);
    await body(session);
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
}

/** The main navigation of the app layout. */
export const mainNav = (page) => page.getByRole('navigation', { name: 'Hoofdnavigatie' });
