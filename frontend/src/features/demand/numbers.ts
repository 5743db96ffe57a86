/** Reading and showing the figures of a demand analysis. */
export { formatDateTime } from '../../shared/format/format';

const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };
const locale = (language: string) => locales[language] ?? 'nl-NL';

/** The largest count the backend stores (a 32-bit integer). */
const MAX_COUNT = 2_147_483_647;

export type CountError = 'negative' | 'notInteger' | 'notANumber' | 'tooLarge';
export type ParsedCount = { ok: true; value: number | null } | { ok: false; error: CountError };

/**
 * Reads what a user typed or pasted into a cell: empty means "no figure" (null).
 * Thousands may be grouped the way the UI language writes them ("1.200" in Dutch, "1,200" in English),
 * as spreadsheets copy formatted numbers that way; anything with decimals is refused.
 */
export function parseCount(text: string, language: string): ParsedCount {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return { ok: true, value: null };
  const group = language === 'en' ? ',' : '.';
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+$`);
  const digits = grouped.test(compact) ? compact.split(group).join('') : compact;
  if (/^-\d+([.,]\d+)?$/.test(digits)) return { ok: false, error: 'negative' };
  if (/^\d*[.,]\d+$|^\d+[.,]$/.test(digits)) return { ok: false, error: 'notInteger' };
  if (!/^\d+$/.test(digits)) return { ok: false, error: 'notANumber' };
  const value = Number(digits);
  if (value > MAX_COUNT) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

/** "2.35" (a decimal string from the API) -> "2,35" in Dutch, always two places. */
export function formatDecimal(value: string | number | null | undefined, language: string): string {
  if (value === null || value === undefined || value === '') return '–';
  return new Intl.NumberFormat(locale(language), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
    Number(value),
  );
}

/** A count, or a dash for "no figure". */
export function formatCount(value: number | null | undefined, language: string): string {
  return value === null || value === undefined ? '–' : new Intl.NumberFormat(locale(language)).format(value);
}

/** Splits text copied from a spreadsheet into rows of cells (tab-separated, one row per line). */
export function parseBlock(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** True when pasted text is more than one cell, so it should be spread over the grid. */
export const isBlock = (text: string) => /[\t\n\r]/.test(text.replace(/\r?\n$/, ''));
