import { Button, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { allows } from '../../shared/workflow/allowed';
import { useRegionSchemes } from './api/regionSchemes';
import { useSchemes, type SchemeSummary } from './api/urgency';
import { NewSchemeForm } from './components/NewSchemeForm';
import { SchemeStatusBadge } from './components/SchemeStatusBadge';
import './urgency.css';

/** /regios/:code/urgentie: every version of the region's urgentieregeling, newest first. */
export function SchemesPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('urgency');
  const schemes = useSchemes(code);
  const regionSchemes = useRegionSchemes(code);
  const region = regionSchemes.data?.region.name ?? code;
  usePageTitle(`${t('schemes.title')} – ${region}`);
  if (schemes.isPending || regionSchemes.isPending) return <Loading />;
  if (schemes.isError) return <ErrorMessage error={schemes.error} />;
  if (regionSchemes.isError) return <ErrorMessage error={regionSchemes.error} />;

  // the server says who may start a version (the region's programme manager, the beheerder)
  const manager = allows(regionSchemes.data, 'CREATE');
  const sorted = [...schemes.data].sort((a, b) => b.versionNo - a.versionNo);
  return (
    <div className="tp-urgency">
      <hgroup className="tp-hgroup">
        <PreHeading>{region}</PreHeading>
        <Heading1>{t('schemes.title')}</Heading1>
      </hgroup>
      <Paragraph>{manager ? t('schemes.introManager') : t('schemes.introReader')}</Paragraph>

      {sorted.length === 0 ? (
        <Paragraph data-testid="schemes-empty">{manager ? t('schemes.emptyManager') : t('schemes.emptyReader')}</Paragraph>
      ) : (
        <SchemesTable schemes={sorted} />
      )}

      {sorted.length >= 2 && <ComparePicker schemes={sorted} />}

      {manager && (
        <section aria-labelledby="new-scheme-title">
          <Heading2 id="new-scheme-title">{t('newScheme.title')}</Heading2>
          <NewSchemeForm region={code} regionName={region} schemes={sorted} />
        </section>
      )}
    </div>
  );
}

function SchemesTable({ schemes }: { schemes: SchemeSummary[] }) {
  const { t, i18n } = useTranslation('urgency');
  const language = i18n.language;
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table" data-testid="schemes-table">
        <caption className="tp-caption">{t('schemes.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('schemes.version')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('schemes.name')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('schemes.status')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('schemes.validity')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('schemes.legalBasis')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('schemes.categories')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('schemes.quotas')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('schemes.adopted')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {schemes.map((scheme) => (
            <tr key={scheme.id} className="utrecht-table__row" data-scheme={scheme.id} data-status={scheme.status}>
              <td className="utrecht-table__cell tp-nowrap">{t('schemes.versionNo', { no: scheme.versionNo })}</td>
              <th scope="row" className="utrecht-table__header-cell">
                <AppLink to={paths.urgencyScheme(scheme.id)}>{scheme.name}</AppLink>
              </th>
              <td className="utrecht-table__cell">
                <SchemeStatusBadge status={scheme.status} />
              </td>
              <td className="utrecht-table__cell tp-nowrap">
                {t('schemes.fromTo', { from: formatDate(scheme.validFrom, language), to: formatDate(scheme.validTo, language) })}
              </td>
              <td className="utrecht-table__cell">
                {scheme.legalBasis.name ?? '–'}
                {scheme.legalBasis.date && <span className="tp-muted tp-block">{formatDate(scheme.legalBasis.date, language)}</span>}
              </td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{scheme.categoryCount}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column">{scheme.quotaCount}</td>
              <td className="utrecht-table__cell">
                {scheme.adoptedAt
                  ? t('schemes.byAt', { actor: scheme.adoptedBy ?? '–', date: formatDateTime(scheme.adoptedAt, language) })
                  : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Vergelijk twee versies": a (older) and b (newer) to the compare page. */
function ComparePicker({ schemes }: { schemes: SchemeSummary[] }) {
  const { t } = useTranslation('urgency');
  const navigate = useNavigate();
  const id = useId();
  const [a, setA] = useState(schemes[1]!.id);
  const [b, setB] = useState(schemes[0]!.id);
  const option = (s: SchemeSummary) => (
    <option key={s.id} value={s.id}>
      {t('schemes.versionOption', { no: s.versionNo, status: t(`status.${s.status}`) })}
    </option>
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (a !== b) navigate(paths.urgencyCompare(a, b));
  };
  return (
    <section aria-labelledby={`${id}-title`} className="tp-compare-picker">
      <Heading2 id={`${id}-title`}>{t('schemes.compareTitle')}</Heading2>
      <form className="tp-inline-form" onSubmit={onSubmit} data-testid="compare-picker">
        <div className="utrecht-form-field">
          <label htmlFor={`${id}-a`} className="utrecht-form-label">
            {t('schemes.compareA')}
          </label>
          <select id={`${id}-a`} className="utrecht-select utrecht-select--html-select" value={a} onChange={(e) => setA(Number(e.target.value))}>
            {schemes.map(option)}
          </select>
        </div>
        <div className="utrecht-form-field">
          <label htmlFor={`${id}-b`} className="utrecht-form-label">
            {t('schemes.compareB')}
          </label>
          <select id={`${id}-b`} className="utrecht-select utrecht-select--html-select" value={b} onChange={(e) => setB(Number(e.target.value))}>
            {schemes.map(option)}
          </select>
        </div>
        <Button type="submit" appearance="secondary-action-button" aria-describedby={a === b ? `${id}-same` : undefined}>
          {t('schemes.compare')}
        </Button>
      </form>
      {a === b && (
        <p id={`${id}-same`} className="tp-small tp-muted">
          {t('schemes.compareSame')}
        </p>
      )}
    </section>
  );
}
