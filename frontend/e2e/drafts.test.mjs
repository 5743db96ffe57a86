// End-to-end: nothing typed in the woonzorgvisie editor is lost (issue 15, point 3). gemeente.enschede types a line
// the server refuses into one section, clicks another section and types there, reloads the page, and finds both
// texts: the second as saved, the first as a local draft with the server's error, named in the section list and
// offered back; then fixes the line and sees it saved. A data block's line cannot be typed on: what is typed after
// the block goes to a new line. axe checks the page with the draft offered.
//
// The template (published) and the document are made through the API as regio.ens and gemeente.enschede, with names
// and a period derived from the run, so the test may run more than once against one database (BASE_URL).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiAs, inSession, launchBrowser } from './support.mjs';

const TIMEOUT = 240_000;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** A published template of Regio Twente and a new Enschede document from it; answers the document's id. */
async function documentToWrite(run) {
  const region = await apiAs('regio.ens');
  const created = await region('POST', '/api/v1/woonzorgvisie/regions/ENS/templates', { name: `Woonzorgvisie Twente (drafts ${run})`, description: null });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const version = await region('GET', `/api/v1/woonzorgvisie/templates/${created.body.id}/versions/1`);
  const published = await region('POST', `/api/v1/woonzorgvisie/templates/${created.body.id}/versions/1/publish`, { lockVersion: version.body.lockVersion });
  assert.equal(published.status, 200, JSON.stringify(published.body));

  const writer = await apiAs('gemeente.enschede');
  const me = await writer('GET', '/api/v1/me');
  // the API takes 2000 to 2100; woonzorgvisie.test.mjs uses 2040 and later
  const fromYear = 2000 + (run % 36);
  const document = await writer('POST', '/api/v1/woonzorgvisie/regions/ENS/documents', {
    templateId: created.body.id,
    municipalityCode: me.body.municipality.code,
    subregionCode: null,
    fromYear,
    toYear: fromYear + 4,
  });
  assert.equal(document.status, 201, JSON.stringify(document.body));
  return document.body.id;
}

test('a refused section text survives moving on, a reload and is offered back with its error; fixed, it is saved', { timeout: TIMEOUT }, async () => {
  const run = Date.now();
  const documentId = await documentToWrite(run);

  await inSession(browser, 'drafts', 'gemeente.enschede', async ({ page, check }) => {
    await page.goto(`/woonzorgvisie/documenten/${documentId}`);
    const nav = page.getByTestId('section-nav');
    const pane = page.getByTestId('section-pane');
    const body = pane.getByLabel('Tekst (Markdown)');
    const state = pane.getByTestId('autosave-state');
    const navItem = (key) => nav.locator(`button[data-section="${key}"]`);

    // the template's starting text is named as such, not as empty
    await nav.waitFor();
    assert.equal(await navItem('analyse.demografie').getAttribute('data-state'), 'requiredStarting');

    // after the data block ending the starting text: typing goes to a new line, and the unknown placeholder is refused
    await navItem('analyse.demografie').click();
    await page.locator('[data-testid="section-pane"][data-section="analyse.demografie"]').waitFor();
    const starting = await body.inputValue();
    assert.match(starting, /\{\{blok:kerncijfers\}\}$/, 'the starting text ends with the block');
    await body.click();
    await body.press('Control+End');
    await body.pressSequentially(' Zie ook {{onbekend}}', { delay: 10 });
    const typed = await body.inputValue();
    assert.equal(typed, `${starting}\nZie ook {{onbekend}}`, 'the block line stays alone: the typed text is on a new line');
    const line = typed.split('\n').length;
    await state.filter({ hasText: /^Niet opgeslagen: Onbekende plaatshouder \{\{onbekend\}\}/ }).waitFor({ timeout: 15_000 });

    // another section: the editor moves, the refused one is named in the list
    await navItem('inleiding.aanleiding').click();
    await page.locator('[data-testid="section-pane"][data-section="inleiding.aanleiding"]').waitFor();
    await navItem('analyse.demografie').filter({ hasText: `niet opgeslagen: fout in regel ${line}` }).waitFor();
    const aanleiding = `Enschede wil dat iedereen passend kan wonen (${run}).`;
    await body.click();
    await body.press('Control+End');
    await body.press('Enter');
    await body.press('Enter');
    await body.pressSequentially(aanleiding, { delay: 5 });
    await state.filter({ hasText: /^Opgeslagen \d{1,2}:\d{2}$/ }).waitFor({ timeout: 15_000 });

    // a reload (the browser asks first: there is refused text)
    page.once('dialog', (dialog) => dialog.accept());
    await page.reload();
    await nav.waitFor();
    await navItem('analyse.demografie').filter({ hasText: `niet opgeslagen: fout in regel ${line}` }).waitFor();
    await navItem('inleiding.aanleiding').click();
    await page.locator('[data-testid="section-pane"][data-section="inleiding.aanleiding"]').waitFor();
    assert.ok((await body.inputValue()).endsWith(aanleiding), 'the second section holds its saved text');

    await navItem('analyse.demografie').click();
    const offer = pane.getByTestId('draft-offer');
    await offer.waitFor();
    assert.match(await offer.textContent(), /Er is een niet-opgeslagen versie van \d{2}:\d{2}\./);
    assert.match(await offer.getByTestId('draft-offer-error').textContent(), /Onbekende plaatshouder \{\{onbekend\}\}.*regel \d+/);
    assert.equal(await offer.getByTestId('draft-offer-text').textContent(), typed);
    assert.equal(await body.inputValue(), starting, 'the draft is not applied unasked');
    await check('draft-offered');

    // restored and fixed: saved, and the draft is gone
    await offer.getByRole('button', { name: 'Terugzetten' }).click();
    assert.equal(await body.inputValue(), typed);
    await body.fill(`${starting}\nZie ook de tabel hierboven.`);
    await state.filter({ hasText: /^Opgeslagen \d{1,2}:\d{2}$/ }).waitFor({ timeout: 15_000 });
    await navItem('inleiding.aanleiding').click();
    await page.locator('[data-testid="section-pane"][data-section="inleiding.aanleiding"]').waitFor();
    assert.equal(await navItem('analyse.demografie').getAttribute('data-unsaved'), null, 'nothing unsaved is left');
    assert.equal(await navItem('analyse.demografie').getAttribute('data-state'), 'filled');
    const drafts = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('thuisplan.draft')));
    assert.deepEqual(drafts, []);
    await check('draft-saved');
  });
});
