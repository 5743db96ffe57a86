import { isApiError } from '../../shared/api/problem';

/** Field name → the server's Dutch message, from a 400 problem with `fields`. */
export type FieldErrors = Record<string, string>;

export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error, 400)) return {};
  const errors: FieldErrors = {};
  for (const field of error.problem.fields ?? []) errors[field.field] = field.message;
  return errors;
}

/** A refused link (expired, used, revoked or unknown: the server does not say which). */
export function isLinkInvalid(error: unknown): boolean {
  return isApiError(error, 410) || (isApiError(error) && error.problem.code === 'LINK_INVALID');
}

/** Checks in the browser before anything is sent: both fields filled, the same, long enough. */
export function checkNewPassword(
  password: string,
  repeat: string,
  minLength: number,
  messages: { required: string; tooShort: string; mismatch: string },
): FieldErrors {
  if (!password) return { password: messages.required };
  if ([...password].length < minLength) return { password: messages.tooShort };
  if (password !== repeat) return { repeat: messages.mismatch };
  return {};
}
