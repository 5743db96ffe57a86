// Runs the real OpenID Connect flow Thuisplan uses against a running Keycloak with the demo realms
// imported (check-realm.sh starts one): discovery, authorization code with PKCE S256, state and nonce,
// the login form, the code exchange with the client secret, the ID token's signature (against the
// realm's JWKS), issuer, audience, nonce and e-mail, and RP-initiated logout back to /login.
// Also checks what the realm must refuse: an authorization request without PKCE, a wrong code_verifier,
// a wrong client secret, a post_logout_redirect_uri that is not registered. No dependencies: Node 20's fetch and crypto.
//
//   KEYCLOAK_URL=http://localhost:8180 node infra/keycloak/check-realm.mjs
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';

const BASE = (process.env.KEYCLOAK_URL ?? 'http://localhost:8180').replace(/\/$/, '');
const APP = process.env.THUISPLAN_URL ?? 'http://localhost:8080';
const PASSWORD = 'thuisplan-demo';

// realm, provider key in Thuisplan, client secret (the realm files' demo default unless overridden), users
const REALMS = [
  {
    realm: 'thuisplan-demo-amsterdam',
    key: 'amsterdam',
    secret: process.env.THUISPLAN_SSO_AMSTERDAM_CLIENT_SECRET ?? 'change-me-amsterdam-demo-secret',
    users: [
      ['gemeente.amsterdam', 'gemeente.amsterdam@demo.thuisplan.invalid'],
      ['nieuwe.collega', 'nieuwe.collega@demo.thuisplan.invalid'],
      ['buiten.domein', 'buiten.domein@elders.invalid'],
    ],
  },
  {
    realm: 'thuisplan-demo-corporatie',
    key: 'corporatie',
    secret: process.env.THUISPLAN_SSO_CORPORATIE_CLIENT_SECRET ?? 'change-me-corporatie-demo-secret',
    users: [['corporatie.mra', 'corporatie.mra@demo.thuisplan.invalid']],
  },
];

let failures = 0;
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
  return ok;
}

const b64url = (buf) => Buffer.from(buf).toString('base64url');
const decode = (part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** A tiny cookie jar: Keycloak's login form needs its AUTH_SESSION_ID and restart cookies back. */
class Jar {
  cookies = new Map();
  take(res) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

async function get(url, jar) {
  const res = await fetch(url, { redirect: 'manual', headers: jar ? { cookie: jar.header() } : {} });
  jar?.take(res);
  return res;
}

function authUrl(config, key, { pkce, state, nonce }) {
  const u = new URL(config.authorization_endpoint);
  u.searchParams.set('response_type', 'code');
  u.searchParams.set('client_id', 'thuisplan');
  u.searchParams.set('redirect_uri', `${APP}/api/v1/auth/oidc/callback/${key}`);
  u.searchParams.set('scope', 'openid email profile');
  u.searchParams.set('state', state);
  u.searchParams.set('nonce', nonce);
  if (pkce) {
    u.searchParams.set('code_challenge', b64url(createHash('sha256').update(pkce).digest()));
    u.searchParams.set('code_challenge_method', 'S256');
  }
  return u.toString();
}

/** Logs in through the HTML form (or the SSO cookie) and returns the redirect back to Thuisplan. */
async function login(config, key, username, params, jar) {
  let res = await get(authUrl(config, key, params), jar);
  if (res.status === 200) {
    const html = await res.text();
    const action = html.match(/<form[^>]*id="kc-form-login"[^>]*action="([^"]+)"/)?.[1]
      ?? html.match(/action="([^"]*login-actions\/authenticate[^"]*)"/)?.[1];
    if (!action) throw new Error(`no login form for ${username}`);
    res = await fetch(action.replaceAll('&amp;', '&'), {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
      body: new URLSearchParams({ username, password: PASSWORD, credentialId: '' }),
    });
    jar.take(res);
  }
  const location = res.headers.get('location');
  if (res.status !== 302 || !location) throw new Error(`login of ${username}: HTTP ${res.status}, no redirect`);
  return new URL(location);
}

async function exchange(config, key, secret, code, verifier) {
  return fetch(config.token_endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from(`thuisplan:${secret}`).toString('base64')}`,
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${APP}/api/v1/auth/oidc/callback/${key}`,
      code_verifier: verifier,
    }),
  });
}

async function checkRealm({ realm, key, secret, users }) {
  const issuer = `${BASE}/realms/${realm}`;
  const config = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
  check(config.issuer === issuer, `${realm}: discovery names issuer ${issuer}`);
  check(config.code_challenge_methods_supported?.includes('S256'), `${realm}: PKCE S256 supported`);
  check(typeof config.end_session_endpoint === 'string', `${realm}: RP-initiated logout (end_session_endpoint)`);
  const jwks = await (await fetch(config.jwks_uri)).json();

  // Without PKCE the realm must refuse: the client requires S256.
  const noPkce = await get(authUrl(config, key, { state: 's', nonce: 'n' }), new Jar());
  const refused = noPkce.status === 302 ? new URL(noPkce.headers.get('location')).searchParams : null;
  check(refused?.get('error') === 'invalid_request', `${realm}: authorization request without PKCE refused (${refused?.get('error_description') ?? noPkce.status})`);

  for (const [username, email] of users) {
    const jar = new Jar();
    const verifier = b64url(randomBytes(32));
    const state = b64url(randomBytes(16));
    const nonce = b64url(randomBytes(16));
    const back = await login(config, key, username, { pkce: verifier, state, nonce }, jar);
    check(back.origin + back.pathname === `${APP}/api/v1/auth/oidc/callback/${key}`, `${username}: redirected to Thuisplan's callback`);
    check(back.searchParams.get('state') === state, `${username}: state returned unchanged`);
    check(back.searchParams.get('iss') === issuer, `${username}: iss parameter on the redirect (RFC 9207)`);
    const code = back.searchParams.get('code');

    const wrong = await exchange(config, key, secret, code, b64url(randomBytes(32)));
    check(wrong.status === 400, `${username}: code exchange with a wrong code_verifier refused (HTTP ${wrong.status})`);

    // The code was spent by the refused attempt: log in again (the SSO cookie answers without the form).
    const other = await login(config, key, username, { pkce: verifier, state: b64url(randomBytes(16)), nonce }, jar);
    const wrongSecret = await exchange(config, key, `${secret}-wrong`, other.searchParams.get('code'), verifier);
    check(wrongSecret.status === 401, `${username}: code exchange with a wrong client secret refused (HTTP ${wrongSecret.status})`);

    const state2 = b64url(randomBytes(16));
    const again = await login(config, key, username, { pkce: verifier, state: state2, nonce }, jar);
    const res = await exchange(config, key, secret, again.searchParams.get('code'), verifier);
    const tokens = await res.json();
    if (!check(res.status === 200 && tokens.id_token, `${username}: code exchanged with PKCE verifier and client secret`)) {
      console.log(tokens);
      continue;
    }
    const [h, p, s] = tokens.id_token.split('.');
    const header = decode(h);
    const claims = decode(p);
    const jwk = jwks.keys.find((k) => k.kid === header.kid);
    const signed = jwk && verify('RSA-SHA256', Buffer.from(`${h}.${p}`), createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(s, 'base64url'));
    check(header.alg === 'RS256' && signed, `${username}: ID token signed RS256, signature valid against the JWKS`);
    check(claims.iss === issuer, `${username}: ID token iss`);
    check(claims.aud === 'thuisplan' || (Array.isArray(claims.aud) && claims.aud.includes('thuisplan')), `${username}: ID token aud = thuisplan`);
    check(claims.nonce === nonce, `${username}: ID token nonce`);
    check(claims.email === email && claims.email_verified === true, `${username}: email ${claims.email} (verified)`);
    check(typeof claims.sub === 'string' && claims.sub.length > 0, `${username}: sub ${claims.sub}`);

    const logout = new URL(config.end_session_endpoint);
    logout.searchParams.set('id_token_hint', tokens.id_token);
    logout.searchParams.set('client_id', 'thuisplan');
    logout.searchParams.set('post_logout_redirect_uri', 'https://elders.invalid/');
    const badLogout = await get(logout.toString(), jar);
    check(badLogout.status === 400, `${username}: logout to an unregistered post_logout_redirect_uri refused (HTTP ${badLogout.status})`);
    logout.searchParams.set('post_logout_redirect_uri', `${APP}/login`);
    logout.searchParams.set('state', state);
    const out = await get(logout.toString(), jar);
    const to = out.headers.get('location') ?? '';
    check(out.status === 302 && to.startsWith(`${APP}/login`), `${username}: RP-initiated logout back to ${APP}/login`);
  }
}

const started = Date.now();
for (const r of REALMS) {
  await checkRealm(r);
}
console.log(`${failures === 0 ? 'all checks passed' : `${failures} check(s) failed`} in ${Date.now() - started} ms`);
process.exit(failures === 0 ? 0 : 1);
