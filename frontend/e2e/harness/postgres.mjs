// A real PostgreSQL server of the machine (Debian's postgresql package), started for one test in a temporary
// directory, playing the part of an operator's external database: a server Thuisplan did not create.
//
// initdb and pg_ctl refuse to run as root. Run by root (as CI and these machines do), the server therefore runs
// as the unprivileged user `nobody` through `runuser`, with its temporary directory handed to that user; run by
// anyone else, as that user. It listens on 127.0.0.1 on a free port with password (SCRAM) logins, as a real
// server would, and on a unix socket in its directory, where the superuser `postgres` connects without one.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './jar.mjs';

const SUPERUSER = 'postgres';

/** The newest PostgreSQL server installed the Debian way (/usr/lib/postgresql/<major>/bin), or PG_BIN. */
export function postgresBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name) && existsSync(join(root, name, 'bin', 'initdb'))) : [];
  if (majors.length === 0) {
    throw new Error('no PostgreSQL server found under /usr/lib/postgresql: install it with "apt-get install postgresql" (.ci/run does)');
  }
  return join(root, String(Math.max(...majors.map(Number))), 'bin');
}

function run(command, args, { input, asUser } = {}) {
  const [file, argv] = asUser ? ['runuser', ['-u', asUser, '--', command, ...args]] : [command, args];
  return new Promise((done, fail) => {
    const child = spawn(file, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.once('error', fail);
    child.once('close', (code) => (code === 0 ? done(output) : fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
    child.stdin.end(input ?? '');
  });
}

async function uidOf(user) {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((entry) => entry.startsWith(`${user}:`));
  if (!line) throw new Error(`no user ${user} to run PostgreSQL as (initdb refuses root)`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * initdb + pg_ctl start in a fresh temporary directory. Answers `{ version, port, host, psql(sql), stop() }`:
 * `psql` runs SQL as the superuser (stops at the first error), `stop()` stops the server and removes the directory.
 */
export async function startPostgres() {
  const bin = postgresBin();
  const dir = await mkdtemp(join(tmpdir(), 'thuisplan-pg-'));
  const asUser = process.getuid?.() === 0 ? 'nobody' : undefined;
  const data = join(dir, 'data');
  const socketDir = join(dir, 'socket');
  await mkdir(socketDir);
  if (asUser) {
    const { uid, gid } = await uidOf(asUser);
    await chmod(dir, 0o700);
    await Promise.all([chown(dir, uid, gid), chown(socketDir, uid, gid)]);
  }
  const port = await freePort();
  let started = false;

  async function stop() {
    if (started) {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop'], { asUser }).catch((error) => console.error(`# ${error.message}`));
      started = false;
    }
    await rm(dir, { recursive: true, force: true });
  }

  try {
    await run(join(bin, 'initdb'), ['-D', data, '-U', SUPERUSER, '-E', 'UTF8', '--locale=C.UTF-8', '--auth-local=trust', '--auth-host=scram-sha-256'], { asUser });
    const options = `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`;
    await run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start'], { asUser });
    started = true;
  } catch (error) {
    const log = existsSync(join(dir, 'server.log')) ? await readFile(join(dir, 'server.log'), 'utf8') : '';
    await stop();
    throw new Error(`${error.message}\n${log}`);
  }

  /** Runs `sql` through psql as the superuser, on the socket; answers psql's output. */
  const psql = (sql, database = 'postgres') =>
    run(join(bin, 'psql'), ['-X', '-q', '-tA', '-v', 'ON_ERROR_STOP=1', '-h', socketDir, '-p', String(port), '-U', SUPERUSER, '-d', database, '-f', '-'], { input: sql });
  const version = (await psql('show server_version;\n')).trim();
  return { version, host: '127.0.0.1', port, psql, stop };
}
