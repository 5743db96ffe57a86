import type { Schemas } from './types';

/** RFC 9457 problem details as the backend sends them (application/problem+json). */
export type FieldProblem = Schemas['FieldProblem'];

/**
 * The problem as the client holds it: the backend's Problem schema, of which only the status is
 * certain (an error page from a proxy is no problem document).
 */
export type Problem = Partial<Schemas['Problem']> & { status: number };

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }
}

/** Reads a problem body when there is one; falls back to the bare status otherwise. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: Partial<Problem> = {};
  try {
    body = (await response.json()) as Partial<Problem>;
  } catch {
    // not JSON (e.g. a proxy error page): the status is all we know
  }
  return new ApiError({ ...body, status: response.status });
}

export function isApiError(error: unknown, ...statuses: number[]): error is ApiError {
  return error instanceof ApiError && (statuses.length === 0 || statuses.includes(error.status));
}
