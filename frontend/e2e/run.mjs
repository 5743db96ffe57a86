// Runs the end-to-end suite against the real application: `npm run e2e [-- e2e/some.test.mjs ...]`.
//
// Without BASE_URL it starts the built jar (../backend/target/thuisplan.jar; build it first with
// `mvn -B -ntp -q -DskipTests package` in the repository root) on an empty temporary data directory and
// a free port, with the demo data of the embedded mode, waits until it answers, runs the test files one
// after another against it and stops it again, also when a test fails. With BASE_URL it tests that
// application instead (for debugging; the tests then find whatever state earlier runs left there).
// e2e/installation.test.mjs is the exception: it sets up a real installation of its own (docs/testing.md).
//
// It ends with "# declared N", "# pass N" and "# fail N" and exits non-zero unless every declared test
// passed. Screenshots go to SCREENSHOT_DIR (default target/screenshots), the application's log to
// E2E_APP_LOG (default target/e2e-app.log). The jar mails through an SMTP server inside this process
// (harness/smtp.mjs); the tests read what it received from E2E_MAILBOX_URL (see support.mjs `mailbox`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnvironment, freePort, jarPath, sleep, startJar } from './harness/jar.mjs';
import { startSmtp } from './harness/smtp.mjs';

const e2eDir = dirname(fileURLToPath(import.meta.url));
const frontendDir = resolve(e2eDir, '..');

/** The test files to run: the ones named on the command line, else every e2e/*.test.mjs. */
async function testFiles() {
  const named = process.argv.slice(2);
  if (named.length > 0) return named.map((file) => resolve(file));
  const names = (await readdir(e2eDir)).filter((name) => name.endsWith('.test.mjs')).sort();
  return names.map((name) => join(e2eDir, name));
}

/**
 * The tests a file declares: each starts a line with `test(`. A `test.skip(` or `test.todo(` counts as
 * declared too, so a test set aside makes the suite incomplete instead of quietly smaller.
 */
async function declaredTests(file) {
  return ((await readFile(file, 'utf8')).match(/^test(\.\w+)?\(/gm) ?? []).length;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The SMTP server the jar mails to, and a small HTTP server on 127.0.0.1 that answers GET /messages with what it
 * received (JSON), since the tests run in a child process.
 */
async function startMailbox() {
  const smtp = await startSmtp();
  const http = createServer((request, response) => {
    response.writeHead(request.url === '/messages' ? 200 : 404, { 'Content-Type': 'application/json' });
    response.end(request.url === '/messages' ? JSON.stringify(smtp.messages) : '{}');
  });
  await new Promise((done) => http.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${http.address().port}/messages`;
  const stop = async () => {
    await new Promise((done) => http.close(done));
    await smtp.stop();
  };
  return { smtp, url, stop };
}

/** Starts the jar on an empty data directory and resolves once it serves the app (demo data loaded by then). */
async function startApplication(smtp) {
  const jar = jarPath();
  const dataDir = await mkdtemp(join(tmpdir(), 'thuisplan-e2e-'));
  const port = await freePort();
  const logFile = resolve(process.env.E2E_APP_LOG || join(frontendDir, 'target', 'e2e-app.log'));
  const env = cleanEnvironment({
    THUISPLAN_DATA_DIR: dataDir,
    THUISPLAN_PORT: String(port),
    THUISPLAN_DEMO: 'true',
    THUISPLAN_PUBLIC_URL: `http://127.0.0.1:${port}`,
    THUISPLAN_SMTP_HOST: '127.0.0.1',
    THUISPLAN_SMTP_PORT: String(smtp.port),
    THUISPLAN_SMTP_USER: smtp.user,
    THUISPLAN_SMTP_PASSWORD: smtp.password,
    THUISPLAN_SMTP_FROM: 'Thuisplan e2e <thuisplan@e2e.invalid>',
    THUISPLAN_SMTP_STARTTLS: 'false',
  });

  /** Stops the jar (its shutdown hook stops the embedded PostgreSQL), then whatever it left behind. */
  const cleanUp = async (app) => {
    await app?.stop();
    // a PostgreSQL left behind by a JVM that had to be killed: stop it by the pid it wrote
    const pidFile = join(dataDir, 'postgres-17', 'postmaster.pid');
    if (existsSync(pidFile)) {
      const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
      if (pid > 0 && isAlive(pid)) {
        process.kill(pid, 'SIGINT'); // PostgreSQL's fast shutdown
        for (let i = 0; i < 50 && isAlive(pid); i++) await sleep(200);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  console.log(`# starting ${relative(process.cwd(), jar)} on http://127.0.0.1:${port} with an empty data directory (log: ${relative(process.cwd(), logFile)})`);
  let app;
  try {
    app = await startJar({ env, logFile });
  } catch (error) {
    await cleanUp(null);
    throw error;
  }
  console.log(`# the application answers after ${app.startSeconds} s`);
  return { url: app.url, stop: () => cleanUp(app) };
}

/** Runs the files one at a time; the TAP report (for the counts) goes to a file beside the readable one on stdout. */
async function runTests(files, baseUrl, mailboxUrl) {
  const tapFile = join(await mkdtemp(join(tmpdir(), 'thuisplan-e2e-tap-')), 'report.tap');
  const args = [
    '--test',
    '--test-concurrency=1',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  const child = spawn(process.execPath, args, { cwd: frontendDir, env: { ...process.env, BASE_URL: baseUrl, ...(mailboxUrl ? { E2E_MAILBOX_URL: mailboxUrl } : {}) }, stdio: 'inherit' });
  const code = await new Promise((done) => child.once('exit', (exitCode, signal) => done(exitCode ?? (signal ? 1 : 0))));
  const tap = existsSync(tapFile) ? await readFile(tapFile, 'utf8') : '';
  await rm(dirname(tapFile), { recursive: true, force: true });
  const count = (what) => Number(new RegExp(`^# ${what} (\\d+)$`, 'm').exec(tap)?.[1] ?? -1);
  return { code, pass: count('pass'), fail: count('fail'), cancelled: count('cancelled'), skipped: count('skipped') };
}

const files = await testFiles();
const declared = (await Promise.all(files.map(declaredTests))).reduce((sum, n) => sum + n, 0);
const started = Date.now();
let app = null;
let mailbox = null;
let stopping = null;
const stopApp = () => (stopping ??= (app ? app.stop() : Promise.resolve()).finally(() => mailbox?.stop()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => stopApp().finally(() => process.exit(130)));
}

let result;
try {
  let baseUrl = process.env.BASE_URL?.replace(/\/$/, '');
  if (baseUrl) {
    console.log(`# testing ${baseUrl} (BASE_URL)`);
  } else {
    mailbox = await startMailbox();
    app = await startApplication(mailbox.smtp);
    baseUrl = app.url;
  }
  result = await runTests(files, baseUrl, mailbox?.url ?? process.env.E2E_MAILBOX_URL);
} catch (error) {
  console.error(`# ${error.message}`);
  result = { code: 1, pass: 0, fail: -1 };
} finally {
  await stopApp();
}

const seconds = Math.round((Date.now() - started) / 1000);
console.log(`# declared ${declared}`);
console.log(`# pass ${result.pass}`);
console.log(`# fail ${result.fail}`);
console.log(`# seconds ${seconds}`);
const complete = result.code === 0 && result.fail === 0 && result.pass === declared;
if (!complete) {
  console.error(`# the suite is not complete: ${result.pass} of ${declared} declared tests passed (exit code ${result.code})`);
}
process.exit(complete ? 0 : 1);
