import type { TFunction } from 'i18next';
import { isApiError } from '../../shared/api/problem';

/** The bean-validation codes, whose server messages are the validator's (English) defaults. */
const generic = new Set(['REQUIRED', 'SIZE', 'INVALID_FORMAT', 'OUT_OF_RANGE']);

/**
 * The server's message per field of a refused form (400 VALIDATION_FAILED with `fields`), by field name.
 * The service's own checks answer in Dutch; a bare format or size check gets the Dutch text of its code.
 */
export function fieldErrors(error: unknown, t: TFunction<'admin'>): Record<string, string> {
  if (!isApiError(error, 400)) return {};
  const errors: Record<string, string> = {};
  for (const field of error.problem.fields ?? []) {
    if (!field.field || errors[field.field]) continue;
    errors[field.field] = generic.has(field.code) ? t(`fieldErrors.${field.code}` as 'fieldErrors.REQUIRED') : field.message;
  }
  return errors;
}
