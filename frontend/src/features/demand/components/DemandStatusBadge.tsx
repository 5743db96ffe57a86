import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { OverviewStatus } from '../api/demand';

const appearance: Record<OverviewStatus, string> = {
  NOT_STARTED: 'inactive',
  CONCEPT: 'neutral',
  SUBMITTED: 'active',
  RETURNED: 'warning',
  ADOPTED: 'success',
};

/** Concept / Ingediend / Teruggestuurd / Vastgesteld / Niet gestart, plus "Te laat" when overdue. */
export function DemandStatusBadge({ status, overdue = false }: { status: OverviewStatus; overdue?: boolean }) {
  const { t } = useTranslation('demand');
  return (
    <span className="tp-status">
      <StatusBadge status={appearance[status]} className="tp-badge" data-status={status}>
        {t(`status.${status}`)}
      </StatusBadge>
      {overdue && (
        <StatusBadge status="danger" className="tp-badge" data-status="OVERDUE" title={t('status.overdueExplanation')}>
          {t('status.overdue')}
        </StatusBadge>
      )}
    </span>
  );
}
