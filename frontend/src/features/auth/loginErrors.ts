import type { TFunction } from 'i18next';
import { isApiError } from '../../shared/api/problem';

export type FieldErrors = Partial<Record<'username' | 'password' | 'code', string>>;

/** The server asks for the second factor's code (its problem code, whatever the status). */
export function needsCode(error: unknown): boolean {
  return isApiError(error) && (error.problem.code === 'TOTP_REQUIRED');
}

/** The message above the form for a failed login; the server's Dutch detail explains a throttled address. */
export function loginErrorMessage(error: unknown, t: TFunction<'auth'>): string {
  if (needsCode(error)) return isApiError(error) && error.problem.detail ? error.problem.detail : t('errors.codeRequired');
  if (isApiError(error, 401)) return t('errors.invalidCredentials');
  if (isApiError(error, 429)) return error.problem.detail ?? t('errors.throttled');
  if (isApiError(error, 400) && error.problem.detail) return error.problem.detail;
  return t('errors.general');
}

/** Field messages from a validation problem (400 with `fields`). */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error, 400)) return {};
  const errors: FieldErrors = {};
  for (const field of error.problem.fields ?? []) {
    if (field.field === 'username' || field.field === 'password' || field.field === 'code') errors[field.field] = field.message;
  }
  return errors;
}
