import type { TFunction } from 'i18next';
import { formatDecimalString } from '../../shared/format/format';
import type { Category, Quota } from './api/urgency';
import { shareToPercent } from './shares';

type T = TFunction<'urgency'>;

const listLocales: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** "A, B en C" (nl) or "A, B and C" (en). */
export function joinNames(names: string[], language: string): string {
  return new Intl.ListFormat(listLocales[language] ?? 'nl-NL', { type: 'conjunction' }).format(names);
}

/** "0.125" -> "12,5%" (nl); "–" for null. */
export function percentLabel(share: string | null | undefined, language: string): string {
  if (share === null || share === undefined) return '–';
  const percent = shareToPercent(share);
  return percent === null ? share : `${formatDecimalString(percent, language)}%`;
}

/** Whom a quota is for: regular house seekers, all urgent categories together, one category or a bundle. */
export function quotaTarget(quota: Pick<Quota, 'appliesTo'>, categories: Pick<Category, 'code' | 'name'>[], t: T, language: string): string {
  if (quota.appliesTo.regular) return t('quota.target.regular');
  const codes = quota.appliesTo.categories;
  const all = categories.length > 1 && categories.every((c) => codes.includes(c.code));
  if (all) return t('quota.target.allUrgent');
  const names = codes.map((code) => `‘${categories.find((c) => c.code === code)?.name ?? code}’`);
  if (names.length === 1) return t('quota.target.one', { name: names[0] });
  return t('quota.target.bundle', { names: joinNames(names, language) });
}

/** "hoogstens 30% van de verhuringen voor alle urgenten samen", "50 woningen per jaar voor …". */
export function quotaSentence(
  quota: Pick<Quota, 'appliesTo' | 'kind' | 'share' | 'perYear'>,
  categories: Pick<Category, 'code' | 'name'>[],
  t: T,
  language: string,
): string {
  const target = quotaTarget(quota, categories, t, language);
  switch (quota.kind) {
    case 'MAX_SHARE':
      return t('quota.sentence.MAX_SHARE', { percent: percentLabel(quota.share, language), target });
    case 'MIN_SHARE':
      return t('quota.sentence.MIN_SHARE', { percent: percentLabel(quota.share, language), target });
    default:
      return t('quota.sentence.PER_YEAR', { count: quota.perYear ?? 0, target });
  }
}

/** Days with months beside them for a wait norm: "90 dagen (3,0 maanden)". */
export const DAYS_PER_MONTH = 30.4375;
export function monthsOf(days: number, language: string): string {
  return formatDecimalString((days / DAYS_PER_MONTH).toFixed(1), language, { minFractionDigits: 1 });
}
