import { Alert, DataList, DataListItem, DataListKey, DataListValue, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Loading } from '../../../shared/components/Loading';
import { formatDate, formatDateTime, formatDecimalString, formatNumber } from '../../../shared/format/format';
import { useScenarioResult, type Scenario } from '../api/allocation';
import { indicatorLabel } from '../labels';
import { shareToPercent } from '../scenarioDraft';
import { PreviewProblem } from './PreviewProblem';
import type { Baseline } from './ResultTable';
import { ResultViews } from './ResultViews';

interface Props {
  region: string;
  scenario: Scenario;
  baseline: Baseline | null;
  /** opens the explanation of this municipality at once (a link from the results page) */
  initialSelected?: string | null;
}

/** A scenario that cannot be edited here (adopted, or the user only reads): its parameters and stored result. */
export function ScenarioResultView({ region, scenario, baseline, initialSelected = null }: Props) {
  const { t } = useTranslation('allocation');
  const result = useScenarioResult(scenario.id);
  const [selected, setSelected] = useState<string | null>(initialSelected);
  return (
    <div className="tp-readonly" data-testid="scenario-result">
      <ScenarioFacts scenario={scenario} />
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        isApiError(result.error, 422, 400) ? (
          <PreviewProblem error={result.error} names={new Map()} unitOrder={[]} />
        ) : (
          <Alert type="error">
            <Paragraph>{t('result.failed')}</Paragraph>
          </Alert>
        )
      ) : (
        <div className="tp-readonly__views">
          {result.data.frozen && <Paragraph className="tp-muted tp-small">{t('result.frozen')}</Paragraph>}
          <ResultViews
            result={result.data}
            region={region}
            baseline={baseline}
            criteria={scenario.criteria}
            draagkracht={scenario.draagkracht}
            bounds={scenario.bounds}
            selected={selected}
            onSelect={setSelected}
          />
        </div>
      )}
    </div>
  );
}

/** The parameters of a stored scenario, in words. */
export function ScenarioFacts({ scenario }: { scenario: Scenario }) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  const weights = scenario.criteria
    .map((c) => `${indicatorLabel(c.indicator, t)} ${formatDecimalString(shareToPercent(c.weight), language)}%`)
    .join(', ');
  return (
    <DataList className="tp-facts tp-facts--compact" data-testid="scenario-facts">
      <DataListItem>
        <DataListKey>{t('settings.total')}</DataListKey>
        <DataListValue>
          {formatNumber(scenario.total, language)} ({t(`totalSource.${scenario.totalSource}`)})
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('criteria.legend')}</DataListKey>
        <DataListValue>{weights}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('settings.method')}</DataListKey>
        <DataListValue>{t(`methods.${scenario.method}.label`)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('settings.referenceDate')}</DataListKey>
        <DataListValue>{formatDate(scenario.referenceDate, language)}</DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('draagkracht.legend')}</DataListKey>
        <DataListValue>
          {scenario.draagkracht
            ? t('draagkracht.summary', {
                indicator: indicatorLabel(scenario.draagkracht.indicator, t),
                strength: formatDecimalString(scenario.draagkracht.strength, language),
              })
            : t('draagkracht.none')}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('bounds.title')}</DataListKey>
        <DataListValue>{t('bounds.count', { count: scenario.bounds.length })}</DataListValue>
      </DataListItem>
      {scenario.adoptedAt && (
        <DataListItem>
          <DataListKey>{t('status.ADOPTED')}</DataListKey>
          <DataListValue>{t('models.byAt', { date: formatDateTime(scenario.adoptedAt, language), actor: scenario.adoptedBy ?? '–' })}</DataListValue>
        </DataListItem>
      )}
    </DataList>
  );
}
