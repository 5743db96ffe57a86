// End-to-end: a woonzorgvisie for Regio Twente (ENS), as its users would write one. regio.ens creates a template,
// adds a required section whose starting text holds a placeholder and a data block from the palette, saves and
// publishes it; gemeente.enschede creates the Enschede document from it, writes that section (autosave), meets a
// conflict (the same section saved meanwhile through the API, as a colleague would) and keeps its own text, then
// submits (filling any required section the server names as empty); regio.ens comments in the review, resolves the
// comment and gives the region's akkoord; gemeente.enschede records the adoption by its gemeenteraad (the
// raadsbesluit's date and reference), reads it and downloads its PDF.
//
// Only the API contract and visible text are used. It may run more than once against one database (BASE_URL): names
// carry the run's timestamp and the period starts in a year derived from it, so a new document never meets
// DOCUMENT_EXISTS from an earlier run.
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { apiAs, inSession, launchBrowser, mainNav } from './support.mjs';

const TIMEOUT = 300_000;
const screenshotDir = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
let browser;

before(async () => {
  browser = await launchBrowser();
  await mkdir(screenshotDir, { recursive: true });
});

after(async () => {
  await browser?.close();
});

const withSession = (name, username, body) => inSession(browser, name, username, body);

/** A picture of one element, after its canvas (if any) has been drawn. */
async function shoot(locator, name, { canvas = false } = {}) {
  await locator.scrollIntoViewIfNeeded();
  if (canvas) {
    await locator.locator('canvas').first().waitFor();
    await locator.page().waitForTimeout(700); // the charts animate for 300 ms
  }
  await locator.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

const sectionsOf = (document) => document.chapters.flatMap((c) => c.sections);
const autosaved = (page) => page.getByTestId('autosave-state').filter({ hasText: /^Opgeslagen \d{1,2}:\d{2}$/ }).waitFor();

/** Writes text at the end of the open section and waits for the autosave. */
async function write(page, text) {
  const body = page.getByLabel('Tekst (Markdown)');
  await body.click();
  await body.press('Control+End');
  // a new paragraph: a data block may end the text, and a block line holds nothing else
  await body.press('Enter');
  await body.press('Enter');
  await body.pressSequentially(text, { delay: 5 });
  await autosaved(page);
}

test('a woonzorgvisie goes from a new template through writing, a conflict, review and comments to adoption and its PDF', { timeout: TIMEOUT }, async () => {
  const run = Date.now();
  const templateName = `Woonzorgvisie Twente (e2e ${run})`;
  const sectionTitle = `Wonen met zorg in de wijk ${run % 100000}`;
  const fromYear = 2040 + (run % 50);
  let documentId;

  // --- regio.ens: a template with a required section using the palette, published -----------------------
  await withSession('woonzorgvisie-regio', 'regio.ens', async ({ page, check }) => {
    await mainNav(page).getByRole('link', { name: 'Woonzorgvisie', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/regios/ENS/woonzorgvisie');
    await page.getByRole('heading', { level: 1, name: 'Woonzorgvisies' }).waitFor();
    await page.getByRole('link', { name: 'Sjablonen beheren' }).first().click();
    await page.waitForURL((url) => url.pathname === '/regios/ENS/woonzorgvisie/sjablonen');
    await page.getByTestId('new-template-form').waitFor();
    await check('templates');

    const form = page.getByTestId('new-template-form');
    await form.getByLabel('Naam', { exact: true }).fill(templateName);
    await form.getByLabel('Omschrijving (optioneel)').fill('Sjabloon voor de woonzorgvisies van de Twentse gemeenten.');
    await form.getByRole('button', { name: 'Sjabloon aanmaken' }).click();
    await page.waitForURL(/\/woonzorgvisie\/sjablonen\/\d+\/versies\/\d+$/);
    const editor = page.getByTestId('template-editor');
    await editor.waitFor();
    const chapters = editor.getByTestId('outline').locator('li[data-chapter]');
    assert.ok((await chapters.count()) >= 10, 'version 1 holds the default chapter list');

    // a new section in the second chapter (1 Inleiding)
    await chapters.nth(1).getByRole('button', { name: /^\+ Paragraaf toevoegen aan/ }).click();
    const detail = editor.getByTestId('section-detail');
    await detail.getByLabel('Titel van de paragraaf').fill(sectionTitle);
    await detail.getByLabel('Toelichting voor de schrijver').fill('Beschrijf hoe de gemeente wonen met zorg in de wijken wil organiseren.');
    await detail.getByLabel(/^Verplicht/).check();
    const body = detail.getByLabel('Begintekst (Markdown)');
    await body.fill(' telt veel inwoners die zorg thuis krijgen.');
    await body.press('Home');
    await detail.getByText('Plaatshouder invoegen').click();
    await detail.getByRole('button', { name: /^Naam van de gemeente of deelregio invoegen/ }).click();
    await detail.getByText('Plaatshouder invoegen').click(); // closes the menu
    await body.press('Control+End');
    await detail.getByText('Gegevensblok invoegen').click();
    await detail.getByRole('button', { name: /^Gegevensblok Vraag per aandachtsgroep invoegen/ }).click();
    await detail.getByText('Gegevensblok invoegen').click();
    const text = await body.inputValue();
    assert.match(text, /^\{\{gemeente\.naam\}\} telt veel inwoners/, 'the placeholder goes in at the caret');
    assert.match(text, /\n\{\{blok:vraag-tabel\}\}\n?$/, 'the data block goes on a line of its own');
    const preview = detail.getByTestId('template-preview');
    await preview.getByTestId('data-block').first().waitFor();
    await preview.locator('.tp-parts__text').filter({ hasText: 'telt veel inwoners' }).waitFor();
    assert.doesNotMatch(await preview.locator('.tp-parts__text').first().textContent(), /\{\{/, 'the placeholder is replaced in the preview');

    await editor.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByTestId('template-save-state').filter({ hasText: 'Opgeslagen.' }).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await check('template-editor');
    await page.screenshot({ path: join(screenshotDir, 'woonzorgvisie-template-editor.png') });
    await shoot(preview, 'woonzorgvisie-template-preview', { canvas: false });

    await editor.getByRole('button', { name: 'Publiceren…' }).click();
    const dialog = page.getByRole('dialog', { name: /publiceren\?$/ });
    await dialog.waitFor();
    assert.match(await dialog.getByTestId('step-summary').textContent(), /Deze versie heeft \d+ hoofdstukken en \d+ paragrafen/);
    await check('publish-dialog');
    await dialog.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await editor.locator('[data-status="PUBLISHED"]').first().waitFor();
    await editor.getByRole('button', { name: 'Nieuwe versie' }).waitFor();
    assert.equal(await editor.getByRole('button', { name: 'Opslaan', exact: true }).count(), 0, 'a published version is not edited');
  });

  // --- gemeente.enschede: the document, a section written (autosave), a conflict, submitted ------------------
  await withSession('woonzorgvisie-enschede', 'gemeente.enschede', async ({ page, check }) => {
    await mainNav(page).getByRole('link', { name: 'Woonzorgvisie', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/regios/ENS/woonzorgvisie');
    const form = page.getByTestId('new-document-form');
    await form.waitFor();
    assert.equal(await form.getByTestId('own-municipality').textContent(), 'Enschede');
    await form.getByLabel('Sjabloon').selectOption({ label: `${templateName} (versie 1)` });
    await form.getByLabel('Van jaar').fill(String(fromYear));
    await form.getByLabel('Tot en met jaar').fill(String(fromYear + 4));
    await check('overview-writer');
    await form.getByRole('button', { name: 'Woonzorgvisie aanmaken' }).click();
    await page.waitForURL(/\/woonzorgvisie\/documenten\/\d+$/);
    documentId = Number(/(\d+)$/.exec(new URL(page.url()).pathname)[1]);
    await page.getByRole('heading', { level: 1, name: `Woonzorgvisie Enschede ${fromYear}–${fromYear + 4}` }).waitFor();

    const nav = page.getByTestId('section-nav');
    await nav.getByRole('button', { name: new RegExp(sectionTitle) }).click();
    const pane = page.getByTestId('section-pane');
    await pane.getByRole('heading', { name: new RegExp(sectionTitle) }).waitFor();
    await pane.getByTestId('guidance').filter({ hasText: 'wonen met zorg in de wijken' }).waitFor();
    assert.match(await pane.getByLabel('Tekst (Markdown)').inputValue(), /\{\{gemeente\.naam\}\} telt veel inwoners/, 'the section starts with the template text');
    const putting = page.waitForRequest((r) => r.method() === 'PUT' && r.url().includes(`/api/v1/woonzorgvisie/documents/${documentId}/sections/`));
    await write(page, '\n\nWe bouwen tot 2030 extra geclusterde woningen nabij de wijkteams.');
    const sent = (await putting).postDataJSON();
    assert.equal(typeof sent.lockVersion, 'number', 'the autosave sends the lockVersion');
    const previewPane = page.getByTestId('document-preview');
    await previewPane.getByTestId('data-block').first().waitFor();
    await previewPane.locator('.tp-parts__text').filter({ hasText: 'geclusterde woningen' }).waitFor();
    await page.waitForTimeout(800);
    await check('document-editor');
    const chart = previewPane.getByTestId('block-chart');
    if ((await chart.count()) > 0) await chart.first().locator('canvas').waitFor();
    await page.waitForTimeout(700);
    await page.screenshot({ path: join(screenshotDir, 'woonzorgvisie-document-editor.png') });
    await shoot(previewPane.getByTestId('data-block').first(), 'woonzorgvisie-data-block', { canvas: (await chart.count()) > 0 });

    // a colleague saves the same section meanwhile (through the API); typing on here meets the conflict
    const colleague = await apiAs('gemeente.enschede');
    const stored = sectionsOf((await colleague('GET', `/api/v1/woonzorgvisie/documents/${documentId}`)).body).find((s) => s.title === sectionTitle);
    const theirs = `${stored.body}\n\nAanvulling van een collega: de zorgaanbieders zijn gesproken.`;
    const put = await colleague('PUT', `/api/v1/woonzorgvisie/documents/${documentId}/sections/${encodeURIComponent(stored.key)}`, { body: theirs, lockVersion: stored.lockVersion });
    assert.equal(put.status, 200, 'the colleague saves');
    const body = pane.getByLabel('Tekst (Markdown)');
    await body.click();
    await body.press('Control+End');
    await body.pressSequentially(' Mijn laatste zin.', { delay: 5 });
    const panel = pane.getByTestId('conflict-panel');
    await panel.waitFor();
    assert.match(await panel.getByTestId('conflict-theirs').textContent(), /Aanvulling van een collega/);
    assert.match(await panel.getByTestId('conflict-mine').textContent(), /Mijn laatste zin\.$/);
    assert.match(await body.inputValue(), /Mijn laatste zin\.$/, 'the typed text is not overwritten');
    await check('conflict');
    await shoot(panel, 'woonzorgvisie-conflict');
    await panel.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await autosaved(page);
    assert.equal(await pane.getByTestId('conflict-panel').count(), 0);
    const after = sectionsOf((await colleague('GET', `/api/v1/woonzorgvisie/documents/${documentId}`)).body).find((s) => s.key === stored.key);
    assert.match(after.body, /Mijn laatste zin\.$/, 'my version is stored');

    // submit; any required section the server names as empty gets a sentence first
    for (let attempt = 0; attempt < 4; attempt++) {
      // the answer to this click decides, not a problem still shown from the previous attempt
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/submit') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Ter beoordeling aanbieden' }).click(),
      ]);
      if (response.status() === 200) break;
      await page.getByTestId('action-problem').waitFor();
      assert.equal(await page.getByTestId('action-problem').getAttribute('data-code'), 'REQUIRED_SECTIONS_EMPTY');
      if (attempt === 0) await check('required-empty');
      const named = page.getByTestId('named-sections').locator('button[data-section]');
      const keys = await named.evaluateAll((buttons) => buttons.map((b) => b.dataset.section));
      assert.ok(keys.length > 0, 'the empty required sections are named');
      for (const key of keys) {
        await nav.locator(`button[data-section="${key}"]`).click();
        await page.locator(`[data-testid="section-pane"][data-section="${key}"]`).waitFor();
        await write(page, 'Deze paragraaf is voor de e2e-test ingevuld.');
      }
    }
    await page.getByTestId('document-meta').locator('[data-status="IN_REVIEW"]').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Ter beoordeling aanbieden' }).count(), 0);
    assert.equal(await page.getByRole('button', { name: 'Vaststellen…' }).count(), 0, 'a gemeente does not adopt');
  });

  // --- regio.ens: the overview, a comment, resolved, adopted, read, PDF ---------------------------------------
  await withSession('woonzorgvisie-review', 'regio.ens', async ({ page, check }) => {
    await mainNav(page).getByRole('link', { name: 'Woonzorgvisie', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/regios/ENS/woonzorgvisie');
    const row = page.getByTestId('documents-table').locator(`tr[data-document="${documentId}"]`);
    await row.waitFor();
    assert.match(await row.textContent(), /In beoordeling/);
    assert.match(await row.getByTestId('progress').textContent(), /\d+ van \d+ paragrafen ingevuld, verplicht (\d+)\/\1/);
    await check('overview');
    await page.screenshot({ path: join(screenshotDir, 'woonzorgvisie-overview.png') });
    await row.getByRole('link').click();
    await page.waitForURL((url) => url.pathname === `/woonzorgvisie/documenten/${documentId}`);
    await page.getByTestId('section-nav').getByRole('button', { name: new RegExp(sectionTitle) }).click();
    const pane = page.getByTestId('section-pane');
    await pane.getByRole('heading', { name: new RegExp(sectionTitle) }).waitFor();
    assert.equal(await pane.getByLabel('Tekst (Markdown)').count(), 0, 'the manager reads a gemeente document in review');
    const comments = pane.getByTestId('comments');
    await comments.getByLabel('Nieuwe opmerking bij deze paragraaf').fill('Graag de bron van de cijfers noemen.');
    await comments.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    const comment = comments.locator('li[data-comment]').filter({ hasText: 'Graag de bron van de cijfers noemen.' });
    await comment.waitFor();
    await page.getByTestId('section-nav').locator('button[data-state="comment"]').first().waitFor();
    await check('review');
    await page.screenshot({ path: join(screenshotDir, 'woonzorgvisie-review.png') });

    await comment.getByRole('button', { name: 'Markeren als opgelost' }).click();
    await comments.locator('li[data-resolved="true"]').filter({ hasText: 'Graag de bron' }).waitFor();

    // the region does not adopt a gemeente's document: it gives its akkoord, the gemeenteraad adopts (issue 15)
    assert.equal(await page.getByRole('button', { name: 'Vaststellen…' }).count(), 0, 'the region does not adopt a gemeente document');
    await page.getByRole('button', { name: 'Akkoord geven…' }).click();
    const approve = page.getByRole('dialog', { name: 'Akkoord geven op deze woonzorgvisie?' });
    await approve.waitFor();
    assert.match(await approve.getByTestId('step-summary').textContent(), /\d+ van \d+ paragrafen ingevuld; alle opmerkingen zijn afgehandeld/);
    await approve.getByLabel('Toelichting voor de gemeente (niet verplicht)').fill('Akkoord namens de regio.');
    await check('approve-dialog');
    await approve.getByRole('button', { name: 'Akkoord geven', exact: true }).click();
    await page.getByTestId('document-meta').locator('[data-status="APPROVED"]').waitFor();
    await page.getByTestId('approval').waitFor();
  });

  // --- gemeente.enschede: records the adoption by its gemeenteraad, reads it, PDF ---------------------------
  await withSession('woonzorgvisie-council', 'gemeente.enschede', async ({ page, check }) => {
    await page.goto(`/woonzorgvisie/documenten/${documentId}`);
    await page.getByTestId('document-meta').locator('[data-status="APPROVED"]').waitFor();
    await page.getByRole('button', { name: 'Vaststelling door de gemeenteraad vastleggen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vaststelling door de gemeenteraad vastleggen?' });
    await dialog.waitFor();
    await dialog.getByLabel('Datum van het raadsbesluit').fill(new Date().toISOString().slice(0, 10)); // a council decision is never in the future
    await dialog.getByLabel('Kenmerk van het raadsbesluit').fill(`RB-${run % 100000}`);
    await check('adopt-dialog');
    await dialog.getByRole('button', { name: 'Vaststelling vastleggen', exact: true }).click();
    await page.getByTestId('document-meta').locator('[data-status="ADOPTED"]').waitFor();
    const rendered = page.getByTestId('rendered-document');
    await rendered.waitFor();
    await rendered.getByRole('navigation', { name: 'Inhoud' }).getByRole('link', { name: new RegExp(sectionTitle) }).waitFor();
    assert.match(await rendered.textContent(), /Mijn laatste zin\./);
    assert.match(await page.getByTestId('decision').textContent(), new RegExp(`Vastgesteld door de gemeenteraad .*raadsbesluit RB-${run % 100000}`));
    await check('adopted');
    await page.screenshot({ path: join(screenshotDir, 'woonzorgvisie-adopted.png') });

    const downloading = page.waitForEvent('download');
    await page.getByRole('group', { name: 'Downloaden' }).getByRole('button', { name: 'PDF', exact: true }).click();
    const pdf = await readFile(await (await downloading).path());
    assert.equal(pdf.subarray(0, 4).toString('latin1'), '%PDF', 'the document is a PDF');
  });
});
