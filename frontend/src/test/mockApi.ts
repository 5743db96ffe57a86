import type { Problem } from '../shared/api/problem';
import type { ApiRoute, ResponseOfRoute } from '../shared/api/types';

type Handler = (request: { method: string; body: unknown; headers: Headers }) => Response | Promise<Response>;

/**
 * "METHOD /path" → a handler, or the JSON body the API answers there. Keys must be routes of the API
 * document and bodies must fit the route's success schema, so a mock cannot drift from the real API.
 */
export type Routes<K extends ApiRoute> = { [R in K]: Handler | ResponseOfRoute<R> };

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const problem = (status: number, code: string, detail: string, extra: Partial<Problem> = {}) =>
  new Response(JSON.stringify({ type: 'about:blank', title: code, status, detail, code, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

/**
 * Replaces global fetch with a router over "METHOD /path" keys; unknown paths answer 404.
 * Returns the mock so tests can inspect the calls.
 */
export function mockApi<K extends ApiRoute>(routes: Routes<K>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const route = (routes as Record<string, Handler | object | undefined>)[`${method} ${url.pathname}`];
    if (route === undefined) return problem(404, 'NOT_FOUND', 'Niet gevonden');
    if (typeof route !== 'function') return json(route);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    return (route as Handler)({ method, body, headers: new Headers(init.headers) });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
