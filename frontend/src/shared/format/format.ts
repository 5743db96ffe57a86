/** Locale-aware formatting of API values; Dutch conventions when the UI is in Dutch. */
const locales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

function locale(language: string): string {
  return locales[language] ?? 'nl-NL';
}

/** 931298 -> "931.298" (nl). Accepts a numeric string too, as decimals sometimes travel as text. */
export function formatNumber(value: number | string, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(Number(value));
}

/**
 * "2024-01-01" -> "1-1-2024" (nl). The API sends calendar dates without a time zone,
 * so the date is built from its parts: parsing it as UTC would shift it a day west of Greenwich.
 */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return new Intl.DateTimeFormat(locale(language)).format(new Date(year, month - 1, day));
}

/** Today's date as "YYYY-MM-DD" in local time, comparable with API dates as strings. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** An instant from the API ("2026-02-03T10:15:00Z") in local time: "3-2-2026 11:15" in Dutch. */
export function formatDateTime(instant: string, language: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale(language), { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

const separators: Record<string, { group: string; decimal: string }> = {
  nl: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * A decimal string from the API ("31.52", "931298", "-0.125") written the way the UI language does
 * ("31,52", "931.298", "-0,125" in Dutch), without ever turning it into a float: exact values stay exact.
 * `maxFractionDigits` rounds half up on the digits themselves; `minFractionDigits` pads with zeros.
 * Anything that is not a plain decimal is returned unchanged.
 */
export function formatDecimalString(
  value: string | null | undefined,
  language: string,
  { minFractionDigits = 0, maxFractionDigits }: { minFractionDigits?: number; maxFractionDigits?: number } = {},
): string {
  if (value === null || value === undefined || value === '') return '–';
  const match = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign = '', rawInteger = '0', rawFraction = ''] = match;
  let integer = rawInteger;
  let fraction = rawFraction;
  if (maxFractionDigits !== undefined && fraction.length > maxFractionDigits) {
    const roundUp = Number(fraction[maxFractionDigits]) >= 5;
    fraction = fraction.slice(0, maxFractionDigits);
    if (roundUp) [integer, fraction] = incrementDigits(integer, fraction);
  }
  fraction = fraction.replace(/0+$/, '');
  while (fraction.length < minFractionDigits) fraction += '0';
  integer = integer.replace(/^0+(?=\d)/, '');
  const { group, decimal } = separators[language] ?? separators.nl!;
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const isZero = /^0*$/.test(integer + fraction);
  const minus = sign === '-' && !isZero ? '-' : '';
  return `${minus}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** Adds one unit in the last place of integer.fraction, carrying into the integer part. */
function incrementDigits(integer: string, fraction: string): [string, string] {
  const digits = (integer + fraction).split('').map(Number);
  let i = digits.length - 1;
  while (i >= 0) {
    if (digits[i]! < 9) {
      digits[i] = digits[i]! + 1;
      break;
    }
    digits[i] = 0;
    i -= 1;
  }
  const joined = (i < 0 ? '1' : '') + digits.join('');
  const cut = joined.length - fraction.length;
  return [joined.slice(0, cut), joined.slice(cut)];
}
