// Shared pieces of the end-to-end tests: the browser, the base URL, logging in, axe and screenshots.
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
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
  const login = await fetch(`${baseUrl()}/api/v1/auth/login`, {
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

/**
 * The mail the application sent, as the SMTP server in e2e/run.mjs received it (harness/smtp.mjs's messages).
 * `waitFor(to, subject)` polls for the first message to that address with that subject.
 */
export function mailbox() {
  const url = process.env.E2E_MAILBOX_URL;
  if (!url) throw new Error('E2E_MAILBOX_URL is not set: run the suite with "npm run e2e", which starts an SMTP server');
  const messages = async () => (await fetch(url)).json();
  const waitFor = async (to, subject, timeoutMs = 30_000) => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const all = await messages();
      const found = all.find((m) => m.envelope.to.includes(to.toLowerCase()) && m.subject === subject);
      if (found) return found;
      if (Date.now() > until) throw new Error(`no mail "${subject}" to ${to} (received: ${JSON.stringify(all.map((m) => [m.envelope.to, m.subject]))})`);
      await new Promise((done) => setTimeout(done, 500));
    }
  };
  return { messages, waitFor };
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
export async function openSession(browser, testName, { url = baseUrl(), viewport = { width: 1280, height: 900 }, deviceScaleFactor = 1 } = {}) {
  const context = await browser.newContext({ baseURL: url, locale: 'nl-NL', viewport, deviceScaleFactor });
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
 * start page: the login goes to "/" first, which redirects once /api/v1/me has answered, so leaving the
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

// --- reflow (WCAG 1.4.10) ---------------------------------------------------------------------

/**
 * The sizes a page must work at without scrolling sideways, in CSS pixels: browser zoom divides the
 * window's width by the zoom factor, so 400% of a 1280 px wide window is 320 px (also a small phone) and
 * 200% of 1280×800 is 640×400. The contexts use deviceScaleFactor 2, as a zoomed or phone screen renders.
 */
export const REFLOW_VIEWPORTS = [
  { name: '400%', width: 320, height: 256 },
  { name: '200%', width: 640, height: 400 },
];

/** The WCAG tags axe runs with here, and the rules this project asks for by name (some are off by default). */
const REFLOW_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const REFLOW_RULES = ['target-size', 'label-content-name-mismatch', 'scrollable-region-focusable'];

/**
 * What makes the page wider than the viewport: the outermost elements whose right edge lies beyond it and
 * that are not inside something that scrolls sideways on its own (a data table in its scroll region).
 */
function widerThanViewport() {
  const limit = document.documentElement.clientWidth;
  const scrollsOnItsOwn = (el) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const style = getComputedStyle(p);
      if (/(auto|scroll|hidden|clip)/.test(style.overflowX)) return true;
    }
    return false;
  };
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.right <= limit + 1 || scrollsOnItsOwn(el)) continue;
    if (found.some((outer) => outer.contains(el))) continue;
    found.push(el);
    if (found.length >= 5) break;
  }
  return found.map((el) => {
    const name = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + [...el.classList].slice(0, 3).map((c) => `.${c}`).join('');
    return `${name} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`;
  });
}

const axeOnce = (page) =>
  new AxeBuilder({ page })
    .withTags(REFLOW_TAGS)
    .options({ rules: Object.fromEntries(REFLOW_RULES.map((rule) => [rule, { enabled: true }])) })
    .analyze();

/** axe on the page; once more when the page replaced itself meanwhile (a redirect after loading its data). */
async function reflowAxe(page) {
  try {
    return await axeOnce(page);
  } catch (error) {
    if (!/context was destroyed|navigation/i.test(String(error?.message))) throw error;
    await page.waitForLoadState('networkidle');
    return axeOnce(page);
  }
}

/**
 * Checks the page `session.page` shows at every size of REFLOW_VIEWPORTS: no sideways scrolling of the page
 * (document.scrollingElement.scrollWidth <= the viewport's width) and no serious or critical axe finding at
 * WCAG 2.x A/AA, with `target-size`, `label-content-name-mismatch` and `scrollable-region-focusable` run
 * explicitly. Answers the problems found, each a line naming the page and the size; `waitForPage(page)`
 * runs after every resize (e.g. to let a chart redraw). The viewport is set back afterwards.
 */
export async function checkReflow(page, name, { viewports = REFLOW_VIEWPORTS, waitForPage = async () => {} } = {}) {
  const original = page.viewportSize();
  const problems = [];
  try {
    for (const viewport of viewports) {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.waitForLoadState('networkidle');
      await waitForPage(page);
      // two frames: layout after the resize, then whatever a ResizeObserver changed
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const where = `${name} at ${viewport.name} (${viewport.width}×${viewport.height}) ${new URL(page.url()).pathname}`;
      const { scrollWidth, viewportWidth } = await page.evaluate(() => ({
        scrollWidth: document.scrollingElement.scrollWidth,
        viewportWidth: window.innerWidth,
      }));
      if (scrollWidth > viewportWidth) {
        const culprits = await page.evaluate(widerThanViewport);
        problems.push(`${where}: the page is ${scrollWidth} px wide, the viewport ${viewportWidth} px; too wide: ${culprits.join(', ')}`);
      }
      const results = await reflowAxe(page);
      const ran = new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id));
      for (const rule of REFLOW_RULES) {
        if (!ran.has(rule)) problems.push(`${where}: axe did not run the rule ${rule}`);
      }
      for (const violation of results.violations) {
        if (violation.impact === 'serious' || violation.impact === 'critical') {
          const targets = violation.nodes.slice(0, 5).map((node) => node.target.join(' ')).join('; ');
          problems.push(`${where}: [${violation.impact}] ${violation.id} – ${violation.help} (${targets})`);
        }
      }
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
  return problems;
}

/** Asserts an API answer's status (the body in the message when it differs) and answers its body. */
export async function ok(response, status, what) {
  assert.equal(response.status, status, `${what}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * Saves scenario `s` as `total` homes divided over the inhabitants and adopts it with a besluit of the
 * portefeuillehoudersoverleg (adoption requires the decision's date, reference and body), as the region's
 * programme manager `pm` would in the browser.
 */
export async function adoptScenario(pm, s, { total, reference }) {
  const saved = await ok(
    await pm('PUT', `/api/v1/allocation/scenarios/${s.id}`, {
      name: s.name,
      totalSource: 'ENTERED',
      total,
      method: 'LARGEST_REMAINDER',
      referenceDate: s.referenceDate,
      criteria: [{ indicator: 'inhabitants', weight: '1' }],
      draagkracht: null,
      bounds: [],
      lockVersion: s.lockVersion,
    }),
    200,
    'scenario',
  );
  await ok(
    await pm('POST', `/api/v1/allocation/scenarios/${s.id}/adopt`, {
      lockVersion: saved.lockVersion,
      decisionDate: new Date().toISOString().slice(0, 10),
      decisionReference: reference,
      decisionBody: 'Portefeuillehoudersoverleg Wonen',
    }),
    200,
    'adopt',
  );
}
