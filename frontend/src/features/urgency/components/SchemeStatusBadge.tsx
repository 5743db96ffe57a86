import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { SchemeStatus } from '../api/urgency';

const looks = { CONCEPT: 'neutral', ADOPTED: 'success', EXPIRED: 'inactive' } as const;

/** Concept (outlined), Vastgesteld (green) or Vervallen (grey). */
export function SchemeStatusBadge({ status }: { status: SchemeStatus }) {
  const { t } = useTranslation('urgency');
  return (
    <span className="tp-status">
      <StatusBadge status={looks[status]} className="tp-badge" data-status={status}>
        {t(`status.${status}`)}
      </StatusBadge>
    </span>
  );
}
