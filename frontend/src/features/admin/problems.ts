import { isApiError } from '../../shared/api/problem';

/** The server's message per field of a refused form (400 VALIDATION_FAILED with `fields`), by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error, 400)) return {};
  const errors: Record<string, string> = {};
  for (const field of error.problem.fields ?? []) {
    if (field.field && !errors[field.field]) errors[field.field] = field.message;
  }
  return errors;
}
