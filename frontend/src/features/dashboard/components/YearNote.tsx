import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../api/dashboard';
import { basisText } from '../completeness';

/**
 * Under the filters when the chosen year's figures are incomplete: on how many municipalities they rest,
 * and which year is the most complete (the one the dashboard opens on).
 */
export function YearNote({ filters, year }: { filters: Filters; year: number }) {
  const { t } = useTranslation('dashboard');
  const c = filters.yearCompleteness?.find((y) => y.year === year)?.completeness;
  if (!c || c.level === 'COMPLETE') return null;
  return (
    <Alert type="warning" data-testid="year-note">
      <Paragraph>{t('completeness.yearNote', { basis: basisText(c, t), best: filters.defaultYear })}</Paragraph>
    </Alert>
  );
}
