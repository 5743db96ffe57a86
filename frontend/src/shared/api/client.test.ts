import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/mockApi';
import { signInBrowser, TEST_CSRF } from '../../test/session';
import { sessionState } from '../auth/sessionState';
import { apiFetch } from './client';
import { ApiError } from './problem';

/** The fetch options of every call the mock saw. */
function inits(fetchMock: ReturnType<typeof mockApi>): RequestInit[] {
  return fetchMock.mock.calls.map((call) => (call[1] ?? {}) as RequestInit);
}

describe('apiFetch', () => {
  it('sends the session cookies, no Authorization header, and no CSRF token on a read', async () => {
    signInBrowser();
    const fetchMock = mockApi({
      'GET /api/v1/me': ({ headers }) => json({ auth: headers.get('Authorization'), csrf: headers.get('X-CSRF-Token') }),
    });
    expect(await apiFetch('/api/v1/me')).toEqual({ auth: null, csrf: null });
    expect(inits(fetchMock)[0]!.credentials).toBe('same-origin');
  });

  it('sends the CSRF token from the cookie on a state-changing request', async () => {
    signInBrowser();
    let seen: string | null = null;
    mockApi({
      'POST /api/v1/me/sessions/revoke-all': ({ headers }: { headers: Headers }) => {
        seen = headers.get('X-CSRF-Token');
        return new Response(null, { status: 204 });
      },
    });
    await apiFetch('/api/v1/me/sessions/revoke-all', { method: 'POST' });
    expect(seen).toBe(TEST_CSRF);
  });

  it('refreshes once on 401 and retries', async () => {
    signInBrowser();
    let refreshed = false;
    mockApi({
      'GET /api/v1/me': () => (refreshed ? json({ ok: true }) : problem(401, 'UNAUTHORIZED', 'Verlopen')),
      'POST /api/v1/auth/session/refresh': () => {
        refreshed = true;
        return new Response(null, { status: 204 });
      },
    });
    expect(await apiFetch('/api/v1/me')).toEqual({ ok: true });
  });

  it('refreshes once for concurrent requests: a used refresh token is never sent twice', async () => {
    signInBrowser();
    let refreshes = 0;
    mockApi({
      'GET /api/v1/me': () => (refreshes > 0 ? json({ ok: true }) : problem(401, 'UNAUTHORIZED', 'Verlopen')),
      'POST /api/v1/auth/session/refresh': async () => {
        refreshes += 1;
        await new Promise((resolve) => setTimeout(resolve, 10));
        return new Response(null, { status: 204 });
      },
    });
    await Promise.all([apiFetch('/api/v1/me'), apiFetch('/api/v1/me'), apiFetch('/api/v1/me')]);
    expect(refreshes).toBe(1);
  });

  it('forgets the session when the refresh fails too', async () => {
    signInBrowser();
    const fetchMock = mockApi({
      'GET /api/v1/me': () => problem(401, 'UNAUTHORIZED', 'Verlopen'),
      'POST /api/v1/auth/session/refresh': () => problem(401, 'REFRESH_TOKEN_REUSED', 'Sessie beëindigd'),
    });
    await expect(apiFetch('/api/v1/me')).rejects.toBeInstanceOf(ApiError);
    expect(sessionState.isAuthenticated()).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('throws the problem of a 4xx answer', async () => {
    signInBrowser();
    mockApi({ 'GET /api/v1/regions/ENS': () => problem(404, 'NOT_FOUND', 'Regio niet gevonden') });
    const error = await apiFetch('/api/v1/regions/ENS').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.code).toBe('NOT_FOUND');
  });
});
