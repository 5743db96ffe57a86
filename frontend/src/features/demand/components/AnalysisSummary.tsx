import { Alert, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate, formatNumber } from '../../../shared/format/format';
import { paths } from '../../../shared/paths';
import type { Analysis } from '../api/demand';
import { formatDateTime } from '../numbers';
import { DemandStatusBadge } from './DemandStatusBadge';

/** Version, status, deadline and who submitted or adopted it. */
export function AnalysisFacts({ analysis }: { analysis: Analysis }) {
  const { t, i18n } = useTranslation('demand');
  const byAt = (at: string | null, actor: string | null) =>
    at ? t('entry.byAt', { date: formatDateTime(at, i18n.language), actor: actor ?? '–' }) : null;
  const submitted = byAt(analysis.submittedAt, analysis.submittedBy);
  const adopted = byAt(analysis.adoptedAt, analysis.adoptedBy);
  return (
    <DataList className="tp-facts tp-facts--compact" data-testid="analysis-facts">
      <DataListItem>
        <DataListKey>{t('entry.version')}</DataListKey>
        <DataListValue>
          <span data-testid="analysis-version">{analysis.versionNo}</span>
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('entry.status')}</DataListKey>
        <DataListValue>
          <span data-testid="analysis-status">
            <DemandStatusBadge status={analysis.status} overdue={analysis.overdue} />
          </span>
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('entry.deadline')}</DataListKey>
        <DataListValue>{analysis.deadline ? formatDate(analysis.deadline, i18n.language) : t('entry.noDeadline')}</DataListValue>
      </DataListItem>
      {submitted && (
        <DataListItem>
          <DataListKey>{t('entry.submitted')}</DataListKey>
          <DataListValue>{submitted}</DataListValue>
        </DataListItem>
      )}
      {adopted && (
        <DataListItem>
          <DataListKey>{t('entry.adopted')}</DataListKey>
          <DataListValue>{adopted}</DataListValue>
        </DataListItem>
      )}
      {analysis.inhabitants != null && (
        <DataListItem>
          <DataListKey>{t('entry.inhabitants')}</DataListKey>
          <DataListValue>{formatNumber(analysis.inhabitants, i18n.language)}</DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}

/** Links to every version of this analysis; the one shown is marked as the current page. */
export function VersionLinks({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation('demand');
  if (analysis.versions.length < 2) return null;
  const newest = Math.max(...analysis.versions.map((v) => v.versionNo));
  const versions = [...analysis.versions].sort((a, b) => b.versionNo - a.versionNo);
  return (
    <nav aria-label={t('entry.versions')} className="tp-versions" data-testid="versions">
      <span className="tp-versions__label">{t('entry.versions')}:</span>
      <ul className="tp-inline-list">
        {versions.map((version) => (
          <li key={version.id}>
            <AppLink to={paths.analysis(version.id)} aria-current={version.id === analysis.id ? 'page' : undefined}>
              {t('entry.versionLink', { no: version.versionNo, status: t(`status.${version.status}`) })}
              {version.versionNo === newest && ` – ${t('entry.currentVersion')}`}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export type ReadOnlyReason = 'oldVersion' | 'SUBMITTED' | 'ADOPTED' | 'notYours' | 'notYoursRegional' | 'other';

/** Why the figures cannot be changed here, in words (dhis2's lock states: closed, approved, no authority). */
export function ReadOnlyBanner({ analysis, reason }: { analysis: Analysis; reason: ReadOnlyReason }) {
  const { t } = useTranslation('demand');
  const newest = [...analysis.versions].sort((a, b) => b.versionNo - a.versionNo)[0];
  return (
    <Alert type="info" data-testid="read-only-banner" data-reason={reason}>
      <Paragraph>
        {reason === 'oldVersion' ? t('entry.readOnly.oldVersion', { no: analysis.versionNo }) : t(`entry.readOnly.${reason}`)}
      </Paragraph>
      {reason === 'oldVersion' && newest && (
        <Paragraph>
          <AppLink to={paths.analysis(newest.id)}>{t('entry.readOnly.toCurrent')}</AppLink>
        </Paragraph>
      )}
    </Alert>
  );
}

export function ReturnedNotice({ analysis }: { analysis: Analysis }) {
  const { t } = useTranslation('demand');
  if (analysis.status !== 'RETURNED' || !analysis.returnedReason) return null;
  return (
    <Alert type="warning" data-testid="returned-reason">
      <Paragraph>
        <strong>{t('entry.returnedTitle')}</strong>
      </Paragraph>
      <Paragraph className="tp-prewrap">{t('entry.returnedReason', { reason: analysis.returnedReason })}</Paragraph>
    </Alert>
  );
}
