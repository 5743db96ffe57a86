import { StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus, VersionStatus } from '../api/woonzorgvisie';

const documentLooks = { CONCEPT: 'neutral', IN_REVIEW: 'warning', APPROVED: 'info', ADOPTED: 'success' } as const;
const versionLooks = { DRAFT: 'neutral', PUBLISHED: 'success' } as const;

/** Concept (outlined), In beoordeling (amber), Akkoord regio (blue) or Vastgesteld (green). */
export function DocumentStatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation('woonzorgvisie');
  return (
    <span className="tp-status">
      <StatusBadge status={documentLooks[status]} className="tp-badge" data-status={status}>
        {t(`status.${status}`)}
      </StatusBadge>
    </span>
  );
}

/** Concept or Gepubliceerd, for a template version. */
export function VersionStatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation('woonzorgvisie');
  return (
    <span className="tp-status">
      <StatusBadge status={versionLooks[status]} className="tp-badge" data-status={status}>
        {t(`versionStatus.${status}`)}
      </StatusBadge>
    </span>
  );
}
