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
