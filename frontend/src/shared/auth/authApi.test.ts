import { describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../test/mockApi';
import { logout } from './authApi';
import { tokenStore } from './tokenStore';

/** What the mock of the logout route receives (its success answer, 204, has no schema to type it). */
interface LogoutRequest {
  body: unknown;
  headers: Headers;
}

interface LogoutCall {
  auth: string | null;
  body: unknown;
}

describe('logout', () => {
  it('ends the session on the server with the refresh token, then clears the tokens', async () => {
    tokenStore.save({ accessToken: 'a1', refreshToken: 'r1' });
    const calls: LogoutCall[] = [];
    mockApi({
      'POST /api/v1/auth/logout': ({ body, headers }: LogoutRequest) => {
        calls.push({ auth: headers.get('Authorization'), body });
        return new Response(null, { status: 204 });
      },
    });
    await logout();
    expect(calls).toEqual([{ auth: 'Bearer a1', body: { refresh_token: 'r1' } }]);
    expect(tokenStore.accessToken()).toBeNull();
    expect(tokenStore.refreshToken()).toBeNull();
  });

  it('refreshes an expired access token once and logs out with the rotated refresh token', async () => {
    tokenStore.save({ accessToken: 'expired', refreshToken: 'r1' });
    const calls: LogoutCall[] = [];
    mockApi({
      'POST /api/v1/auth/logout': ({ body, headers }: LogoutRequest) => {
        calls.push({ auth: headers.get('Authorization'), body });
        return headers.get('Authorization') === 'Bearer a2'
          ? new Response(null, { status: 204 })
          : problem(401, 'UNAUTHENTICATED', 'Verlopen');
      },
      'POST /api/v1/auth/token': {
        access_token: 'a2',
        refresh_token: 'r2',
        token_type: 'Bearer',
        expires_in: 900,
        username: 'regio.mra',
        roles: ['REGION_PROGRAMME_MANAGER'],
      },
    });
    await logout();
    expect(calls).toEqual([
      { auth: 'Bearer expired', body: { refresh_token: 'r1' } },
      { auth: 'Bearer a2', body: { refresh_token: 'r2' } },
    ]);
    expect(tokenStore.isAuthenticated()).toBe(false);
  });

  it('logs out here even when the server cannot be reached', async () => {
    tokenStore.save({ accessToken: 'a1', refreshToken: 'r1' });
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await logout();
    expect(tokenStore.isAuthenticated()).toBe(false);
    expect(tokenStore.refreshToken()).toBeNull();
  });
});
