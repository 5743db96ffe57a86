import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/mockApi';
import { tokenStore } from '../auth/tokenStore';
import { apiFetch } from './client';
import { ApiError } from './problem';

const tokens = (access: string) => ({
  access_token: access,
  refresh_token: `refresh-for-${access}`,
  token_type: 'Bearer',
  expires_in: 900,
  username: 'regio.mra',
  roles: ['REGION_PROGRAMME_MANAGER'],
});

describe('apiFetch', () => {
  it('sends the access token as a bearer token', async () => {
    tokenStore.save({ accessToken: 'a1', refreshToken: 'r1' });
    const fetchMock = mockApi({
      'GET /api/v1/me': ({ headers }) => json({ auth: headers.get('Authorization') }),
    });
    expect(await apiFetch('/api/v1/me')).toEqual({ auth: 'Bearer a1' });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('refreshes once on 401 and retries with the new token', async () => {
    tokenStore.save({ accessToken: 'expired', refreshToken: 'r1' });
    const refreshBodies: unknown[] = [];
    mockApi({
      'GET /api/v1/me': ({ headers }) =>
        headers.get('Authorization') === 'Bearer a2' ? json({ ok: true }) : problem(401, 'UNAUTHORIZED', 'Verlopen'),
      'POST /api/v1/auth/token': ({ body }) => {
        refreshBodies.push(body);
        return json(tokens('a2'));
      },
    });
    expect(await apiFetch('/api/v1/me')).toEqual({ ok: true });
    expect(refreshBodies).toEqual([{ grant_type: 'refresh_token', refresh_token: 'r1' }]);
    expect(tokenStore.accessToken()).toBe('a2');
  });

  it('keeps the rotated refresh token and sends it at the next refresh', async () => {
    tokenStore.save({ accessToken: 'expired', refreshToken: 'r1' });
    let valid = 'a2';
    const refreshBodies: unknown[] = [];
    mockApi({
      'GET /api/v1/me': ({ headers }) =>
        headers.get('Authorization') === `Bearer ${valid}` ? json({ ok: true }) : problem(401, 'UNAUTHORIZED', 'Verlopen'),
      'POST /api/v1/auth/token': ({ body }) => {
        refreshBodies.push(body);
        return json(tokens(refreshBodies.length === 1 ? 'a2' : 'a3'));
      },
    });
    expect(await apiFetch('/api/v1/me')).toEqual({ ok: true });
    expect(tokenStore.refreshToken()).toBe('refresh-for-a2');

    valid = 'a3'; // a2 has expired meanwhile
    expect(await apiFetch('/api/v1/me')).toEqual({ ok: true });
    expect(refreshBodies).toEqual([
      { grant_type: 'refresh_token', refresh_token: 'r1' },
      { grant_type: 'refresh_token', refresh_token: 'refresh-for-a2' },
    ]);
    expect(tokenStore.refreshToken()).toBe('refresh-for-a3');
  });

  it('refreshes once for concurrent requests: a used refresh token is never sent twice', async () => {
    tokenStore.save({ accessToken: 'expired', refreshToken: 'r1' });
    const refreshBodies: unknown[] = [];
    mockApi({
      'GET /api/v1/me': ({ headers }) =>
        headers.get('Authorization') === 'Bearer a2' ? json({ ok: true }) : problem(401, 'UNAUTHORIZED', 'Verlopen'),
      'POST /api/v1/auth/token': ({ body }) => {
        refreshBodies.push(body);
        return json(tokens('a2'));
      },
    });
    await Promise.all([apiFetch('/api/v1/me'), apiFetch('/api/v1/me'), apiFetch('/api/v1/me')]);
    expect(refreshBodies).toEqual([{ grant_type: 'refresh_token', refresh_token: 'r1' }]);
  });

  it('clears the tokens when the refresh fails too', async () => {
    tokenStore.save({ accessToken: 'expired', refreshToken: 'r1' });
    const fetchMock = mockApi({
      'GET /api/v1/me': () => problem(401, 'UNAUTHORIZED', 'Verlopen'),
      'POST /api/v1/auth/token': () => problem(401, 'REFRESH_TOKEN_REUSED', 'Sessie beëindigd'),
    });
    await expect(apiFetch('/api/v1/me')).rejects.toBeInstanceOf(ApiError);
    expect(tokenStore.isAuthenticated()).toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('throws the problem of a 4xx answer', async () => {
    tokenStore.save({ accessToken: 'a1', refreshToken: 'r1' });
    mockApi({ 'GET /api/v1/regions/ENS': () => problem(404, 'NOT_FOUND', 'Regio niet gevonden') });
    const error = await apiFetch('/api/v1/regions/ENS').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem.code).toBe('NOT_FOUND');
  });
});
