// A stand-in for the backend: the API contract with demo data, plus the built SPA from ../dist.
// For screenshots and e2e runs while the real backend is not available:
//   node e2e/mock-backend.mjs [port]       (after `npm run build`)
import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allocationApi } from './mock-allocation.mjs';
import { dashboardApi } from './mock-dashboard.mjs';
import { demandApi, groupsOf } from './mock-demand.mjs';
import { municipalities, regions, users } from './mock-data.mjs';
import { urgencyApi } from './mock-urgency.mjs';
import { woonzorgvisieApi } from './mock-woonzorgvisie.mjs';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
const today = new Date().toISOString().slice(0, 10);
const isCurrent = (membership) => !membership.validTo || membership.validTo >= today;

const accessTokens = new Map(); // token -> username
const refreshTokens = new Map();
const failures = new Map();

function send(res, status, body, type = 'application/json') {
  res.writeHead(status, { 'Content-Type': type });
  res.end(typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body));
}

function problem(res, status, code, detail) {
  send(res, status, { type: 'about:blank', title: code, status, detail, code }, 'application/problem+json');
}

function issueTokens(user) {
  const access = randomUUID();
  const refresh = randomUUID();
  accessTokens.set(access, user.username);
  refreshTokens.set(refresh, user.username);
  return { access_token: access, refresh_token: refresh, token_type: 'Bearer', expires_in: 900, username: user.username, roles: [user.role] };
}

function membersOf(regionCode) {
  const members = [];
  for (const m of municipalities.values()) {
    for (const membership of m.memberships.filter((ms) => ms.region.code === regionCode)) {
      const { region: _region, ...rest } = membership;
      members.push({ code: m.code, name: m.name, province: m.province, inhabitants: m.inhabitants, ...rest });
    }
  }
  return members;
}

function maySeeRegion(user, regionCode) {
  switch (user.role) {
    case 'PLATFORM_ADMIN':
      return true;
    case 'REGION_PROGRAMME_MANAGER':
    case 'MUNICIPALITY_OFFICER':
      return user.region?.code === regionCode;
    case 'PROVINCE_ANALYST':
      return membersOf(regionCode).some((m) => isCurrent(m) && m.province.code === user.province.code);
    default:
      return false;
  }
}

function maySeeMunicipality(user, municipality) {
  switch (user.role) {
    case 'PLATFORM_ADMIN':
      return true;
    case 'MUNICIPALITY_OFFICER':
      return user.municipality.code === municipality.code;
    case 'PROVINCE_ANALYST':
      return user.province.code === municipality.province.code;
    case 'REGION_PROGRAMME_MANAGER':
      return municipality.memberships.some((ms) => ms.region.code === user.region.code);
    default:
      return false;
  }
}

function regionSummary(region) {
  const current = membersOf(region.code).filter(isCurrent);
  const provinces = [...new Map(current.map((m) => [m.province.code, m.province])).values()];
  return { code: region.code, name: region.name, municipalityCount: current.length, provinces };
}

async function readJson(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  try {
    return JSON.parse(body || '{}');
  } catch {
    return {};
  }
}

async function api(req, res, path) {
  if (req.method === 'POST' && path === '/api/auth/login') {
    const { username, password } = await readJson(req);
    if ((failures.get(username) ?? 0) >= 5) {
      return problem(res, 423, 'LOGIN_LOCKED', 'Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het over 15 minuten opnieuw.');
    }
    const user = users.find((u) => u.username === username && u.password === password);
    if (!user) {
      failures.set(username, (failures.get(username) ?? 0) + 1);
      return problem(res, 401, 'LOGIN_FAILED', 'Onjuiste gebruikersnaam of wachtwoord.');
    }
    failures.delete(username);
    return send(res, 200, issueTokens(user));
  }
  if (req.method === 'POST' && path === '/api/auth/token') {
    const { grant_type: grantType, refresh_token: token } = await readJson(req);
    const username = grantType === 'refresh_token' && refreshTokens.get(token);
    if (!username) return problem(res, 401, 'INVALID_GRANT', 'De sessie is verlopen. Log opnieuw in.');
    refreshTokens.delete(token);
    return send(res, 200, issueTokens(users.find((u) => u.username === username)));
  }

  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const user = users.find((u) => u.username === accessTokens.get(token));
  if (!user) return problem(res, 401, 'UNAUTHORIZED', 'Log in om verder te gaan.');
  const { password: _password, ...me } = user;

  if (path === '/api/me') return send(res, 200, me);
  if (path === '/api/regions') {
    return send(res, 200, regions.filter((r) => maySeeRegion(user, r.code)).map(regionSummary));
  }
  let match = /^\/api\/regions\/([^/]+)$/.exec(path);
  if (match) {
    const region = regions.find((r) => r.code === decodeURIComponent(match[1]));
    if (!region || !maySeeRegion(user, region.code)) return problem(res, 404, 'NOT_FOUND', 'Deze regio bestaat niet of u heeft er geen toegang toe.');
    return send(res, 200, { ...region, municipalities: membersOf(region.code) });
  }
  if (path === '/api/municipalities') {
    return send(res, 200, [...municipalities.values()].filter((m) => maySeeMunicipality(user, m)));
  }
  match = /^\/api\/municipalities\/([^/]+)$/.exec(path);
  if (match) {
    const municipality = municipalities.get(decodeURIComponent(match[1]));
    if (!municipality || !maySeeMunicipality(user, municipality)) return problem(res, 404, 'NOT_FOUND', 'Deze gemeente bestaat niet of u heeft er geen toegang toe.');
    return send(res, 200, municipality);
  }
  const regionName = (code) => regions.find((r) => r.code === code)?.name ?? code;
  if ((await demandApi(req, res, user, { send, maySeeRegion, regionName })) !== false) return;
  const groupName = (region, code) => groupsOf(region).find((g) => g.code === code)?.name ?? code;
  if ((await allocationApi(req, res, user, { send, maySeeRegion, regionName, groupName })) !== false) return;
  if ((await urgencyApi(req, res, user, { send, maySeeRegion, regionName })) !== false) return;
  if ((await woonzorgvisieApi(req, res, user, { send, maySeeRegion, regionName })) !== false) return;
  if ((await dashboardApi(req, res, user, { send })) !== false) return;
  return problem(res, 404, 'NOT_FOUND', 'Onbekend adres.');
}

async function staticFile(res, path) {
  const file = normalize(join(distDir, path));
  const inDist = file.startsWith(distDir);
  const isFile = inDist && (await stat(file).catch(() => null))?.isFile();
  // Unknown paths get index.html so the client-side router can show them (deep links).
  const target = isFile ? file : join(distDir, 'index.html');
  try {
    send(res, 200, await readFile(target), types[extname(target)] ?? 'application/octet-stream');
  } catch {
    send(res, 500, 'dist/ is missing: run npm run build first', 'text/plain');
  }
}

/** Starts the mock on `port` (0 = any free port) and resolves to its base URL. */
export function startMockBackend(port = 0) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://localhost').pathname;
    const handle = path.startsWith('/api/') || path === '/api' ? api(req, res, path) : staticFile(res, path);
    handle.catch((error) => problem(res, 500, 'INTERNAL', String(error)));
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startMockBackend(Number(process.argv[2] ?? 8080));
  console.log(`Mock backend on ${url}`);
}
