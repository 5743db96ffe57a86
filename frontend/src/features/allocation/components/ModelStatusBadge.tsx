import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { ModelStatus } from '../api/allocation';

/** Concept (outlined, quiet) or Vastgesteld (green). */
export function ModelStatusBadge({ status }: { status: ModelStatus }) {
  const { t } = useTranslation('allocation');
  return (
    <span className="tp-status">
      <StatusBadge status={status === 'ADOPTED' ? 'success' : 'neutral'} className="tp-badge" data-status={status}>
        {t(`status.${status}`)}
      </StatusBadge>
    </span>
  );
}
