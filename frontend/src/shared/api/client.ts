import { refreshSession } from '../auth/authApi';
import { csrfToken, sessionState } from '../auth/sessionState';
import { toApiError } from './problem';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A request of the browser session: its cookies go along (credentials 'same-origin'; the access token
 * is in an HttpOnly cookie), and a state-changing request carries the CSRF token the server checks.
 */
export function withSession(init: RequestInit = {}): RequestInit {
  const headers = new Headers(init.headers);
  const token = csrfToken();
  if (token && STATE_CHANGING.has((init.method ?? 'GET').toUpperCase())) headers.set('X-CSRF-Token', token);
  return { ...init, headers, credentials: 'same-origin' };
}

function forApi(init: RequestInit): RequestInit {
  const request = withSession(init);
  (request.headers as Headers).set('Accept', 'application/json');
  return request;
}

/**
 * fetch for the API: sends the session's cookies; on a 401 refreshes the session once and retries;
 * if that fails the session is forgotten, which sends the user to the login page.
 * Non-2xx answers are thrown as ApiError; 202 and 204 resolve to undefined.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response = await fetch(path, forApi(init));
  if (response.status === 401) {
    if (await refreshSession()) {
      response = await fetch(path, forApi(init));
    }
    if (response.status === 401) {
      sessionState.forget();
    }
  }
  if (!response.ok) throw await toApiError(response);
  // 202 Accepted and 204 No Content carry no body
  if (response.status === 202 || response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
