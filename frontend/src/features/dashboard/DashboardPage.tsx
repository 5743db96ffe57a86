import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { ExportButtons } from '../../shared/components/ExportButtons';
import { Loading } from '../../shared/components/Loading';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { paths } from '../../shared/paths';
import { downloadPaths, useFilters, useRegionsTable, type Row } from './api/dashboard';
import { PerThousandChart, TargetChart, TrendChart } from './components/AreaCharts';
import { AreaTable } from './components/AreaTable';
import { DashboardMap } from './components/DashboardMap';
import { FiltersForm, useSelectionText } from './components/FiltersForm';
import { KeyFigures } from './components/KeyFigures';
import { YearNote } from './components/YearNote';
import { TableProblem } from './components/TableProblem';
import { selectionSearch, useSelection } from './selection';
import './dashboard.css';

/**
 * /dashboard: the six regions side by side for a year and a target group (optionally only the regions
 * with a municipality in one province). Key figures, the comparison table with its exports, three
 * charts, the map, and the PDF report. The filters live in the address, so a view can be shared.
 */
export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  usePageTitle(t('title'));
  const filters = useFilters();
  const { selection, change } = useSelection(filters.data);
  const table = useRegionsTable(selection);
  const selectionText = useSelectionText(filters.data, selection);

  if (filters.isError) return <ErrorMessage error={filters.error} />;
  if (table.isError && !isApiError(table.error, 400)) return <ErrorMessage error={table.error} />;
  if (filters.isPending || !selection) return <Loading />;

  const search = selectionSearch(selection);
  const linkOf = (row: Row) => (row.detail && row.area.code ? paths.dashboardRegion(row.area.code, search) : null);
  const data = table.data;
  const threshold = data?.threshold ?? filters.data.threshold;
  // dimmed while the previous filters' figures stand in for the new ones (not on a background refresh)
  const stale = table.isPlaceholderData;
  const regionLabel = t('table.region');
  return (
    <div className="tp-dashboard">
      <hgroup className="tp-hgroup">
        <PreHeading>{t('preHeading')}</PreHeading>
        <Heading1>{t('title')}</Heading1>
      </hgroup>
      <Paragraph>{t('intro')}</Paragraph>

      <div className="tp-dashboard-toolbar">
        <FiltersForm filters={filters.data} selection={selection} onChange={change} />
        <ExportButtons
          label={t('exports.reportLabel')}
          path={() => downloadPaths.report(selection)}
          baseName={`dashboard-${selection.year}`}
          buttonLabels={{ pdf: t('exports.report') }}
        />
      </div>
      <p className="tp-small tp-muted" aria-live="polite" data-testid="selection-status">
        {stale ? t('filters.updating') : t('filters.showing', { selection: selectionText })}
      </p>
      <YearNote filters={filters.data} year={selection.year} />

      {table.isError ? (
        <TableProblem error={table.error} />
      ) : !data ? (
        <Loading />
      ) : (
        <div className={stale ? 'tp-stale' : undefined} aria-busy={stale || undefined}>
          <section aria-labelledby="key-figures-title">
            <Heading2 id="key-figures-title">{t('keyFigures.title')}</Heading2>
            <KeyFigures total={data.total} threshold={threshold} />
          </section>

          <section aria-labelledby="regions-title">
            <Heading2 id="regions-title">{t('regions.title')}</Heading2>
            <Paragraph className="tp-small tp-muted">{t('regions.hint')}</Paragraph>
            <ExportButtons
              label={t('exports.regionsLabel')}
              path={(format) => downloadPaths.regions(selection, format)}
              baseName={`dashboard-regios-${selection.year}`}
              buttonLabels={{ csv: t('exports.csv'), xlsx: t('exports.xlsx') }}
            />
            {data.rows.length === 0 ? (
              <Paragraph data-testid="regions-empty">{t('regions.empty')}</Paragraph>
            ) : (
              <AreaTable
                rows={data.rows}
                total={data.total}
                threshold={threshold}
                caption={t('regions.caption', { selection: selectionText })}
                areaLabel={regionLabel}
                linkOf={linkOf}
                testId="regions-table"
              />
            )}
          </section>

          {data.rows.length > 0 && (
            <section aria-labelledby="charts-title">
              <Heading2 id="charts-title">{t('charts.title')}</Heading2>
              <div className="tp-figures tp-dashboard-figures">
                <PerThousandChart rows={data.rows} threshold={threshold} areaLabel={regionLabel} testId="per-thousand" />
                <TargetChart rows={data.rows} threshold={threshold} areaLabel={regionLabel} testId="target-realised" />
              </div>
              <TrendChart rows={data.rows} threshold={threshold} areaLabel={regionLabel} testId="trend" />
            </section>
          )}

          <DashboardMap selection={selection} regions={data.rows} />
        </div>
      )}
    </div>
  );
}
