import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../test/mockApi';
import { signInBrowser, signOutBrowser, TEST_CSRF } from '../../test/session';
import { login, logout, refreshSession } from './authApi';
import { sessionState } from './sessionState';

interface Seen {
  body: unknown;
  headers: Headers;
}

describe('browser session', () => {
  it('logs in with the session endpoint; no token is kept by the page', async () => {
    const seen: Seen[] = [];
    mockApi({
      'POST /api/v1/auth/session': (request: Seen) => {
        seen.push(request);
        signInBrowser('csrf-1');
        return new Response(null, { status: 204 });
      },
    });
    await login('regio.mra', 'thuisplan-demo');
    expect(seen[0]?.body).toEqual({ username: 'regio.mra', password: 'thuisplan-demo' });
    expect(sessionState.isAuthenticated()).toBe(true);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(Object.keys(localStorage).filter((key) => /token/i.test(key))).toEqual([]);
  });

  it('sends the code of the second factor when there is one', async () => {
    const seen: Seen[] = [];
    mockApi({
      'POST /api/v1/auth/session': (request: Seen) => {
        seen.push(request);
        return new Response(null, { status: 204 });
      },
    });
    await login('regio.mra', 'thuisplan-demo', '123456');
    expect(seen[0]?.body).toEqual({ username: 'regio.mra', password: 'thuisplan-demo', code: '123456' });
  });

  it('refreshes with the CSRF token, and concurrent callers share one request', async () => {
    signInBrowser();
    const seen: Seen[] = [];
    mockApi({
      'POST /api/v1/auth/session/refresh': (request: Seen) => {
        seen.push(request);
        return new Response(null, { status: 204 });
      },
    });
    const results = await Promise.all([refreshSession(), refreshSession()]);
    expect(results).toEqual([true, true]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.get('X-CSRF-Token')).toBe(TEST_CSRF);
  });

  it('does not try to refresh without a session', async () => {
    signOutBrowser();
    const fetchMock = mockApi({});
    expect(await refreshSession()).toBe(false);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('logout', () => {
  it('ends the session on the server with DELETE and the CSRF token, then here', async () => {
    signInBrowser();
    const seen: Seen[] = [];
    mockApi({
      'DELETE /api/v1/auth/session': (request: Seen) => {
        seen.push(request);
        signOutBrowser();
        return new Response(JSON.stringify({ endSessionUrl: null }), {
          status: 200,
          headers: { 'Content-Type': 'application/json' },
        });
      },
    });
    await logout();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.headers.get('X-CSRF-Token')).toBe(TEST_CSRF);
    expect(sessionState.isAuthenticated()).toBe(false);
  });

  it('logs out here even when the server cannot be reached or refuses', async () => {
    signInBrowser();
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await logout();
    expect(sessionState.isAuthenticated()).toBe(false);

    signInBrowser();
    mockApi({ 'DELETE /api/v1/auth/session': () => problem(403, 'CSRF_TOKEN_INVALID', 'Geen token') });
    await logout();
    expect(sessionState.isAuthenticated()).toBe(false);
  });
});
