// End-to-end: notifications. regio.mra returns Diemen's demand analysis of a far year (set up through the API,
// so no other e2e test sees it); gemeente.diemen sees the bell's count, opens "Meldingen", follows the item to
// the analysis (which marks it read), and the e-mail about it arrives at the SMTP server of e2e/run.mjs.
// The suite may run more than once against one database: the counts are read, not assumed.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { apiAs, inSession, launchBrowser, mailbox } from './support.mjs';

const TIMEOUT = 240_000;
const YEAR = 2036;
const TASK = `/gemeenten/GM0384/vraaganalyse/${YEAR}`;
const TITLE = `Vraaganalyse ${YEAR} teruggestuurd`;
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** Diemen's analysis of YEAR, submitted by Diemen and returned by regio.mra through the API. */
async function returnedAnalysis() {
  const diemen = await apiAs('gemeente.diemen');
  const manager = await apiAs('regio.mra');
  let analysis = await diemen('GET', `/api/v1/demand/municipalities/GM0384/years/${YEAR}`);
  if (analysis.status === 404) analysis = await diemen('POST', `/api/v1/demand/municipalities/GM0384/years/${YEAR}`);
  assert.ok([200, 201].includes(analysis.status), `Diemen's analysis: ${analysis.status}`);
  const id = analysis.body.id;
  const step = async (as, action, body = {}) => {
    const { lockVersion } = (await manager('GET', `/api/v1/demand/analyses/${id}`)).body;
    const answer = await as('POST', `/api/v1/demand/analyses/${id}/${action}`, { lockVersion, ...body });
    assert.equal(answer.status, 200, `${action}: ${JSON.stringify(answer.body)}`);
  };
  if (analysis.body.status !== 'SUBMITTED') await step(diemen, 'submit');
  await step(manager, 'return', { reason: 'Graag de bron van de cijfers toevoegen' });
  return diemen;
}

test('a returned analysis shows in the bell and in Meldingen, leads to the task, and is mailed', { timeout: TIMEOUT }, async () => {
  const sent = mailbox();
  const diemen = await returnedAnalysis();
  const { unread } = (await diemen('GET', '/api/v1/me/notifications/unread-count')).body;
  assert.ok(unread >= 1, 'the return notified Diemen');

  await inSession(browser, 'notifications', 'gemeente.diemen', async ({ page, check }) => {
    const bell = page.getByRole('link', { name: `Meldingen, ${unread} ongelezen` });
    await bell.waitFor();
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await check('list');
    const list = page.getByRole('list', { name: 'Meldingen, nieuwste eerst' });
    const item = list.getByRole('link', { name: `Ongelezen: ${TITLE}` }).first();
    await item.waitFor();
    await item.click();
    await page.waitForURL((url) => url.pathname === TASK);
    await page.getByRole('link', { name: `Meldingen, ${unread - 1} ongelezen` }).or(page.getByRole('link', { name: 'Meldingen', exact: true }))
      .first().waitFor();
    await check('task');
  });

  const mail = await sent.waitFor('gemeente.diemen@demo.thuisplan.invalid', TITLE);
  assert.equal(mail.from, 'thuisplan@e2e.invalid');
  assert.match(mail.text, /Reden: Graag de bron van de cijfers toevoegen/);
  assert.ok(mail.text.includes(TASK), `the mail links to the task: ${mail.text}`);
});
