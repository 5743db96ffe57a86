import { toApiError } from '../api/problem';
import type { Schemas } from '../api/types';
import { tokenStore } from './tokenStore';

/** Response of POST /api/auth/login and POST /api/auth/token. */
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
  const tokens = await postJson('/api/auth/login', { username, password });
  store(tokens);
  return tokens;
}

let pendingRefresh: Promise<boolean> | null = null;

/**
 * Exchanges the refresh token for a new access token. Concurrent callers share one request,
 * so a page that fires several queries with an expired token refreshes only once.
 */
export function refreshTokens(): Promise<boolean> {
  const refreshToken = tokenStore.refreshToken();
  if (!refreshToken) return Promise.resolve(false);
  pendingRefresh ??= postJson('/api/auth/token', { grant_type: 'refresh_token', refresh_token: refreshToken })
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
