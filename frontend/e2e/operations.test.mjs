// End-to-end: day-two operations on a real PostgreSQL server of this machine, as docs/operations.md tells an
// operator: the roles from the document's own SQL blocks (owner, application, backup), the migration job run alone
// with the owner role, two application instances that hold the application role only and serve the same data, an
// instance that refuses a schema older than its jar, and a backup dumped as the backup role (by
// infra/backup/verify-restore.sh), restored into a new database, compared table by table and served again.
// Like installation.test.mjs it does not test BASE_URL: it sets up its own server. The tests are steps of one
// story and run in order.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { preparationFromDocs } from './harness/installation.mjs';
import { cleanEnvironment, freePort, logDir, runJar, startJar } from './harness/jar.mjs';
import { postgresBin, startPostgres } from './harness/postgres.mjs';

const TIMEOUT = 600_000;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEMO_PASSWORD = 'thuisplan-demo';
const NEW_PASSWORD = 'Twee instanties, één database';
const secret = () => randomBytes(24).toString('base64url');

let postgres;
let prep;
let backup;
let work;
const adminPassword = secret();
const jwtSecret = secret() + secret();
const instances = [];
/** What one step leaves for the next. */
const state = {};

/** The backup role's SQL block of docs/operations.md ("The backup role"), with a fresh password. */
async function backupRoleFromDocs() {
  const doc = await readFile(join(repoRoot, 'docs', 'operations.md'), 'utf8');
  const section = doc.indexOf('### The backup role');
  assert.ok(section >= 0, 'docs/operations.md has a section "The backup role"');
  const block = /```sql\n([\s\S]*?)```/.exec(doc.slice(section));
  assert.ok(block, 'with an sql block');
  const password = secret();
  let role;
  const sql = block[1].replace(/create role (\w+) login password '…'/, (_, name) => {
    role = name;
    return `create role ${name} login password '${password}'`;
  });
  assert.ok(role, 'the block creates a login role with a password');
  return { sql, role, password };
}

const jdbcUrl = (database) => `jdbc:postgresql://${postgres.host}:${postgres.port}/${database}`;

/** The migration job's environment: the owner's secret and nothing a server needs. */
const migrationEnv = (database) =>
  cleanEnvironment({
    THUISPLAN_DB_URL: jdbcUrl(database),
    THUISPLAN_DB_OWNER_USER: prep.owner,
    THUISPLAN_DB_OWNER_PASSWORD: prep.passwords[prep.owner],
    THUISPLAN_DB_USER: prep.app,
  });

/** A server's environment with the application role only (no owner secret), on free ports. */
async function serverEnv(database) {
  const port = await freePort();
  const env = cleanEnvironment({
    THUISPLAN_PORT: String(port),
    THUISPLAN_MANAGEMENT_PORT: String(await freePort()),
    THUISPLAN_DB_URL: jdbcUrl(database),
    THUISPLAN_DB_USER: prep.app,
    THUISPLAN_DB_PASSWORD: prep.passwords[prep.app],
    THUISPLAN_JWT_SECRET: jwtSecret,
    THUISPLAN_PUBLIC_URL: `http://127.0.0.1:${port}`,
    // the demo accounts give the instances rows to serve; the demo loader works with the application role
    THUISPLAN_DEMO: 'true',
  });
  assert.ok(!Object.keys(env).some((name) => name.startsWith('THUISPLAN_DB_OWNER')), 'no owner secret in a server\u2019s environment');
  return env;
}

async function startInstance(name, database) {
  const env = await serverEnv(database);
  const app = await startJar({ env, logFile: join(logDir(), `e2e-operations-${name}.log`) });
  instances.push(app);
  return app;
}

async function stopInstance(app) {
  await app.stop();
  instances.splice(instances.indexOf(app), 1);
}

async function post(url, path, body, token) {
  const response = await fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => null) };
}
const login = (url, username, password) => post(url, '/api/v1/auth/login', { username, password });

/** Every table of schema public (from the catalog) with its row count and an md5 over its rows, as the superuser. */
async function checksums(database) {
  const out = await postgres.psql(
    `select format('select %L, count(*), md5(coalesce(string_agg(t::text, %L order by t::text), %L)) from %I.%I t',
                   tablename, '|', '', schemaname, tablename)
     from pg_tables where schemaname = 'public' order by tablename
     \\gexec\n`,
    database,
  );
  return Object.fromEntries(out.trim().split('\n').map((line) => {
    const [table, rows, md5] = line.split('|');
    return [table, { rows: Number(rows), md5 }];
  }));
}

/** Runs infra/backup/verify-restore.sh with `settings`; answers `{ code, output }`. */
function verifyRestore(settings) {
  return new Promise((done, fail) => {
    const child = spawn('bash', [join(repoRoot, 'infra', 'backup', 'verify-restore.sh')], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...settings },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('error', fail);
    child.once('close', (code) => done({ code, output }));
  });
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'thuisplan-operations-'));
  postgres = await startPostgres();
  prep = await preparationFromDocs();
  await postgres.psql(prep.sql);
  backup = await backupRoleFromDocs();
  await postgres.psql(backup.sql);
  // the administrator that creates the scratch database of the restore check logs in over TCP like the others
  await postgres.psql(`alter role postgres password '${adminPassword}';\n`);
  console.log(`# PostgreSQL ${postgres.version} on port ${postgres.port}; roles ${prep.owner}, ${prep.app}, ${backup.role}`);
});

after(async () => {
  for (const app of [...instances].reverse()) await app.stop().catch((error) => console.error(`# ${error.message}`));
  await postgres?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

test('the migration job runs alone with the owner role, creates the schema and exits 0', { timeout: TIMEOUT }, async () => {
  const run = await runJar(['migrate'], migrationEnv(prep.database));
  assert.equal(run.code, 0, `exit code; stderr: ${run.stderr}`);
  const done = /Databaseschema bijgewerkt van versie \(leeg\) naar (\d+) \((\d+) migraties\)/.exec(run.stdout);
  assert.ok(done, `the job says what it did: ${run.stdout}`);
  state.version = Number(done[1]);
  assert.ok(state.version >= 23, 'at least V23');
  assert.doesNotMatch(run.stdout + run.stderr, /Startup completed|Server Running/, 'no HTTP server');

  const applied = await postgres.psql('select max(version::int) from flyway_schema_history where success;\n', prep.database);
  assert.equal(Number(applied.trim()), state.version);
  const owners = await postgres.psql(
    "select string_agg(distinct pg_get_userbyid(relowner), ',') || ' ' || count(*) from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r';\n",
    prep.database,
  );
  const [owner, tables] = owners.trim().split(' ');
  assert.equal(owner, prep.owner, 'every table belongs to the owner role');
  assert.ok(Number(tables) > 30, `the schema exists: ${tables} tables`);

  const again = await runJar(['migrate'], migrationEnv(prep.database));
  assert.equal(again.code, 0);
  assert.match(again.stdout, new RegExp(`Databaseschema is al actueel: versie ${state.version}\\.`));
});

test('two instances with the application role only serve the same data: a write on one is read on the other', { timeout: TIMEOUT }, async () => {
  const a = await startInstance('a', prep.database);
  const b = await startInstance('b', prep.database);
  for (const app of [a, b]) {
    const log = await app.log();
    assert.match(log, new RegExp(`Database schema at version ${state.version} \\(this version expects ${state.version}\\)`));
    assert.doesNotMatch(log, /migrates the database itself/);
  }
  const ownerSessions = await postgres.psql(`select count(*) from pg_stat_activity where usename = '${prep.owner}';\n`);
  assert.equal(ownerSessions.trim(), '0', 'no instance holds an owner connection');
  const appSessions = await postgres.psql(`select count(*) from pg_stat_activity where usename = '${prep.app}';\n`);
  assert.ok(Number(appSessions.trim()) >= 2, `both instances connect as ${prep.app}`);

  const onA = await login(a.url, 'beheerder', DEMO_PASSWORD);
  assert.equal(onA.status, 200, 'the demo beheerder logs in on instance A');
  const changed = await post(a.url, '/api/v1/me/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }, onA.body.access_token);
  assert.ok(changed.status >= 200 && changed.status < 300, `password changed on A: ${changed.status} ${JSON.stringify(changed.body)}`);

  assert.equal((await login(b.url, 'beheerder', NEW_PASSWORD)).status, 200, 'instance B knows the new password');
  assert.equal((await login(b.url, 'beheerder', DEMO_PASSWORD)).status, 401, 'and no longer the old one');
  state.instanceA = a;
});

test('an instance refuses to start on an empty database with a clear message', { timeout: TIMEOUT }, async () => {
  await postgres.psql(`create database thuisplan_leeg owner ${prep.owner};\ngrant connect on database thuisplan_leeg to ${prep.app};\n`);
  const run = await runJar([], await serverEnv('thuisplan_leeg'));
  assert.equal(run.code, 1, `exit code; output: ${run.stdout}${run.stderr}`);
  assert.match(run.stdout + run.stderr,
    new RegExp(`Het databaseschema is versie geen \\(leeg\\), deze versie van Thuisplan verwacht ${state.version}: voer eerst \`java -jar thuisplan.jar migrate\` uit`));
  assert.doesNotMatch(run.stdout, /Server Running/);
  const tables = await postgres.psql("select count(*) from pg_tables where schemaname = 'public';\n", 'thuisplan_leeg');
  assert.equal(tables.trim(), '0', 'and created nothing');
});

test('a dump as the backup role restores into a new database with the same rows in every table', { timeout: TIMEOUT }, async () => {
  const dump = join(work, 'thuisplan.dump');
  // taken while instance A (and B) serve
  const result = await verifyRestore({
    PGHOST: postgres.host,
    PGPORT: String(postgres.port),
    PG_BIN: postgresBin(),
    THUISPLAN_DB_NAME: prep.database,
    RESTORE_DB: 'thuisplan_restored',
    KEEP_RESTORE: '1',
    DUMP_FILE: dump,
    BACKUP_USER: backup.role,
    BACKUP_PASSWORD: backup.password,
    OWNER_USER: prep.owner,
    OWNER_PASSWORD: prep.passwords[prep.owner],
    ADMIN_USER: 'postgres',
    ADMIN_PASSWORD: adminPassword,
  });
  console.log(result.output.trim().split('\n').map((line) => `# ${line}`).join('\n'));
  assert.equal(result.code, 0, result.output);
  const verified = /RESTORE VERIFIED: (\d+) tables, (\d+) rows and (\d+) sequences/.exec(result.output);
  assert.ok(verified, result.output);

  // the test's own comparison, as the superuser (who sees every row, whatever the backup role saw)
  const original = await checksums(prep.database);
  const restored = await checksums('thuisplan_restored');
  const tables = Object.keys(original);
  assert.equal(Number(verified[1]), tables.length, 'the script compared every table of the catalog');
  assert.ok(tables.includes('app_user') && tables.includes('flyway_schema_history') && tables.includes('audit_event'));
  assert.deepEqual(restored, original);
  const rows = Object.values(original).reduce((sum, table) => sum + table.rows, 0);
  assert.equal(Number(verified[2]), rows, 'the backup role saw every row the superuser sees');
  assert.ok(original.app_user.rows > 10 && original.credential.rows > 10 && original.region.rows === 6, 'seeded: demo people, credentials, six regions');

  // the comparison can fail: one changed row in the restore gives another checksum for exactly that table
  await postgres.psql("update region set name = name || ' (gewijzigd)' where code = 'GRO';\n", 'thuisplan_restored');
  const tampered = await checksums('thuisplan_restored');
  const differing = tables.filter((table) => tampered[table].md5 !== original[table].md5);
  assert.deepEqual(differing, ['region']);
  await postgres.psql("update region set name = replace(name, ' (gewijzigd)', '') where code = 'GRO';\n", 'thuisplan_restored');
  assert.deepEqual(await checksums('thuisplan_restored'), original);
});

test('the restored database serves again with the application role, and a copy one migration behind is refused', { timeout: TIMEOUT }, async () => {
  await postgres.psql(`grant connect, temporary on database thuisplan_restored to ${prep.app};\n`);
  const c = await startInstance('restored', 'thuisplan_restored');
  assert.equal((await login(c.url, 'beheerder', NEW_PASSWORD)).status, 200, 'the password changed before the backup works on the restore');
  await stopInstance(c);

  // the restored copy made older: its newest history row removed, as if the newest migration had not run
  await postgres.psql(`delete from flyway_schema_history where version = '${state.version}';\n`, 'thuisplan_restored');
  const run = await runJar([], await serverEnv('thuisplan_restored'));
  assert.equal(run.code, 1, `exit code; output: ${run.stdout}${run.stderr}`);
  assert.match(run.stdout + run.stderr,
    new RegExp(`Het databaseschema is versie ${state.version - 1}, deze versie van Thuisplan verwacht ${state.version}: voer eerst \`java -jar thuisplan.jar migrate\` uit`));
  assert.doesNotMatch(run.stdout, /Server Running/);
});
