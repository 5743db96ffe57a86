import { refreshTokens } from '../auth/authApi';
import { tokenStore } from '../auth/tokenStore';
import { toApiError } from './problem';

function withAuth(init: RequestInit): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  const token = tokenStore.accessToken();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return { ...init, headers };
}

/**
 * fetch for the API: adds the bearer token; on a 401 refreshes the tokens once and retries;
 * if that fails the tokens are cleared, which sends the user to the login page.
 * Non-2xx answers are thrown as ApiError; 202 and 204 resolve to undefined.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response = await fetch(path, withAuth(init));
  if (response.status === 401) {
    if (await refreshTokens()) {
      response = await fetch(path, withAuth(init));
    }
    if (response.status === 401) {
      tokenStore.clear();
    }
  }
  if (!response.ok) throw await toApiError(response);
  // 202 Accepted and 204 No Content carry no body
  if (response.status === 202 || response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
