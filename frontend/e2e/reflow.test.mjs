// End-to-end: every page of every role reflows (WCAG 1.4.10) at 400% zoom / a 320 px phone and at 200% zoom,
// without sideways scrolling of the page (data tables scroll on their own), and passes axe at A/AA with
// target-size, label-content-name-mismatch and scrollable-region-focusable (support.mjs: checkReflow).
// The pages are found as a person finds them: from each role's start page, every link in the header, the
// navigation and the page is followed, one page per route of AppRoutes.tsx.
// Run with `npm run e2e -- e2e/reflow.test.mjs`, which starts the application (or tests BASE_URL).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { apiAs, checkReflow, launchBrowser, logIn, openSession } from './support.mjs';

const TIMEOUT = 900_000;
/** Enough pages for every route a role reaches; a guard against following links forever. */
const MAX_PAGES_PER_ROLE = 40;

/** The routes of AppRoutes.tsx (the first test keeps this list in step with that file). */
const ROUTES = [
  '/login',
  '/wachtwoord/nieuw',
  '/wachtwoord/vergeten',
  '/wachtwoord/wijzigen',
  '/mijn-werk',
  '/partner',
  '/mijn-sessies',
  '/tweestapsverificatie',
  '/meldingen',
  '/begrippen',
  '/toegankelijkheid',
  '/regios',
  '/regios/:code',
  '/regios/:code/vraaganalyses/:year',
  '/regios/:code/aandachtsgroepen',
  '/gemeenten/:code',
  '/gemeenten/:code/vraaganalyse/:year',
  '/vraaganalyses/:id',
  '/regios/:code/verdeling',
  '/regios/:code/indicatoren',
  '/verdeling/modellen/:id',
  '/verdeling/modellen/:id/resultaat',
  '/regios/:code/urgentie',
  '/urgentie/versies/:id',
  '/urgentie/vergelijk',
  '/regios/:code/woonzorgvisie',
  '/regios/:code/woonzorgvisie/sjablonen',
  '/woonzorgvisie/sjablonen/:id/versies/:no',
  '/woonzorgvisie/documenten/:id',
  '/dashboard',
  '/dashboard/regios/:code',
  '/beheer',
  '/beheer/personen/:id',
  '/beheer/uitnodigen',
  '/beheer/uitnodigen/bestand',
  '/beheer/organisaties',
  '/beheer/regios',
  '/beheer/logboek',
];
/** Routes that are no page of their own: "/" redirects to the start page, "*" is the page-not-found. */
const NOT_PAGES = ['/', '*'];
/** Open before logging in ("/wachtwoord/nieuw" is reached through a link sent by mail; opened without one, it says the link is missing). */
const PUBLIC_PAGES = ['/login', '/wachtwoord/vergeten', '/wachtwoord/nieuw', '/toegankelijkheid'];


const patterns = ROUTES.map((route) => ({
  route,
  regex: new RegExp(`^${route.replace(/:[a-z]+/g, '[^/]+')}/?$`),
}));
const routeOf = (pathname) => patterns.find((p) => p.regex.test(pathname))?.route;

/**
 * Pages no link leads to as such (a choice in a form opens them, or the link shows only in a later state),
 * opened directly, per role; filled in by `before` with the ids of what it made.
 */
// the glossary and the accessibility statement are linked from the footer (which the crawl does not follow)
const extraPages = { 'regio.mra': [], beheerder: ['/beheer/uitnodigen/bestand', '/begrippen', '/toegankelijkheid'] };

/**
 * What the demo data lacks for every page to exist: a started demand analysis (gemeente Diemen), a verdeelmodel,
 * two versions of an urgentieregeling and a woonzorgvisie document. Made through the API; a step that fails
 * (e.g. a conflict with what an earlier run left) leaves its page to the check that every route was visited.
 */
async function seed() {
  const year = new Date().getFullYear();
  const diemen = await apiAs('gemeente.diemen');
  const started = await diemen('POST', `/api/v1/demand/municipalities/GM0384/years/${year}`);
  const analysis = started.status === 201 ? started.body : (await diemen('GET', `/api/v1/demand/municipalities/GM0384/years/${year}`)).body;
  if (analysis?.id) extraPages['regio.mra'].push(`/vraaganalyses/${analysis.id}`);

  const templates = (await diemen('GET', '/api/v1/woonzorgvisie/regions/MRA/templates')).body ?? [];
  const template = templates.find((t) => t.publishedVersionNo !== null);
  if (template) {
    await diemen('POST', '/api/v1/woonzorgvisie/regions/MRA/documents', {
      templateId: template.id,
      municipalityCode: 'GM0384',
      subregionCode: null,
      fromYear: year,
      toYear: year + 4,
    });
  }

  const mra = await apiAs('regio.mra');
  const groups = ((await mra('GET', '/api/v1/regions/MRA/target-groups')).body ?? []).filter((g) => g.active !== false);
  const model = await mra('POST', '/api/v1/allocation/regions/MRA/models', {
    name: `Reflow ${Date.now()}`,
    period: String(year + 3),
    targetGroups: groups.slice(0, 1).map((g) => g.code),
  });
  if (model.body?.id) extraPages['regio.mra'].push(`/verdeling/modellen/${model.body.id}/resultaat`);

  const schemes = [];
  for (const n of [1, 2]) {
    const from = 2300 + (Date.now() % 400) * 4 + n * 4;
    const scheme = await mra('POST', '/api/v1/urgency/regions/MRA/schemes', {
      name: `Reflow ${n} ${Date.now()}`,
      validFrom: `${from}-01-01`,
      validTo: `${from + 3}-12-31`,
      legalBasis: { name: 'Huisvestingsverordening', date: `${from - 1}-11-15` },
      fromTemplate: true,
      copyOf: null,
    });
    if (scheme.body?.id) schemes.push(scheme.body.id);
  }
  if (schemes.length === 2) extraPages['regio.mra'].push(`/urgentie/vergelijk?a=${schemes[0]}&b=${schemes[1]}`);
}

const visited = new Set();
const problems = [];
let browser;

before(async () => {
  browser = await launchBrowser();
  await seed();
});

after(async () => {
  await browser?.close();
});

/** Waits until the page has its heading (its data loaded), or gives up quietly: checkReflow still runs. */
async function settle(page) {
  await page.locator('main h1').first().waitFor({ timeout: 20_000 }).catch(() => {});
  await page.waitForLoadState('networkidle');
}

/** The app's own pages this page links to: header, navigation and main, not downloads or the API. */
function linksOn(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('header a[href], nav a[href], main a[href]')]
      .filter((a) => !a.hasAttribute('download'))
      .map((a) => new URL(a.getAttribute('href'), location.href))
      .filter((url) => url.origin === location.origin && !url.pathname.startsWith('/api/v1'))
      .map((url) => url.pathname + url.search),
  );
}

test('the list of routes is the one AppRoutes.tsx declares', async () => {
  const source = await readFile(join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'AppRoutes.tsx'), 'utf8');
  const declared = [...source.matchAll(/path="([^"]+)"/g)].map((m) => m[1]).filter((path) => !NOT_PAGES.includes(path));
  assert.deepEqual([...declared].sort(), [...ROUTES].sort());
});

test('the pages before logging in reflow at 400% and 200% zoom', { timeout: TIMEOUT }, async () => {
  const session = await openSession(browser, 'reflow-public', { deviceScaleFactor: 2 });
  try {
    for (const path of PUBLIC_PAGES) {
      await session.page.goto(path);
      await settle(session.page);
      problems.push(...(await checkReflow(session.page, 'anonymous')));
      visited.add(routeOf(path));
    }
  } finally {
    await session.context.close();
  }
});

/** Follows every link from `username`'s start page, one page per route, and checks each (see the top). */
async function reflowOfRole(username) {
  const session = await openSession(browser, `reflow-${username}`, { deviceScaleFactor: 2 });
  try {
    const { page } = session;
    await logIn(session, username);
    const seen = new Set();
    const queue = [new URL(page.url()).pathname, ...(extraPages[username] ?? [])];
    let pages = 0;
    while (queue.length > 0 && pages < MAX_PAGES_PER_ROLE) {
      const path = queue.shift();
      const route = routeOf(path.split('?')[0]);
      if (!route || seen.has(route)) continue;
      seen.add(route);
      await page.goto(path);
      await settle(page);
      const arrived = routeOf(new URL(page.url()).pathname);
      if (arrived) seen.add(arrived);
      pages++;
      problems.push(...(await checkReflow(page, username)));
      session.assertNoCspViolations();
      if (arrived) visited.add(arrived);
      for (const link of await linksOn(page)) {
        const next = routeOf(link.split('?')[0]);
        if (next && !seen.has(next) && next !== '/login') queue.push(link);
      }
    }
    assert.ok(pages > 1, `${username} reached more than its start page`);
  } finally {
    await session.context.close();
  }
}

// one test per role, each on its own line, so run.mjs counts them as declared
test('every page gemeente.diemen reaches reflows at 400% and 200% zoom', { timeout: TIMEOUT }, () => reflowOfRole('gemeente.diemen'));
test('every page regio.mra reaches reflows at 400% and 200% zoom', { timeout: TIMEOUT }, () => reflowOfRole('regio.mra'));
test('every page provincie.overijssel reaches reflows at 400% and 200% zoom', { timeout: TIMEOUT }, () => reflowOfRole('provincie.overijssel'));
test('every page corporatie.mra reaches reflows at 400% and 200% zoom', { timeout: TIMEOUT }, () => reflowOfRole('corporatie.mra'));
test('every page beheerder reaches reflows at 400% and 200% zoom', { timeout: TIMEOUT }, () => reflowOfRole('beheerder'));

test('no page scrolls sideways or has a serious accessibility finding at 400% or 200% zoom', () => {
  assert.deepEqual(problems, []);
});

test('every route was visited by some role', () => {
  assert.deepEqual(ROUTES.filter((route) => !visited.has(route)), []);
});
