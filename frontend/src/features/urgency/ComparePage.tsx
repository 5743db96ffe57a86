import { Heading1, Heading2, Paragraph, PreHeading, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { useComparison, useScheme, type ChangeKind, type Comparison, type FieldChange, type ItemChange } from './api/urgency';
import { percentLabel } from './labels';
import { SchemeStatusBadge } from './components/SchemeStatusBadge';
import './urgency.css';

/** /urgentie/vergelijk?a=&b=: two versions side by side. */
export function ComparePage() {
  const [search] = useSearchParams();
  const a = search.get('a') ?? '';
  const b = search.get('b') ?? '';
  return /^\d+$/.test(a) && /^\d+$/.test(b) ? <CompareView a={Number(a)} b={Number(b)} /> : <PageNotFound />;
}

function CompareView({ a, b }: { a: number; b: number }) {
  const { t } = useTranslation('urgency');
  const comparison = useComparison(a, b);
  // for the heading and the way back: the region and the names of the two versions
  const schemeA = useScheme(a);
  const schemeB = useScheme(b);
  usePageTitle(comparison.data ? t('compare.pageTitle', { a: comparison.data.a.versionNo, b: comparison.data.b.versionNo }) : t('compare.title'));
  if (comparison.isPending) return <Loading />;
  if (comparison.isError) return <ErrorMessage error={comparison.error} />;
  const data = comparison.data;
  const region = schemeB.data?.region ?? schemeA.data?.region;
  const unchanged = data.fields.length === 0 && [...data.categories, ...data.quotas].every((item) => item.change === 'SAME');

  return (
    <div className="tp-urgency tp-compare-page">
      <hgroup className="tp-hgroup">
        <PreHeading>
          {region ? <AppLink to={paths.urgencySchemes(region.code)}>{t('scheme.preHeading', { region: region.name })}</AppLink> : t('compare.preHeading')}
        </PreHeading>
        <Heading1>{t('compare.title')}</Heading1>
      </hgroup>
      <div className="tp-compare-versions" data-testid="compare-versions">
        {(['a', 'b'] as const).map((side) => {
          const version = data[side];
          const scheme = side === 'a' ? schemeA.data : schemeB.data;
          return (
            <div key={side} className={`tp-compare-version tp-compare-version--${side}`}>
              <span className="tp-compare-side">{side.toUpperCase()}</span>
              <AppLink to={paths.urgencyScheme(version.id)}>{t('compare.version', { no: version.versionNo })}</AppLink>
              {scheme && <span className="tp-muted"> {scheme.name}</span>} <SchemeStatusBadge status={version.status} />
            </div>
          );
        })}
      </div>
      {unchanged && <Paragraph data-testid="compare-unchanged">{t('compare.unchanged')}</Paragraph>}

      <section aria-labelledby="compare-header">
        <Heading2 id="compare-header">{t('compare.header')}</Heading2>
        {data.fields.length === 0 ? (
          <Paragraph>{t('compare.headerSame')}</Paragraph>
        ) : (
          <FieldTable fields={data.fields} comparison={data} caption={t('compare.header')} testId="compare-fields" />
        )}
      </section>
      <ItemsSection title={t('compare.categories')} items={data.categories} comparison={data} testId="compare-categories" />
      <ItemsSection title={t('compare.quotas')} items={data.quotas} comparison={data} testId="compare-quotas" />
    </div>
  );
}

const changeLooks: Record<ChangeKind, string> = { ADDED: 'success', REMOVED: 'danger', CHANGED: 'warning', SAME: 'neutral' };

function ChangeBadge({ change }: { change: ChangeKind }) {
  const { t } = useTranslation('urgency');
  return (
    <span className="tp-status">
      <StatusBadge status={changeLooks[change]} className="tp-badge" data-change={change}>
        {t(`compare.changes.${change}`)}
      </StatusBadge>
    </span>
  );
}

function ItemsSection({ title, items, comparison, testId }: { title: string; items: ItemChange[]; comparison: Comparison; testId: string }) {
  const { t } = useTranslation('urgency');
  const counts = (['ADDED', 'REMOVED', 'CHANGED', 'SAME'] as const)
    .map((change) => ({ change, count: items.filter((i) => i.change === change).length }))
    .filter((c) => c.count > 0);
  const changed = items.filter((i) => i.change !== 'SAME');
  const same = items.filter((i) => i.change === 'SAME');
  return (
    <section aria-label={title} className="tp-compare-section">
      <Heading2>{title}</Heading2>
      {items.length === 0 ? (
        <Paragraph>{t('compare.noItems')}</Paragraph>
      ) : (
        <>
          <Paragraph className="tp-small tp-muted">{counts.map((c) => t(`compare.count.${c.change}`, { count: c.count })).join(' · ')}</Paragraph>
          <div data-testid={testId}>
            {changed.length > 0 && (
              <ul className="tp-compare-items">
                {changed.map((item) => (
                  <li key={item.key} className={`tp-compare-item tp-compare-item--${item.change.toLowerCase()}`} data-key={item.key} data-change={item.change}>
                    <div className="tp-compare-item__head">
                      <ChangeBadge change={item.change} />
                      <strong>{item.name}</strong>
                      {item.key !== item.name && <span className="tp-muted tp-small">{item.key}</span>}
                    </div>
                    {item.change === 'CHANGED' && item.fields.length > 0 && (
                      <FieldTable fields={item.fields} comparison={comparison} caption={t('compare.changesOf', { name: item.name })} />
                    )}
                  </li>
                ))}
              </ul>
            )}
            {same.length > 0 && (
              <div className="tp-compare-same">
                <ChangeBadge change="SAME" />
                <ul aria-label={t('compare.sameLabel', { what: title })}>
                  {same.map((item) => (
                    <li key={item.key} data-key={item.key} data-change="SAME">
                      {item.name}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function FieldTable({ fields, comparison, caption, testId }: { fields: FieldChange[]; comparison: Comparison; caption: string; testId?: string }) {
  const { t } = useTranslation('urgency');
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table tp-compare-table" data-testid={testId}>
        <caption className="tp-visually-hidden">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('compare.field')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('compare.valueIn', { side: 'A', no: comparison.a.versionNo })}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('compare.valueIn', { side: 'B', no: comparison.b.versionNo })}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {fields.map((field) => (
            <tr key={field.field} className="utrecht-table__row" data-field={field.field}>
              <th scope="row" className="utrecht-table__header-cell">
                <FieldName field={field.field} />
              </th>
              <td className="utrecht-table__cell tp-compare-a">
                <FieldValue field={field.field} value={field.a} />
              </td>
              <td className="utrecht-table__cell tp-compare-b">
                <FieldValue field={field.field} value={field.b} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const knownFields = [
  'name',
  'validFrom',
  'validTo',
  'legalBasis.name',
  'legalBasis.date',
  'targetGroups',
  'criteria',
  'evidence',
  'decisionDays',
  'waitNormDays',
  'priority',
  'appliesTo',
  'kind',
  'share',
  'perYear',
] as const;
type KnownField = (typeof knownFields)[number];
const isKnown = (field: string): field is KnownField => (knownFields as readonly string[]).includes(field);

function FieldName({ field }: { field: string }) {
  const { t } = useTranslation('urgency');
  return <>{isKnown(field) ? t(`compare.fields.${field}`) : field}</>;
}

/** A compared value in the words of the UI: dates, percentages, kinds. */
function FieldValue({ field, value }: { field: string; value: string | null }) {
  const { t, i18n } = useTranslation('urgency');
  if (value === null || value === '') return <span className="tp-muted">–</span>;
  switch (field) {
    case 'validFrom':
    case 'validTo':
    case 'legalBasis.date':
      return <>{formatDate(value, i18n.language)}</>;
    case 'share':
      return <>{percentLabel(value, i18n.language)}</>;
    case 'kind':
      return <>{value === 'MAX_SHARE' || value === 'MIN_SHARE' || value === 'PER_YEAR' ? t(`quota.kinds.${value}`) : value}</>;
    case 'appliesTo':
      return <>{value === 'REGULAR' ? t('quota.regular') : value}</>;
    case 'decisionDays':
    case 'waitNormDays':
      return <>{t('document.days', { count: Number(value), formatted: value })}</>;
    default:
      return <span className="tp-prewrap">{value}</span>;
  }
}
