import type { TFunction } from 'i18next';
import { isIndicator } from './api/allocation';

type T = TFunction<'allocation'>;

/** "2026" -> "2026", "2026-H1" -> "1e halfjaar 2026". */
export function periodLabel(period: string, t: T): string {
  const match = /^(\d{4})(?:-H([12]))?$/.exec(period);
  if (!match) return period;
  const [, year = '', half] = match;
  return half === '1' ? t('period.H1', { year }) : half === '2' ? t('period.H2', { year }) : year;
}

/** The Dutch name of an indicator; an unknown one keeps its code. */
export const indicatorLabel = (indicator: string, t: T): string => (isIndicator(indicator) ? t(`indicators.${indicator}`) : indicator);

/** The period's year, as the model form splits it: "2026-H2" -> 2026. */
export const periodYear = (period: string) => Number(period.slice(0, 4));
