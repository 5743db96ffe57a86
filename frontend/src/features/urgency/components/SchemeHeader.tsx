import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../shared/components/AppLink';
import { formatDate, formatDateTime } from '../../../shared/format/format';
import { keyed } from '../../../shared/list/keyed';
import { paths } from '../../../shared/paths';
import type { Clash, Scheme, SchemeWarning } from '../api/urgency';
import type { LiveConsistency } from '../useDraftConsistency';
import { SchemeStatusBadge } from './SchemeStatusBadge';

/** Name, version, status, validity and legal basis; then what the version lacks and whether its quotas fit together. */
export function SchemeHeader({
  scheme,
  mandatoryNames,
  live = { state: 'stored', consistency: scheme.consistency },
  draftLabels = [],
  draftShareQuotas = 0,
}: {
  scheme: Scheme;
  mandatoryNames: Map<string, string>;
  /** the quota check of the draft on screen; the stored version's when nothing changed */
  live?: LiveConsistency;
  /** the draft's quota labels, to name the quotas of a clash */
  draftLabels?: string[];
  draftShareQuotas?: number;
}) {
  const { t, i18n } = useTranslation('urgency');
  const language = i18n.language;
  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>
          <AppLink to={paths.urgencySchemes(scheme.region.code)}>{t('scheme.preHeading', { region: scheme.region.name })}</AppLink>
        </PreHeading>
        <Heading1>{scheme.name}</Heading1>
      </hgroup>
      <DataList className="tp-facts tp-facts--compact tp-facts--row" data-testid="scheme-facts">
        <DataListItem>
          <DataListKey>{t('scheme.version')}</DataListKey>
          <DataListValue>{scheme.versionNo}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('scheme.status')}</DataListKey>
          <DataListValue>
            <span data-testid="scheme-status">
              <SchemeStatusBadge status={scheme.status} />
            </span>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('scheme.validity')}</DataListKey>
          <DataListValue>{t('schemes.fromTo', { from: formatDate(scheme.validFrom, language), to: formatDate(scheme.validTo, language) })}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('scheme.legalBasis')}</DataListKey>
          <DataListValue>
            {scheme.legalBasis.name ?? t('scheme.noLegalBasis')}
            {scheme.legalBasis.date && ` (${formatDate(scheme.legalBasis.date, language)})`}
          </DataListValue>
        </DataListItem>
        {scheme.adoptedAt && (
          <DataListItem>
            <DataListKey>{t('scheme.adopted')}</DataListKey>
            <DataListValue>{t('schemes.byAt', { actor: scheme.adoptedBy ?? '–', date: formatDateTime(scheme.adoptedAt, language) })}</DataListValue>
          </DataListItem>
        )}
        {scheme.basedOn !== null && (
          <DataListItem>
            <DataListKey>{t('scheme.basedOn')}</DataListKey>
            <DataListValue>
              <AppLink to={paths.urgencyScheme(scheme.basedOn)}>{t('scheme.previous')}</AppLink>
              {' · '}
              <AppLink to={paths.urgencyCompare(scheme.basedOn, scheme.id)}>{t('scheme.compareWithPrevious')}</AppLink>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      <Warnings warnings={scheme.warnings} mandatoryNames={mandatoryNames} />
      <Consistency scheme={scheme} live={live} labels={draftLabels} shareQuotasInDraft={draftShareQuotas} />
    </>
  );
}

function Warnings({ warnings, mandatoryNames }: { warnings: SchemeWarning[]; mandatoryNames: Map<string, string> }) {
  const { t } = useTranslation('urgency');
  if (warnings.length === 0) return null;
  const text = (w: SchemeWarning) => {
    if (w.code === 'MISSING_MANDATORY_CATEGORY') {
      const name = (w.mandatory && mandatoryNames.get(w.mandatory)) ?? /'([^']+)'/.exec(w.message)?.[1];
      return name ? t('warnings.MISSING_MANDATORY_CATEGORY', { name }) : w.message;
    }
    if (w.code === 'LONGER_THAN_FOUR_YEARS') return t('warnings.LONGER_THAN_FOUR_YEARS');
    return w.message;
  };
  return (
    <Alert type="warning" data-testid="scheme-warnings">
      <Heading2 className="tp-alert-title">{t('warnings.title', { count: warnings.length })}</Heading2>
      <ul className="utrecht-unordered-list">
        {warnings.map((w, index) => (
          <li key={`${w.code}-${w.mandatory ?? index}`} className="utrecht-unordered-list__item" data-code={w.code}>
            {text(w)}
          </li>
        ))}
      </ul>
      {warnings.some((w) => w.code === 'MISSING_MANDATORY_CATEGORY') && <Paragraph className="tp-small">{t('warnings.mayAdopt')}</Paragraph>}
    </Alert>
  );
}

/**
 * Whether the quotas fit together, for the version on screen: while the programme manager edits, the
 * verdict follows the draft (asked of the server after a pause) and is withheld while it is being
 * asked, so a ✓ never stands for quotas that are no longer the ones on screen.
 */
function Consistency({
  scheme,
  live,
  labels,
  shareQuotasInDraft,
}: {
  scheme: Scheme;
  live: LiveConsistency;
  labels: string[];
  shareQuotasInDraft: number;
}) {
  const { t } = useTranslation('urgency');
  if (live.state === 'checking' || live.state === 'failed') {
    return (
      <Paragraph className="tp-muted" data-testid="consistency" data-consistent={live.state} aria-live="polite">
        {t(live.state === 'checking' ? 'consistency.checking' : 'consistency.failed')}
      </Paragraph>
    );
  }
  const consistency = live.state === 'stored' ? live.consistency : live.check.consistency;
  if (!consistency) {
    const fields = live.state === 'checked' ? live.check.fields : [];
    return (
      <Alert type="warning" data-testid="consistency" data-consistent="unknown">
        <Heading2 className="tp-alert-title">{t('consistency.unknown')}</Heading2>
        <ul className="utrecht-unordered-list">
          {keyed(fields, (f) => `${f.field}:${f.message}`).map(({ key, item }) => (
            <li key={key} className="utrecht-unordered-list__item">
              {item.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  // a plain ✓ says something only where quotas are shares; per-year quotas cannot clash
  const shareQuotas = live.state === 'stored' ? scheme.quotas.filter((q) => q.share !== null).length : shareQuotasInDraft;
  if (consistency.consistent) {
    return shareQuotas > 0 ? (
      <Paragraph className="tp-consistent" data-testid="consistency" data-consistent="true" aria-live="polite">
        <span aria-hidden="true">✓ </span>
        {t('consistency.ok')}
      </Paragraph>
    ) : null;
  }
  return (
    <Alert type="error" data-testid="consistency" data-consistent="false">
      <Heading2 className="tp-alert-title">{t('consistency.title')}</Heading2>
      <ClashList clashes={consistency.clashes} labels={live.state === 'stored' ? scheme.quotas.map((q) => q.label) : labels} />
    </Alert>
  );
}

/** The clashes with their messages, and which quotas (by label) each one is about. */
export function ClashList({ clashes, labels }: { clashes: Clash[]; labels: string[] }) {
  const { t } = useTranslation('urgency');
  return (
    <ul className="utrecht-unordered-list" data-testid="clashes">
      {keyed(clashes, (clash) => `${clash.code}:${clash.message}`).map(({ key, item: clash }) => {
        const names = clash.quotas
          .map((ref) => /^quotas\[(\d+)\]$/.exec(ref)?.[1])
          .map((i) => (i === undefined ? undefined : labels[Number(i)]))
          .filter((label): label is string => Boolean(label));
        return (
          <li key={key} className="utrecht-unordered-list__item" data-code={clash.code}>
            {clash.message}
            {names.length > 0 && <span className="tp-muted tp-block tp-small">{t('consistency.involved', { names: names.map((n) => `‘${n}’`).join(', ') })}</span>}
          </li>
        );
      })}
    </ul>
  );
}
