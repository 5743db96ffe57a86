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
 * Non-2xx answers are thrown as ApiError.
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
  return (await response.json()) as T;
}
