import { toApiError } from '../api/problem';
import type { Schemas } from '../api/types';
import { csrfToken, sessionState } from './sessionState';

/** The browser's login: name, password and, when the server asks for it (TOTP_REQUIRED), the second factor's code. */
export type LoginBody = Omit<Schemas['BrowserSessionControllerBrowserLoginRequest'], 'code'> & { code?: string | null };

const SESSION = '/api/v1/auth/session';

/** Headers of a state-changing request of this session: JSON, and the CSRF token the server checks. */
function sessionHeaders(json: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (json) headers.set('Content-Type', 'application/json');
  const token = csrfToken();
  if (token) headers.set('X-CSRF-Token', token);
  return headers;
}

/**
 * POST /api/v1/auth/session: the server answers with the session's cookies (HttpOnly, never seen here).
 * Plain fetch on purpose: a 401 here means "wrong credentials", not "refresh and retry".
 */
export async function login(username: string, password: string, code?: string): Promise<void> {
  const body: LoginBody = code ? { username, password, code } : { username, password };
  const response = await fetch(SESSION, {
    method: 'POST',
    credentials: 'same-origin',
    headers: sessionHeaders(true),
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await toApiError(response);
  sessionState.changed();
}

let pendingRefresh: Promise<boolean> | null = null;

/**
 * Renews the session's cookies: the server rotates the refresh cookie on every use. Concurrent callers
 * share one request, so a page that fires several queries with an expired access cookie refreshes only
 * once; two refreshes with the same refresh token would end the session (REFRESH_TOKEN_REUSED).
 */
export function refreshSession(): Promise<boolean> {
  if (!csrfToken()) return Promise.resolve(false);
  pendingRefresh ??= fetch(`${SESSION}/refresh`, { method: 'POST', credentials: 'same-origin', headers: sessionHeaders(false) })
    .then((response) => {
      if (response.ok) sessionState.changed();
      return response.ok;
    })
    .catch(() => false)
    .finally(() => {
      pendingRefresh = null;
    });
  return pendingRefresh;
}

/**
 * Ends the session on the server (DELETE /api/v1/auth/session revokes it and clears the cookies), then
 * here, whatever the server answers: whoever clicks "Uitloggen" is logged out, also when the server cannot
 * be reached. When the session came from an identity provider, the answer names the provider's logout page
 * (endSessionUrl) and the browser goes there to end that session too.
 */
export async function logout(): Promise<void> {
  let endSessionUrl: string | null | undefined = null;
  try {
    const response = await fetch(SESSION, { method: 'DELETE', credentials: 'same-origin', headers: sessionHeaders(false) });
    if (response.ok) {
      endSessionUrl = ((await response.json()) as Schemas['BrowserSessionControllerLogoutAnswer']).endSessionUrl;
    }
  } catch {
    // offline: the server lets its session expire
  } finally {
    sessionState.forget();
  }
  if (endSessionUrl) window.location.assign(endSessionUrl);
}
