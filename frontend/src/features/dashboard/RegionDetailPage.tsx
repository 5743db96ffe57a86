import { Alert, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { ExportButtons } from '../../shared/components/ExportButtons';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { paths } from '../../shared/paths';
import { downloadPaths, useFilters, useMunicipalitiesTable } from './api/dashboard';
import { PerThousandChart, TargetChart } from './components/AreaCharts';
import { AreaTable } from './components/AreaTable';
import { FiltersForm, useSelectionText } from './components/FiltersForm';
import { TableProblem } from './components/TableProblem';
import { selectionSearch, useSelection } from './selection';
import './dashboard.css';

/**
 * /dashboard/regios/:code: one region's municipalities with the same columns as the regions table,
 * for the year and target group of the dashboard (kept in the address; the breadcrumb returns to the
 * regions view with the same filters). A province analyst sees the municipalities of its province and
 * the rest of the region as one row; a region the caller may not detail answers 403.
 */
export function RegionDetailPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation('dashboard');
  const filters = useFilters();
  const { selection, change } = useSelection(filters.data);
  const table = useMunicipalitiesTable(code, selection);
  const selectionText = useSelectionText(filters.data, selection, false);
  const regionName = table.data?.region.name ?? code;
  usePageTitle(`${t('detail.title', { region: regionName })}`);

  if (filters.isError) return <ErrorMessage error={filters.error} />;
  if (filters.isPending || !selection) return <Loading />;
  const back = paths.dashboard(selectionSearch(selection));
  const breadcrumb = (
    <nav aria-label={t('detail.breadcrumb')} className="tp-breadcrumb" data-testid="breadcrumb">
      <ol>
        <li>
          <AppLink to={back}>{t('title')}</AppLink>
        </li>
        <li aria-current="page">{regionName}</li>
      </ol>
    </nav>
  );

  if (table.isError && isApiError(table.error, 403)) {
    return (
      <div className="tp-dashboard">
        {breadcrumb}
        <Heading1>{t('detail.forbiddenTitle')}</Heading1>
        <Alert type="warning" data-testid="detail-forbidden">
          <Paragraph>{table.error.problem.code === 'DETAIL_NOT_ALLOWED' ? t('detail.notAllowed') : t('detail.forbidden')}</Paragraph>
        </Alert>
        <Paragraph>
          <AppLink to={back}>{t('detail.back')}</AppLink>
        </Paragraph>
      </div>
    );
  }
  if (table.isError && !isApiError(table.error, 400)) return <ErrorMessage error={table.error} />;

  const data = table.data;
  // dimmed while the previous filters' figures stand in for the new ones (not on a background refresh)
  const stale = table.isPlaceholderData;
  const threshold = data?.threshold ?? filters.data.threshold;
  const municipalityLabel = t('table.municipality');
  const municipalityRows = data?.rows.filter((r) => r.area.kind !== 'REST') ?? [];
  return (
    <div className="tp-dashboard">
      {breadcrumb}
      <hgroup className="tp-hgroup">
        <PreHeading>{t('detail.preHeading')}</PreHeading>
        <Heading1>{t('detail.title', { region: regionName })}</Heading1>
      </hgroup>
      <Paragraph>{t('detail.intro')}</Paragraph>
      <div className="tp-dashboard-toolbar">
        <FiltersForm filters={filters.data} selection={selection} onChange={change} showProvince={false} />
      </div>
      <p className="tp-small tp-muted" aria-live="polite" data-testid="selection-status">
        {stale ? t('filters.updating') : t('filters.showing', { selection: selectionText })}
      </p>
      {table.isError ? (
        <TableProblem error={table.error} />
      ) : !data ? (
        <Loading />
      ) : (
        <div className={stale ? 'tp-stale' : undefined} aria-busy={stale || undefined}>
          <section aria-labelledby="municipalities-title">
            <Heading2 id="municipalities-title">{t('detail.tableTitle')}</Heading2>
            <ExportButtons
              label={t('exports.municipalitiesLabel')}
              path={(format) => downloadPaths.municipalities(code, selection, format)}
              baseName={`dashboard-${code}-${selection.year}`}
              buttonLabels={{ csv: t('exports.csv'), xlsx: t('exports.xlsx') }}
            />
            <AreaTable
              rows={data.rows}
              total={data.total}
              threshold={threshold}
              caption={t('detail.caption', { region: regionName, selection: selectionText })}
              areaLabel={municipalityLabel}
              testId="municipalities-table"
            />
          </section>
          {municipalityRows.length > 0 && (
            <section aria-labelledby="detail-charts-title">
              <Heading2 id="detail-charts-title">{t('charts.title')}</Heading2>
              <div className="tp-figures tp-dashboard-figures">
                <PerThousandChart rows={municipalityRows} threshold={threshold} areaLabel={municipalityLabel} testId="detail-per-thousand" />
                <TargetChart rows={municipalityRows} threshold={threshold} areaLabel={municipalityLabel} testId="detail-target-realised" />
              </div>
            </section>
          )}
        </div>
      )}
    </div>
  );
}
