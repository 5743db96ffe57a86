import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { NavLink, useParams } from 'react-router';
import { allows } from '../../shared/workflow/allowed';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { currentYear, paths } from '../../shared/paths';
import { downloadPaths, useRegionOverview } from './api/demand';
import { DeadlineSection } from './components/DeadlineSection';
import { ExportButtons } from '../../shared/components/ExportButtons';
import { OverviewTable, StatusCounts } from './components/OverviewTable';
import { RegionalAnalysis } from './components/RegionalAnalysis';
import { TotalsSection } from './components/TotalsSection';
import './demand.css';

/** /regios/:code/vraaganalyses/:year: where every municipality stands, the deadline, and the region's totals. */
export function RegionDemandPage() {
  const { code = '', year = '' } = useParams();
  return /^\d{4}$/.test(year) ? <RegionDemand code={code} year={Number(year)} /> : <PageNotFound />;
}

function RegionDemand({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation('demand');
  const overview = useRegionOverview(code, year);
  usePageTitle(overview.data ? `${t('region.title', { year })} – ${overview.data.region.name}` : undefined);
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <ErrorMessage error={overview.error} />;

  const data = overview.data;
  return (
    <>
      <hgroup className="tp-hgroup">
        <PreHeading>{t('region.preHeading', { region: data.region.name })}</PreHeading>
        <Heading1>{t('region.title', { year })}</Heading1>
      </hgroup>
      <YearLinks region={code} year={year} />
      <DeadlineSection
        region={code}
        year={year}
        deadline={data.deadline}
        version={data.deadlineVersion}
        editable={allows(data, 'SET_DEADLINE')}
      />

      <Heading2>{t('region.counts')}</Heading2>
      <StatusCounts rows={data.municipalities} />

      <Heading2>{t('region.municipalities')}</Heading2>
      {data.municipalities.length === 0 ? (
        <Paragraph>{t('region.empty')}</Paragraph>
      ) : (
        <OverviewTable rows={data.municipalities} year={year} />
      )}
      <ExportButtons
        label={t('region.exports')}
        path={(format) => downloadPaths.overview(code, year, format)}
        baseName={`vraaganalyses-${code}-${year}`}
        buttonLabels={{ xlsx: t('region.exportXlsx'), csv: t('region.exportCsv') }}
      />

      <RegionalAnalysis region={code} year={year} regional={data.regional} mayStart={allows(data, 'START_REGIONAL')} />
      <TotalsSection region={code} year={year} />
    </>
  );
}

/** A few years around this one; the list always includes the year shown. */
function YearLinks({ region, year }: { region: string; year: number }) {
  const { t } = useTranslation('demand');
  const now = currentYear();
  const years = [...new Set([now - 2, now - 1, now, now + 1, year])].sort();
  return (
    <nav aria-label={t('region.years')} className="tp-years">
      <span className="tp-versions__label">{t('region.years')}:</span>
      <ul className="tp-inline-list">
        {years.map((y) => (
          <li key={y}>
            <NavLink to={paths.regionDemand(region, y)} className="utrecht-link utrecht-link--html-a">
              {y}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
