// End-to-end: the first start of a real installation, following only the README and docs/operations.md.
// Unlike the other files it does not test BASE_URL: it sets up its own installation (e2e/harness/installation.mjs):
// a fresh PostgreSQL server of the machine prepared with the documentation's SQL, the real jar on it with the
// demo off and mail going to an SMTP server inside this process. The tests are steps of one story and run in
// order; docs/testing.md lists the steps the invitation chain adds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startInstallation } from './harness/installation.mjs';
import { launchBrowser, logIn, openSession } from './support.mjs';

const TIMEOUT = 180_000;
const ADMIN_EMAIL = 'Beheer@Thuisplan-E2E.example';
const ADMIN_NAME = 'Bea Beheer';
const FIRST_PASSWORD = 'Drie fietsen langs de Amstel';
const SECOND_PASSWORD = 'Zeven meeuwen boven het IJ';

let browser;
let installation;
/** What one step leaves for the next. */
const state = {};

before(async () => {
  browser = await launchBrowser();
  installation = await startInstallation();
  console.log(`# installation: PostgreSQL ${installation.postgres.version}, Thuisplan answers on ${installation.url} after ${installation.startSeconds} s`);
});

after(async () => {
  await browser?.close();
  await installation?.stop();
});

async function withSession(name, body) {
  const session = await openSession(browser, name, { url: installation.url });
  try {
    await body(session);
    session.assertAccessible();
  } finally {
    await session.context.close();
  }
}

async function post(path, body) {
  const response = await fetch(`${installation.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}

const login = (username, password) => post('/api/auth/login', { username, password });
const email = ADMIN_EMAIL.toLowerCase();
/** The set-password page of this installation, as links in mails and on the command line point to it. */
const linkPattern = () => new RegExp(`^${installation.url.replace(/[.]/g, '\\.')}/wachtwoord/nieuw\\?token=[A-Za-z0-9_-]{20,}$`, 'm');

/** On the page a link opens: chooses `password` and arrives on the login page with the notice. */
async function setPassword({ page, check }, password, name) {
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await page.getByText('Uw wachtwoord is opgeslagen.').waitFor();
  await check(name);
}

/** Logs in through the form and checks the platform beheerder's start page: all six regions. */
async function arriveAsBeheerder(session, password) {
  const { page, check } = session;
  await logIn(session, ADMIN_EMAIL, password);
  await page.waitForURL((url) => url.pathname === '/regios', { timeout: 30_000 });
  const table = page.getByTestId('regions-table');
  await table.waitFor();
  const codes = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.region));
  assert.deepEqual([...codes].sort(), ['ENS', 'GMR', 'GRO', 'HGL', 'MRA', 'PSL']);
  assert.match(await page.getByTestId('current-role').textContent(), /platform beheerder/);
  assert.match(await page.getByTestId('current-user').textContent(), new RegExp(ADMIN_NAME));
  await check('home');
}

test('the jar starts on a fresh external PostgreSQL with the demo off and no account at all', { timeout: TIMEOUT }, async () => {
  const log = await installation.log();
  assert.match(log, /Demo uit: geen actieve demo-accounts/);
  assert.doesNotMatch(log, /Embedded PostgreSQL/, 'the external database, not an embedded one');
  assert.equal((await login('beheerder', 'thuisplan-demo')).status, 401, 'no demo beheerder');
  const persons = await installation.postgres.psql('select count(*) from app_user;\n', 'thuisplan');
  assert.equal(persons.trim(), '0', 'no person in the database');
});

test('admin create, run as docs/operations.md says, prints a single-use link and sets no password', { timeout: TIMEOUT }, async () => {
  const created = await installation.admin('create', '--email', ADMIN_EMAIL, '--name', ADMIN_NAME);
  assert.equal(created.code, 0, `exit code; stderr: ${created.stderr}`);
  assert.match(created.stdout, new RegExp(`Platformbeheerder ${email} aangemaakt`));
  const link = linkPattern().exec(created.stdout);
  assert.ok(link, `a link to ${installation.url}/wachtwoord/nieuw in: ${created.stdout}`);
  state.firstLink = link[0];
  assert.equal((await login(email, FIRST_PASSWORD)).status, 401, 'no login before a password is chosen');
});

test('the first beheerder opens the link, chooses a password the policy accepts and sees the platform home', { timeout: TIMEOUT }, () =>
  withSession('installation-first-admin', async (session) => {
    const { page, check } = session;
    assert.ok(state.firstLink, 'the link admin create printed');
    await page.goto(state.firstLink);
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    const intro = await page.getByTestId('link-for').textContent();
    assert.ok(intro.includes(ADMIN_NAME) && intro.includes(email), `the link names its person: ${intro}`);
    await check('set-password');

    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('Qwerty123456');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('Qwerty123456');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Dit wachtwoord komt voor in lijsten van veelgebruikte of gelekte wachtwoorden').waitFor();
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('te kort');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('te kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Het wachtwoord moet minstens 12 tekens lang zijn.').first().waitFor();
    await check('set-password-refused');

    await setPassword(session, FIRST_PASSWORD, 'set-password-done');
    await arriveAsBeheerder(session, FIRST_PASSWORD);
  }));

test('a second admin create is refused with exit code 2 and creates nobody', { timeout: TIMEOUT }, async () => {
  const again = await installation.admin('create', '--email', 'tweede@thuisplan-e2e.example', '--name', 'Tweede Beheerder');
  assert.equal(again.code, 2, `exit code; stdout: ${again.stdout}`);
  assert.match(again.stderr, /^Geweigerd: /m);
  assert.doesNotMatch(again.stdout, /wachtwoord\/nieuw/, 'no link printed');
  const persons = await installation.postgres.psql('select string_agg(email, \',\') from app_user;\n', 'thuisplan');
  assert.equal(persons.trim(), email, 'only the first beheerder exists');
});

test('Wachtwoord vergeten mails a link through SMTP that sets a new password; the old one stops working', { timeout: TIMEOUT }, () =>
  withSession('installation-forgot', async (session) => {
    const { page, check } = session;
    const since = installation.smtp.messages.length;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await page.getByLabel('E-mailadres').fill(ADMIN_EMAIL);
    await page.getByRole('button', { name: 'Link aanvragen' }).click();
    await page.getByText('Als dit adres bij ons bekend is').waitFor();
    await check('forgot-sent');

    const mail = await installation.smtp.waitForMail(email, { since });
    assert.deepEqual(mail.envelope.to, [email]);
    assert.deepEqual(mail.to, [email]);
    assert.equal(mail.from, 'thuisplan@e2e.invalid', 'sender from THUISPLAN_SMTP_FROM');
    assert.equal(mail.subject, 'Nieuw wachtwoord voor Thuisplan');
    const link = linkPattern().exec(mail.text);
    assert.ok(link, `a link to ${installation.url}/wachtwoord/nieuw in the mail: ${mail.text}`);
    const log = await installation.log();
    assert.match(log, /Mail 'Nieuw wachtwoord voor Thuisplan' sent to/);
    assert.doesNotMatch(log, /MAIL NIET VERZONDEN/, 'sent through SMTP, not written to the log');

    await page.goto(link[0]);
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord instellen' }).waitFor();
    assert.match(await page.getByTestId('link-for').textContent(), new RegExp(`nieuw wachtwoord aangevraagd voor ${email}`));
    await setPassword(session, SECOND_PASSWORD, 'reset-done');
    await arriveAsBeheerder(session, SECOND_PASSWORD);
    assert.equal((await login(email, FIRST_PASSWORD)).status, 401, 'the old password no longer works');

    await page.goto(link[0]);
    await page.getByText('Deze link werkt niet (meer)').waitFor();
    await check('reset-link-used');
  }));

test('logging out ends the session: its refresh token is refused afterwards', { timeout: TIMEOUT }, () =>
  withSession('installation-logout', async (session) => {
    const { page } = session;
    await arriveAsBeheerder(session, SECOND_PASSWORD);
    const refreshToken = await page.evaluate(() => sessionStorage.getItem('thuisplan.refreshToken'));
    assert.ok(refreshToken, 'the browser holds a refresh token');

    const loggedOut = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/auth/logout');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    assert.equal((await loggedOut).status(), 204, 'logout answered');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    assert.equal(await page.evaluate(() => sessionStorage.getItem('thuisplan.refreshToken')), null, 'the browser forgot it');

    const refresh = await post('/api/auth/token', { grant_type: 'refresh_token', refresh_token: refreshToken });
    assert.equal(refresh.status, 401);
    assert.equal(refresh.body?.code, 'REFRESH_TOKEN_INVALID');
  }));
