// A real installation as an operator sets one up by following docs/operations.md and nothing else: a fresh
// external PostgreSQL prepared with the SQL block of "Preparing an external PostgreSQL" (read from the document
// itself, so the test fails when the document stops working), the jar started with only the environment
// variables the document names (external database, demo off by default, SMTP, public URL), and the jar's
// command-line mode run with that same environment. Mail goes to an SMTP server inside the test process.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanEnvironment, freePort, logDir, runJar, startJar } from './jar.mjs';
import { startPostgres } from './postgres.mjs';
import { startSmtp } from './smtp.mjs';

const operationsDoc = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'docs', 'operations.md');
const SECTION = '## Preparing an external PostgreSQL';

const secret = () => randomBytes(24).toString('base64url');

/**
 * The superuser's SQL from docs/operations.md, with a fresh password in place of each `'…'`, and what it
 * creates: `{ sql, database, owner, app, passwords: { role: password } }`. The owner is the role the database
 * is created for; the application role is the other login role.
 */
export async function preparationFromDocs() {
  const doc = await readFile(operationsDoc, 'utf8');
  const section = doc.indexOf(SECTION);
  if (section < 0) throw new Error(`docs/operations.md has no section "${SECTION}"`);
  const block = /```sql\n([\s\S]*?)```/.exec(doc.slice(section));
  if (!block) throw new Error(`no sql block in "${SECTION}" of docs/operations.md`);
  const passwords = {};
  const sql = block[1].replace(/create role (\w+) login password '…'/g, (_, role) => {
    passwords[role] = secret();
    return `create role ${role} login password '${passwords[role]}'`;
  });
  const created = /create database (\w+) owner (\w+)/.exec(sql);
  if (!created) throw new Error('the sql block of docs/operations.md creates no database with an owner');
  const [, database, owner] = created;
  const app = Object.keys(passwords).find((role) => role !== owner);
  if (!passwords[owner] || !app) throw new Error(`the sql block must create two login roles with a password '…', found ${Object.keys(passwords)}`);
  return { sql, database, owner, app, passwords };
}

/**
 * Starts PostgreSQL, prepares it as the documentation says, starts the SMTP server and the jar on it, with
 * `extraEnv` added to the documented environment (e.g. a management port).
 * Answers `{ url, postgres, smtp, env, log(), admin(...args), stop() }`; `admin` runs `java -jar thuisplan.jar
 * admin …` with the server's environment, as docs/operations.md tells the operator to.
 */
export async function startInstallation({ logFile = join(logDir(), 'e2e-installation-app.log'), extraEnv = {} } = {}) {
  const parts = [];
  const stop = async () => {
    for (const part of parts.reverse()) await part.stop().catch((error) => console.error(`# ${error.message}`));
  };
  try {
    const postgres = await startPostgres();
    parts.push(postgres);
    const preparation = await preparationFromDocs();
    await postgres.psql(preparation.sql);

    const smtp = await startSmtp();
    parts.push(smtp);

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = cleanEnvironment({
      THUISPLAN_PORT: String(port),
      THUISPLAN_DB_URL: `jdbc:postgresql://${postgres.host}:${postgres.port}/${preparation.database}`,
      THUISPLAN_DB_USER: preparation.app,
      THUISPLAN_DB_PASSWORD: preparation.passwords[preparation.app],
      THUISPLAN_DB_OWNER_USER: preparation.owner,
      THUISPLAN_DB_OWNER_PASSWORD: preparation.passwords[preparation.owner],
      THUISPLAN_JWT_SECRET: secret() + secret(),
      THUISPLAN_PUBLIC_URL: url,
      THUISPLAN_SMTP_HOST: '127.0.0.1',
      THUISPLAN_SMTP_PORT: String(smtp.port),
      THUISPLAN_SMTP_USER: smtp.user,
      THUISPLAN_SMTP_PASSWORD: smtp.password,
      THUISPLAN_SMTP_FROM: 'Thuisplan e2e <thuisplan@e2e.invalid>',
      THUISPLAN_SMTP_STARTTLS: 'false',
      // THUISPLAN_DEMO stays unset: with an external database the demo is off by default
      ...extraEnv,
    });
    const app = await startJar({ env, logFile });
    parts.push(app);
    return { url, postgres, smtp, env, startSeconds: app.startSeconds, log: app.log, admin: (...args) => runJar(['admin', ...args], env), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
