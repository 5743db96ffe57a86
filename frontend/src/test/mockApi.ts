import type { Problem } from '../shared/api/problem';

type Handler = (request: { method: string; body: unknown; headers: Headers }) => Response | Promise<Response>;

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
export function mockApi(routes: Record<string, Handler | object>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const route = routes[`${method} ${url.pathname}`];
    if (route === undefined) return problem(404, 'NOT_FOUND', 'Niet gevonden');
    if (typeof route !== 'function') return json(route);
    const body = typeof init.body === 'string' ? JSON.parse(init.body) : undefined;
    return (route as Handler)({ method, body, headers: new Headers(init.headers) });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
