// The built application jar as the end-to-end tests use it: started as a server with a given environment
// (and waited for), or run once in its command-line mode (`java -jar thuisplan.jar admin …`).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const START_TIMEOUT_MS = Number(process.env.E2E_START_TIMEOUT_MS || 300_000);
const STOP_TIMEOUT_MS = 60_000;

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** THUISPLAN_JAR, else the jar `mvn -DskipTests package` builds; an error that says how to build it when missing. */
export function jarPath() {
  const jar = resolve(process.env.THUISPLAN_JAR || join(frontendDir, '..', 'backend', 'target', 'thuisplan.jar'));
  if (!existsSync(jar)) {
    throw new Error(`${jar} does not exist: build it first with "mvn -B -ntp -q -DskipTests package" in the repository root`);
  }
  return jar;
}

/** Where the e2e runs keep their logs: beside E2E_APP_LOG, else frontend/target. */
export function logDir() {
  return process.env.E2E_APP_LOG ? dirname(resolve(process.env.E2E_APP_LOG)) : join(frontendDir, 'target');
}

const java = () => (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

/**
 * The caller's environment without any THUISPLAN_ variable, plus `settings`: nothing of the caller's own
 * installation (database, secrets, port) may leak into the one under test.
 */
export function cleanEnvironment(settings) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('THUISPLAN_')));
  return Object.assign(env, settings);
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `java -jar <jar>` with `env` (which must hold THUISPLAN_PORT), its output in `logFile`, and resolves
 * once `GET /` answers. Without THUISPLAN_MANAGEMENT_PORT in `env` the management endpoints get a free port of
 * their own (never the default 8081, which another instance or a developer's Thuisplan may hold); `managementUrl`
 * says where. `stop()` sends SIGTERM (the jar's shutdown hooks run), SIGKILL after a minute; `log()` reads what it
 * wrote so far; `pid` and `exited` (resolves to `{ code, signal }`) are for tests of the shutdown itself.
 */
export async function startJar({ env, logFile }) {
  const jar = jarPath();
  const url = `http://127.0.0.1:${env.THUISPLAN_PORT}`;
  if (!env.THUISPLAN_MANAGEMENT_PORT) {
    env = { ...env, THUISPLAN_MANAGEMENT_PORT: String(await freePort()) };
  }
  const managementUrl = `http://127.0.0.1:${env.THUISPLAN_MANAGEMENT_PORT}`;
  await mkdir(dirname(logFile), { recursive: true });
  const out = openSync(logFile, 'w');
  const child = spawn(java(), ['-jar', jar], { env, stdio: ['ignore', out, out] });
  closeSync(out);
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  let running = true;
  exited.then(() => (running = false));
  child.once('error', (error) => console.error(`# could not start ${java()}: ${error.message}`));

  async function stop() {
    if (!running) return;
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  const app = { url, managementUrl, pid: child.pid, exited, stop, log: () => readFile(logFile, 'utf8') };

  const started = Date.now();
  while (Date.now() - started < START_TIMEOUT_MS) {
    if (!running) {
      throw new Error(`the application stopped while starting (${JSON.stringify(await exited)}); see ${logFile}`);
    }
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) {
        app.startSeconds = Math.round((Date.now() - started) / 1000);
        return app;
      }
    } catch {
      // not listening yet
    }
    await sleep(1_000);
  }
  await stop();
  throw new Error(`the application did not answer within ${START_TIMEOUT_MS / 1000} s; see ${logFile}`);
}

/** Runs `java -jar <jar> ...args` to its end; answers `{ code, stdout, stderr }`. */
export function runJar(args, env, timeoutMs = 180_000) {
  return new Promise((done, fail) => {
    const child = spawn(java(), ['-jar', jarPath(), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', fail);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      done({ code: code ?? (signal ? -1 : 0), stdout, stderr });
    });
  });
}
