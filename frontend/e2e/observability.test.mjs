// End-to-end: what an operator's monitoring sees of a real installation (docs/operations.md, "Metrics, logs and
// tracing"). Like installation.test.mjs it sets up its own: Debian's PostgreSQL prepared as the documentation
// says, the real jar on it with a management port of its own and no log settings (so the production default,
// JSON). Then it makes requests, scrapes /prometheus on the management port, and reads the jar's output.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { freePort, logDir } from './harness/jar.mjs';
import { startInstallation } from './harness/installation.mjs';

const dashboardFile = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'infra', 'grafana', 'thuisplan-dashboard.json');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let installation;
let management;
/** What the requests answered, for the log test. */
const seen = {};

before(async () => {
  const managementPort = await freePort();
  installation = await startInstallation({
    logFile: join(logDir(), 'e2e-observability-app.log'),
    extraEnv: { THUISPLAN_MANAGEMENT_PORT: String(managementPort) },
  });
  management = `http://127.0.0.1:${managementPort}`;
  console.log(`# observability: Thuisplan on ${installation.url}, management port ${managementPort}`);
});

after(async () => {
  await installation?.stop();
});

const get = (path, headers = {}) => fetch(`${installation.url}${path}`, { headers: { Accept: 'application/json', ...headers } });

test('every answer carries a request id: the caller\'s when sane, else a new one', async () => {
  const page = await fetch(`${installation.url}/`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('x-request-id'), UUID);

  const refused = await get('/api/v1/regions');
  assert.equal(refused.status, 401);
  seen.generated = refused.headers.get('x-request-id');
  assert.match(seen.generated, UUID);

  seen.echoed = 'e2e-observability.1';
  assert.equal((await get('/api/v1/regions', { 'X-Request-ID': seen.echoed })).headers.get('x-request-id'), seen.echoed);
  const replaced = (await get('/api/v1/regions', { 'X-Request-ID': 'not sane; "quoted"' })).headers.get('x-request-id');
  assert.match(replaced, UUID);

  const login = await fetch(`${installation.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Request-ID': 'e2e-observability.login' },
    body: JSON.stringify({ username: 'nobody@e2e.example', password: 'not the password' }),
  });
  assert.equal(login.status, 401);
});

test('the management port serves the Prometheus scrape with request timings; the public port does not', async () => {
  const scrape = await fetch(`${management}/prometheus`);
  assert.equal(scrape.status, 200);
  assert.match(scrape.headers.get('content-type'), /^text\/plain/);
  const text = await scrape.text();
  assert.match(text, /^http_server_requests_seconds_count\{[^}]*status="401"[^}]*uri="\/api\/v1\/auth\/login"\} \d/m, 'timings per route and status');
  assert.match(text, /^http_server_requests_seconds_bucket\{[^}]*uri="\/api\/v1\/auth\/login"[^}]*le="0\.1"\} \d/m, 'latency buckets');
  assert.match(text, /^hikaricp_connections_active\{pool="app"\} /m, 'the application pool');
  assert.match(text, /^jvm_memory_used_bytes\{area="heap"/m);
  assert.match(text, /^thuisplan_imports_total\{kind="demand",outcome="accepted"\} 0\.0$/m, 'domain counters from the start');

  // every metric the Grafana dashboard asks for is one this application exports
  const dashboard = JSON.parse(await readFile(dashboardFile, 'utf8'));
  const exprs = dashboard.panels.flatMap((panel) => (panel.targets ?? []).map((target) => target.expr));
  const names = new Set(exprs.flatMap((expr) => expr.match(/\b(?:http|jvm|process|hikaricp|thuisplan)_[a-z_]+/g) ?? []));
  assert.ok(names.size >= 10, `metric names in the dashboard: ${[...names]}`);
  for (const name of names) {
    assert.match(text, new RegExp(`^${name}[{ ]`, 'm'), `${name} (used by the dashboard) is in the scrape`);
  }

  // the same timings through Micronaut's /metrics endpoint (JSON), for an operator looking by hand
  const timings = await fetch(`${management}/metrics/http.server.requests?tag=uri:/api/v1/auth/login`);
  assert.equal(timings.status, 200);
  const metric = await timings.json();
  const measured = Object.fromEntries(metric.measurements.map((m) => [m.statistic, m.value]));
  assert.ok(measured.COUNT >= 1, `login requests counted: ${JSON.stringify(metric)}`);
  assert.ok(measured.TOTAL_TIME > 0, 'and timed');
  const statuses = metric.availableTags.find((t) => t.tag === 'status')?.values ?? [];
  assert.ok(statuses.includes('401'), `per status: ${statuses}`);

  for (const path of ['/prometheus', '/metrics', '/metrics/http.server.requests']) {
    const answer = await fetch(`${installation.url}${path}`, { headers: { Accept: 'text/html,*/*' } });
    assert.equal(answer.status, 404, `${path} on the public port`);
    assert.doesNotMatch(await answer.text(), /http_server_requests|<html/);
  }
});

test('the log is JSON lines with a zone in every timestamp and the request ids of the answers', async () => {
  // the access log line is written after the answer went out: give it a moment
  let lines = [];
  for (let i = 0; i < 20; i++) {
    lines = (await installation.log()).split('\n').filter((line) => line.length > 0);
    if (lines.some((line) => line.includes(seen.generated))) break;
    await new Promise((done) => setTimeout(done, 250));
  }
  assert.ok(lines.length > 5, `${lines.length} lines`);
  const notJson = lines.filter((line) => {
    try {
      JSON.parse(line);
      return false;
    } catch {
      return true;
    }
  });
  assert.deepEqual(notJson, [], 'every line is one JSON object');
  const events = lines.map((line) => JSON.parse(line));
  for (const event of events) {
    assert.match(event.timestamp, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(Z|[+-]\d{2}:\d{2})$/);
    assert.ok(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'].includes(event.level), event.level);
    assert.equal(typeof event.logger, 'string');
    assert.equal(typeof event.message, 'string');
  }
  const access = events.filter((event) => event.logger === 'thuisplan.access');
  assert.ok(access.some((event) => event.message.includes('"GET /api/v1/regions HTTP/1.1" 401') && event.message.endsWith(seen.generated)),
    `an access line with ${seen.generated}`);
  assert.ok(access.some((event) => event.message.endsWith(seen.echoed)), `an access line with ${seen.echoed}`);
  // no line names the address that tried to log in
  assert.ok(!lines.some((line) => line.includes('nobody@e2e.example')), 'the login name is in no line');
});
