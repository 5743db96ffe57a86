// End-to-end: a SIGTERM during an upload loses nothing (issue 16, graceful shutdown).
// Like installation.test.mjs it does not test BASE_URL: it starts its own Thuisplan on a fresh PostgreSQL server of
// the machine (Debian's, prepared with docs/operations.md's SQL), with the demo users so that a gemeente medewerker
// can log in. Then gemeente.amsterdam imports a demand analysis CSV whose body is sent slowly, so that the request is
// still in flight when the JVM gets SIGTERM, as Kubernetes sends it when it stops a pod. Graceful shutdown
// (micronaut.lifecycle.graceful-shutdown) must stop accepting connections at once, finish the upload with its normal
// answer, close the pools and exit; a second start on the same database must show every imported figure.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { preparationFromDocs } from './harness/installation.mjs';
import { cleanEnvironment, freePort, logDir, sleep, startJar } from './harness/jar.mjs';
import { startPostgres } from './harness/postgres.mjs';
import { splitCsvLine } from './support.mjs';

const TIMEOUT = 600_000;
const YEAR = new Date().getFullYear();
const MUNICIPALITY = 'GM0363';
/** The upload takes about this long; SIGTERM comes a third of the way in. */
const UPLOAD_MS = 9_000;
const CHUNKS = 60;
/** A grace period longer than the upload: the request must be finished, not cut off at the end of the grace. */
const GRACE_SECONDS = 30;

const secret = () => randomBytes(24).toString('base64url');

let postgres;
let env;
let app;

before(async () => {
  postgres = await startPostgres();
  const preparation = await preparationFromDocs();
  await postgres.psql(preparation.sql);
  const port = await freePort();
  env = cleanEnvironment({
    THUISPLAN_PORT: String(port),
    THUISPLAN_DB_URL: `jdbc:postgresql://${postgres.host}:${postgres.port}/${preparation.database}`,
    THUISPLAN_DB_USER: preparation.app,
    THUISPLAN_DB_PASSWORD: preparation.passwords[preparation.app],
    THUISPLAN_DB_OWNER_USER: preparation.owner,
    THUISPLAN_DB_OWNER_PASSWORD: preparation.passwords[preparation.owner],
    THUISPLAN_JWT_SECRET: secret() + secret(),
    THUISPLAN_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // the demo users, so a gemeente medewerker can log in without the invitation chain
    THUISPLAN_DEMO: 'true',
    THUISPLAN_SHUTDOWN_GRACE_SECONDS: String(GRACE_SECONDS),
  });
});

after(async () => {
  await app?.stop();
  await postgres?.stop();
});

async function api(method, path, { token, body, accept = 'application/json' } = {}) {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      Accept: accept,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, text, json: () => JSON.parse(text) };
}

async function login(username) {
  const r = await api('POST', '/api/v1/auth/login', { body: { username, password: 'thuisplan-demo' } });
  assert.equal(r.status, 200, `login of ${username}: ${r.text}`);
  return r.json().access_token;
}

/** The analysis of Amsterdam for this year: started if there is none yet (a fresh database has none). */
async function analysisId(token) {
  const path = `/api/v1/demand/municipalities/${MUNICIPALITY}/years/${YEAR}`;
  let r = await api('GET', path, { token });
  if (r.status === 404) r = await api('POST', path, { token });
  assert.ok(r.status === 200 || r.status === 201, `the analysis: ${r.status} ${r.text}`);
  return r.json().id;
}

/** The header and the data rows of a downloaded CSV (Dutch Excel: `;`, BOM). */
function parseCsv(text) {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((line) => line.length > 0);
  return { header: splitCsvLine(lines[0], ';').map((h) => h.trim().toLowerCase()), rows: lines.slice(1).map((line) => splitCsvLine(line, ';')) };
}

/** The template with a figure in "Huidige vraag" on every row: each row a write of its own. */
function fillTemplate(text, base) {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.slice(bom.length).split(/\r?\n/);
  const header = splitCsvLine(lines[0], ';').map((h) => h.trim().toLowerCase());
  const column = header.indexOf('huidige vraag');
  assert.ok(column >= 0, `the template has a Huidige vraag column: ${lines[0]}`);
  const figures = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].length === 0) continue;
    const fields = splitCsvLine(lines[i], ';');
    fields[column] = String(base + i);
    figures.push(String(base + i));
    lines[i] = fields.map((f) => (/[";\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(';');
  }
  return { csv: bom + lines.join(newline), figures, column };
}

/**
 * POSTs `content` as the multipart part "file", the body written in CHUNKS pieces over UPLOAD_MS; calls `midway`
 * after the first third. Resolves with the answer's status and body, or rejects if the connection is cut.
 */
function slowUpload(path, token, fileName, content, midway) {
  const boundary = `----thuisplan${Date.now()}`;
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`),
    Buffer.from(content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': body.length,
        Accept: 'application/json',
        Authorization: `Bearer ${token}`,
      },
    });
    req.once('error', reject);
    req.once('response', (response) => {
      let text = '';
      response.setEncoding('utf8').on('data', (chunk) => (text += chunk));
      response.once('end', () => resolve({ status: response.statusCode, text }));
      response.once('error', reject);
    });
    (async () => {
      const size = Math.ceil(body.length / CHUNKS);
      for (let i = 0; i < CHUNKS; i++) {
        req.write(body.subarray(i * size, (i + 1) * size));
        if (i === Math.floor(CHUNKS / 3)) midway();
        await sleep(UPLOAD_MS / CHUNKS);
      }
      req.end();
    })().catch(reject);
  });
}

/** Whether a new TCP connection to the port is refused (the listener is closed). */
function refused(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error) => resolve(error.code === 'ECONNREFUSED'));
  });
}

test('a SIGTERM during an upload: the upload is answered in full, new connections are refused, the JVM exits and the figures are stored', { timeout: TIMEOUT }, async () => {
  app = await startJar({ env, logFile: join(logDir(), 'e2e-shutdown-app.log') });
  console.log(`# Thuisplan on PostgreSQL ${postgres.version} answers on ${app.url} after ${app.startSeconds} s`);
  const port = Number(env.THUISPLAN_PORT);
  const token = await login('gemeente.amsterdam');
  const id = await analysisId(token);
  const template = await api('GET', `/api/v1/demand/analyses/${id}/template.csv`, { token, accept: '*/*' });
  assert.equal(template.status, 200, template.text);
  const base = 100 + (Date.now() % 1000);
  const { csv, figures, column } = fillTemplate(template.text, base);
  assert.ok(figures.length >= 5, `the template has rows to import: ${figures.length}`);

  let signalled = 0;
  let readinessWhileDraining = null;
  const answer = await slowUpload(`/api/v1/demand/analyses/${id}/import?dryRun=false`, token, 'vraaganalyse-amsterdam.csv', csv, () => {
    signalled = Date.now();
    process.kill(app.pid, 'SIGTERM');
    // while the upload is still being sent, the instance must not report itself ready
    readinessWhileDraining = sleep(1_000)
      .then(() => fetch(`${app.managementUrl}/health/readiness`, { signal: AbortSignal.timeout(3_000) }))
      .then((response) => String(response.status), (error) => `no answer (${error.cause?.code ?? error.name})`);
  });
  const answeredAfter = Date.now() - signalled;
  assert.ok(signalled > 0, 'SIGTERM was sent while the body was being sent');

  // the upload in flight got its normal, complete answer
  assert.equal(answer.status, 200, `the import's answer after SIGTERM: ${answer.text}`);
  const result = JSON.parse(answer.text);
  assert.equal(result.applied, true, answer.text);
  assert.deepEqual(result.errors, []);
  assert.equal(result.changes.length, figures.length, `one change per row: ${answer.text}`);
  assert.ok(answeredAfter >= 2_000, `the answer came when the body was complete, ${answeredAfter} ms after SIGTERM`);
  const readiness = await readinessWhileDraining;
  console.log(`# readiness on the management port while the upload was finishing: ${readiness}`);
  assert.notEqual(readiness, '200', 'not ready while shutting down');

  // it stopped accepting: the listener closed at SIGTERM, before the grace period was over
  assert.equal(await refused(port), true, 'a new connection after SIGTERM is refused');

  // The JVM exits by itself once the requests are done (not at the end of the grace period, not by SIGKILL). A JVM
  // ended by SIGTERM exits with 128 + 15 = 143 after its shutdown hooks ran: that is the normal, graceful end (the
  // status Kubernetes and systemd expect from a SIGTERM); a crash in a hook or a SIGKILL would give 1 or signal 9.
  const exit = await Promise.race([app.exited, sleep(GRACE_SECONDS * 1000).then(() => 'still running')]);
  assert.deepEqual(exit, { code: 143, signal: null }, `how the JVM ended: ${JSON.stringify(exit)}`);
  const log = await app.log();
  assert.doesNotMatch(log, /Timeout hit in graceful shutdown/, 'the requests finished within the grace period');
  assert.match(log, /\bapp - Shutdown completed/, 'the pool of the application role (named app, for its metrics) was closed');
  const exitedAfter = Date.now() - signalled;
  assert.ok(exitedAfter < GRACE_SECONDS * 1000, `exited ${exitedAfter} ms after SIGTERM, within the grace period`);

  // nothing was lost: a new start on the same database exports exactly the imported figures
  app = await startJar({ env, logFile: join(logDir(), 'e2e-shutdown-app-2.log') });
  const again = await login('gemeente.amsterdam');
  const exported = await api('GET', `/api/v1/demand/analyses/${id}/export.csv`, { token: again, accept: '*/*' });
  assert.equal(exported.status, 200, exported.text);
  const { header, rows } = parseCsv(exported.text);
  assert.equal(header[column], 'huidige vraag');
  assert.deepEqual(rows.map((row) => row[column]), figures, 'every imported figure is stored');

  // the restarted instance reports ready on its management port
  const ready = await fetch(`${app.managementUrl}/health/readiness`);
  assert.equal(ready.status, 200, 'the restarted instance is ready');
});
