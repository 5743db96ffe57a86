// End-to-end: the formatted view ("Opmaak") of the woonzorgvisie editor. gemeente.nijmegen starts a document from
// its region's demo template (through the API), opens the section "Demografie en woningvoorraad" (whose starting
// text holds placeholders and a data block), switches to Opmaak, writes a heading and bold text with the toolbar,
// inserts a data block from the palette, waits for the autosave, reloads (the choice of view is remembered),
// switches to Markdown and finds the Markdown the server stores. Axe runs on the formatted view, also at 390 px;
// at 320 px the page does not scroll sideways.
//
// It may run more than once against one database (BASE_URL): the period starts in a year derived from the run.
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { apiAs, inSession, launchBrowser } from './support.mjs';

const TIMEOUT = 240_000;
const SECTION = 'analyse.demografie';
const screenshotDir = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
let browser;

before(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await browser?.close();
});

/** A new document for Nijmegen from the published demo template of its region; answers the document. */
async function newDocument() {
  const api = await apiAs('gemeente.nijmegen');
  const me = (await api('GET', '/api/v1/me')).body;
  const region = me.region.code;
  const templates = (await api('GET', `/api/v1/woonzorgvisie/regions/${region}/templates`)).body;
  const template = templates.find((t) => t.publishedVersionNo !== null);
  assert.ok(template, 'the demo mode publishes a template for every region');
  const fromYear = 2000 + (Date.now() % 96); // the API takes years 2000 to 2100
  const created = await api('POST', `/api/v1/woonzorgvisie/regions/${region}/documents`, {
    templateId: template.id,
    fromYear,
    toYear: fromYear + 4,
    municipalityCode: me.municipality.code,
  });
  assert.equal(created.status, 201, `the document is created: ${JSON.stringify(created.body)}`);
  return { api, document: created.body };
}

const sectionOf = (document) => document.chapters.flatMap((c) => c.sections).find((s) => s.key === SECTION);

test('a writer formats a section in the Opmaak view and the server stores Markdown', { timeout: TIMEOUT }, async () => {
  const { api, document } = await newDocument();
  const start = sectionOf(document).body;
  assert.match(start, /\{\{blok:kerncijfers\}\}$/, 'the starting text ends with a data block');
  const expected = `${start}\n\n## Wonen in Nijmegen\n\n**Belangrijk:** wij bouwen meer.\n\n{{blok:vraag-tabel}}`;

  await inSession(browser, 'richtext', 'gemeente.nijmegen', async ({ page, check }) => {
    const openSection = async () => {
      await page.getByTestId('section-nav').locator(`button[data-section="${SECTION}"]`).click();
      await page.locator(`[data-testid="section-pane"][data-section="${SECTION}"]`).waitFor();
    };
    await page.goto(`/woonzorgvisie/documenten/${document.id}`);
    await page.locator('main h1').filter({ hasText: document.title }).waitFor();
    await openSection();
    const pane = page.getByTestId('section-pane');
    const modes = pane.getByRole('group', { name: 'Weergave van de tekst' });
    await modes.getByRole('button', { name: 'Opmaak' }).click();
    const text = pane.getByRole('textbox', { name: 'Tekst (opmaak)' });
    await text.waitFor();
    assert.equal(await modes.getByRole('button', { name: 'Opmaak' }).getAttribute('aria-pressed'), 'true');

    // the markers are chips with their Dutch labels
    assert.equal(await text.locator('[data-figure="kerncijfers.inwoners"]').textContent(), 'Plaatshouder: Inwoners');
    assert.match(await text.locator('[data-block="kerncijfers"]').textContent(), /Gegevensblok: Kerncijfers/);

    // a heading, bold text and a data block from the palette, below the starting text
    const toolbar = pane.getByRole('toolbar', { name: 'Opmaak van de tekst' });
    await text.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Wonen in Nijmegen', { delay: 5 });
    await toolbar.getByRole('button', { name: 'Kop 2' }).click();
    assert.equal(await toolbar.getByRole('button', { name: 'Kop 2' }).getAttribute('aria-pressed'), 'true');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await toolbar.getByRole('button', { name: 'Vet' }).click();
    await page.keyboard.type('Belangrijk:', { delay: 5 });
    await toolbar.getByRole('button', { name: 'Vet' }).click();
    await page.keyboard.type(' wij bouwen meer.', { delay: 5 });
    await page.keyboard.press('Enter');
    await pane.getByText('Gegevensblok invoegen').click();
    await pane.getByRole('button', { name: /^Gegevensblok Vraag per aandachtsgroep invoegen/ }).click();
    await pane.getByText('Gegevensblok invoegen').click(); // closes the menu
    await text.locator('[data-block="vraag-tabel"]').waitFor();
    await text.locator('h2').filter({ hasText: 'Wonen in Nijmegen' }).waitFor();
    await text.locator('strong').filter({ hasText: 'Belangrijk:' }).waitFor();

    // the autosave stores the Markdown
    let stored = '';
    for (let i = 0; i < 60 && stored !== expected; i++) {
      await page.waitForTimeout(500);
      stored = sectionOf((await api('GET', `/api/v1/woonzorgvisie/documents/${document.id}`)).body).body;
    }
    assert.equal(stored, expected, 'the server stores the Markdown of what was formatted');
    await page.getByTestId('autosave-state').filter({ hasText: /^Opgeslagen \d{1,2}:\d{2}$/ }).waitFor();
    await check('opmaak');
    await page.locator('.tp-wzv-pane').screenshot({ path: join(screenshotDir, 'woonzorgvisie-opmaak-desktop.png') });

    // after a reload the view is still Opmaak; Markdown shows what is stored
    await page.reload();
    await page.locator('main h1').filter({ hasText: document.title }).waitFor();
    await openSection();
    await text.waitFor();
    await text.locator('[data-block="vraag-tabel"]').waitFor();
    await modes.getByRole('button', { name: 'Markdown' }).click();
    const markdown = pane.getByLabel('Tekst (Markdown)');
    await markdown.waitFor();
    assert.equal(await markdown.inputValue(), expected);

    // a phone: the formatted view is accessible and, at 320 px, nothing scrolls sideways
    await modes.getByRole('button', { name: 'Opmaak' }).click();
    await text.waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await check('opmaak-phone');
    await pane.screenshot({ path: join(screenshotDir, 'woonzorgvisie-opmaak-phone.png') });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.waitForTimeout(300);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page does not scroll sideways at 320 px (${overflow} px too wide)`);
    const toolbarBox = await toolbar.boundingBox();
    assert.ok(toolbarBox && toolbarBox.x + toolbarBox.width <= 320, 'the toolbar wraps within 320 px');
  });
});
