import { toApiError } from '../api/problem';
import type { Schemas } from '../api/types';
import { tokenStore } from './tokenStore';

/**
 * Response of POST /api/v1/auth/login and POST /api/v1/auth/token. A refresh answers a new refresh token
 * too: each one works once, and sending a used one again ends the session (REFRESH_TOKEN_REUSED).
 */
export type TokenResponse = Schemas['TokenResponse'];

async function postJson(path: string, body: Schemas['LoginRequest'] | Schemas['RefreshRequest']): Promise<TokenResponse> {
  // Plain fetch on purpose: a 401 here means "wrong credentials", not "refresh and retry".
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as TokenResponse;
}

function store(tokens: TokenResponse) {
  tokenStore.save({ accessToken: tokens.access_token, refreshToken: tokens.refresh_token });
}

export async function login(username: string, password: string): Promise<TokenResponse> {
  const tokens = await postJson('/api/v1/auth/login', { username, password });
  store(tokens);
  return tokens;
}

let pendingRefresh: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for new tokens and stores both: the server rotates the refresh token
 * on every use. Concurrent callers share one request, so a page that fires several queries with an
 * expired token refreshes only once; two refreshes with the same token would end the session.
 */
export function refreshTokens(): Promise<boolean> {
  const refreshToken = tokenStore.refreshToken();
  if (!refreshToken) return Promise.resolve(false);
  pendingRefresh ??= postJson('/api/v1/auth/token', { grant_type: 'refresh_token', refresh_token: refreshToken })
    .then((tokens) => {
      store(tokens);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      pendingRefresh = null;
    });
  return pendingRefresh;
}

function postLogout(): Promise<Response> {
  const body: Schemas['LogoutControllerLogoutRequest'] = { refresh_token: tokenStore.refreshToken() ?? '' };
  return fetch('/api/v1/auth/logout', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      Authorization: `Bearer ${tokenStore.accessToken() ?? ''}`,
    },
    body: JSON.stringify(body),
  });
}

/**
 * Ends the session on the server (its refresh token stops working), then here. An expired access
 * token is refreshed once to be allowed to log out. The tokens are cleared whatever the server
 * answers: whoever clicks "Uitloggen" is logged out, also when the server cannot be reached.
 */
export async function logout(): Promise<void> {
  try {
    if (tokenStore.refreshToken()) {
      const response = await postLogout();
      if (response.status === 401 && (await refreshTokens())) await postLogout();
    }
  } catch {
    // offline: nothing here keeps the refresh token, and the server lets its session expire
  } finally {
    tokenStore.clear();
  }
}
