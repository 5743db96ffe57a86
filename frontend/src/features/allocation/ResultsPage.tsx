import { DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../shared/api/problem';
import { useMe } from '../../shared/auth/me';
import { AppLink } from '../../shared/components/AppLink';
import { ErrorMessage } from '../../shared/components/ErrorMessage';
import { ExportButtons } from '../../shared/components/ExportButtons';
import { Loading } from '../../shared/components/Loading';
import { PageNotFound } from '../../shared/components/PageNotFound';
import { usePageTitle } from '../../shared/components/usePageTitle';
import { formatDate, formatDateTime } from '../../shared/format/format';
import { paths } from '../../shared/paths';
import { downloadPaths, useResults, type Results } from './api/allocation';
import { RealisationChart } from './components/RealisationChart';
import { RealisationTable } from './components/RealisationTable';
import { SwapsSection } from './components/SwapsSection';
import { periodLabel } from './labels';
import './allocation.css';

/** /verdeling/modellen/:id/resultaat: the adopted targets, swaps and realisation, for every role in scope. */
export function ResultsPage() {
  const { id = '' } = useParams();
  return /^\d+$/.test(id) ? <ResultsView id={Number(id)} /> : <PageNotFound />;
}

function ResultsView({ id }: { id: number }) {
  const { t } = useTranslation('allocation');
  const results = useResults(id);
  const me = useMe();
  usePageTitle(results.data ? `${t('results.title')} – ${results.data.model.name}` : undefined);
  if (results.isPending) return <Loading />;
  if (results.isError) {
    if (isApiError(results.error, 409)) {
      return (
        <div className="tp-allocation">
          <Heading1>{t('results.title')}</Heading1>
          <Paragraph data-testid="not-adopted">{t('results.notAdopted')}</Paragraph>
          <Paragraph>
            <AppLink to={paths.allocationModel(id)}>{t('results.toModel')}</AppLink>
          </Paragraph>
        </div>
      );
    }
    return <ErrorMessage error={results.error} />;
  }
  const data = results.data;
  // the caller's own gemeente (only a gemeente medewerker has one): preselected in the explanation, one
  // party of a proposed swap; what the caller may do comes from the results' allowedActions
  const own = me.data?.municipality?.code ?? null;
  return (
    <div className="tp-allocation">
      <hgroup className="tp-hgroup">
        <PreHeading>{t('results.preHeading', { name: data.model.name })}</PreHeading>
        <Heading1>{t('results.heading', { period: periodLabel(data.model.period, t) })}</Heading1>
      </hgroup>
      <ResultFacts results={data} />
      <Paragraph>
        <AppLink to={`${paths.allocationModel(data.model.id)}?scenario=${data.scenario.id}${own ? `&gemeente=${own}` : ''}`} data-testid="explain-link">
          {t('results.explainLink')}
        </AppLink>
      </Paragraph>

      <RealisationTable results={data} />
      <ExportButtons
        label={t('results.exports')}
        path={(format) => downloadPaths.results(data.model.id, format)}
        baseName={`realisatie-${data.model.id}-${data.model.period}`}
        buttonLabels={{ xlsx: t('exports.xlsx'), csv: t('exports.csv') }}
      />

      <section aria-labelledby="realisation-chart-title">
        <Heading2 id="realisation-chart-title">{t('results.chartTitle')}</Heading2>
        <p className="utrecht-paragraph tp-small tp-muted">{t('results.chartHint')}</p>
        <RealisationChart rows={data.rows} />
      </section>

      <SwapsSection results={data} own={own} />
    </div>
  );
}

function ResultFacts({ results }: { results: Results }) {
  const { t, i18n } = useTranslation('allocation');
  const { scenario, model, previousModel } = results;
  return (
    <DataList className="tp-facts tp-facts--compact" data-testid="results-facts">
      <DataListItem>
        <DataListKey>{t('results.scenario')}</DataListKey>
        <DataListValue>{t('results.scenarioValue', { name: scenario.name, no: scenario.versionNo })}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('settings.method')}</DataListKey>
        <DataListValue>{t(`methods.${scenario.method}.label`)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('status.ADOPTED')}</DataListKey>
        <DataListValue>{t('models.byAt', { date: formatDateTime(scenario.adoptedAt, i18n.language), actor: scenario.adoptedBy })}</DataListValue>
      </DataListItem>
      {scenario.decision && (
        <DataListItem>
          <DataListKey>{t('results.decision')}</DataListKey>
          <DataListValue>
            <span data-testid="results-decision">
              {t('results.decisionValue', {
                body: scenario.decision.body,
                date: formatDate(scenario.decision.date, i18n.language),
                reference: scenario.decision.reference,
              })}
            </span>
          </DataListValue>
        </DataListItem>
      )}
      <DataListItem>
        <DataListKey>{t('models.targetGroups')}</DataListKey>
        <DataListValue>{model.targetGroups.map((g) => g.name).join(', ')}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('results.previous')}</DataListKey>
        <DataListValue>
          {previousModel ? (
            <AppLink to={paths.allocationResults(previousModel.id)}>{periodLabel(previousModel.period, t)}</AppLink>
          ) : (
            t('results.noPrevious')
          )}
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}
