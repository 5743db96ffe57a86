import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { InhabitantsStatus } from '../api/types';

interface Props {
  status: InhabitantsStatus;
  /** id of the visible text explaining what "benaderd" means */
  explanationId?: string;
}

/** "geverifieerd" or "benaderd"; an approximate figure points to the explanation that it is an estimate. */
export function InhabitantsBadge({ status, explanationId }: Props) {
  const { t } = useTranslation();
  if (status === 'APPROXIMATE') {
    return (
      <StatusBadge
        status="warning"
        className="tp-badge"
        data-status="APPROXIMATE"
        title={t('inhabitants.approximateExplanation')}
        aria-describedby={explanationId}
      >
        {t('inhabitants.APPROXIMATE')}
        <span aria-hidden="true">*</span>
      </StatusBadge>
    );
  }
  return (
    <StatusBadge status="success" className="tp-badge" data-status="VERIFIED">
      {t('inhabitants.VERIFIED')}
    </StatusBadge>
  );
}

/** The visible explanation that approximate badges refer to. */
export function ApproximateExplanation({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="utrecht-paragraph tp-footnote">
      <span aria-hidden="true">* </span>
      {t('inhabitants.approximateExplanation')}
    </p>
  );
}
