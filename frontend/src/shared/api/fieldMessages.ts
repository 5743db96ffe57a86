import { useTranslation } from 'react-i18next';
import { type FieldProblem, isApiError } from './problem';

/** The bean-validation codes, whose server messages are the validator's (English) defaults. */
const generic = new Set(['REQUIRED', 'SIZE', 'INVALID_FORMAT', 'OUT_OF_RANGE']);

/**
 * The server's field messages of a refused request, to be shown at their fields. A message belongs
 * to a form field when its path is the field's name or starts with it (`regionCodes[0]` belongs to
 * `regionCodes`, `legalBasis.date` to `legalBasis`).
 */
export interface FieldMessages {
  /** the first message per field path as the server named it */
  readonly byField: Record<string, string>;
  /** the first message for this form field, if any */
  at(name: string): string | undefined;
  /** the messages no field on screen shows, so they are listed above the form instead */
  unplaced(placed: readonly string[]): FieldProblem[];
  /** whether the server named any field at all */
  readonly any: boolean;
}

const belongs = (path: string, name: string) => path === name || path.startsWith(`${name}.`) || path.startsWith(`${name}[`);

/**
 * Reads the fields of a 400 answer. The service's own checks answer in Dutch; a bare format or size
 * check gets the Dutch text of its code.
 */
export function useFieldMessages(error: unknown): FieldMessages {
  const { t } = useTranslation();
  const fields: FieldProblem[] = (isApiError(error, 400) ? (error.problem.fields ?? []) : []).map((f) =>
    generic.has(f.code) ? { ...f, message: t(`fieldErrors.${f.code}` as 'fieldErrors.REQUIRED') } : f,
  );
  const byField: Record<string, string> = {};
  for (const f of fields) byField[f.field] ??= f.message;
  return {
    byField,
    at: (name) => fields.find((f) => belongs(f.field, name))?.message,
    unplaced: (placed) => fields.filter((f) => !placed.some((name) => belongs(f.field, name))),
    any: fields.length > 0,
  };
}
