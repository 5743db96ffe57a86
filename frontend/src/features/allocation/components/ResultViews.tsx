import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../shared/format/format';
import { keyed } from '../../../shared/list/keyed';
import type { Criterion, Draagkracht, ScenarioBound, ScenarioResult, Warning } from '../api/allocation';
import { ExplainPanel } from './ExplainPanel';
import { RegionMap } from './RegionMap';
import { ResultTable, type Baseline } from './ResultTable';
import { TargetsChart } from './TargetsChart';

interface Props {
  result: ScenarioResult;
  region: string;
  baseline: Baseline | null;
  /** the scenario's parameters for the explanation, when known */
  criteria: Criterion[] | null;
  draagkracht: Draagkracht | null;
  bounds: ScenarioBound[];
  selected: string | null;
  onSelect: (code: string | null) => void;
  /** shown in the live summary line, e.g. "berekend in 35 ms" */
  status?: ReactNode;
  /** municipality names for warnings, by code */
  names?: Map<string, string>;
}

/**
 * A scenario's result, the same for the live editor and a stored or adopted scenario: a short summary
 * that screen readers hear when it changes, the table, the explanation of one municipality, and the
 * bar chart and map (both clickable, both with the table as their text alternative).
 */
export function ResultViews(props: Props) {
  return (
    <>
      <ResultMain {...props} />
      <ResultFigures {...props} />
    </>
  );
}

/** Summary, warnings, table and the explanation of the selected municipality. */
export function ResultMain({ result, baseline, criteria, draagkracht, bounds, selected, onSelect, status, names }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const row = result.rows.find((r) => r.municipality.code === selected) ?? null;
  const nameOf = (code: string | null) => (code ? (names?.get(code) ?? result.rows.find((r) => r.municipality.code === code)?.municipality.name ?? code) : null);
  const select = (code: string) => onSelect(code === selected ? null : code);
  return (
    <div className="tp-result-main">
      <div aria-live="polite" aria-atomic="true" className="tp-result-summary" data-testid="result-summary">
        <Paragraph>
          {t('result.summary', {
            allocated: result.allocated,
            municipalities: result.rows.length,
            method: t(`methods.${result.method}.label`),
            date: formatDate(result.referenceDate, i18n.language),
          })}{' '}
          {status}
        </Paragraph>
      </div>
      {result.method === 'STATUTORY_CEIL' && result.allocated > result.total && (
        <Paragraph className="tp-muted">{t('result.statutoryExcess', { excess: result.allocated - result.total })}</Paragraph>
      )}
      <Warnings warnings={result.warnings} nameOf={nameOf} />
      <ResultTable result={result} baseline={baseline} selected={selected} onSelect={select} caption={t('result.caption', { name: result.scenario.name })} />
      {row && (
        <ExplainPanel
          row={row}
          result={result}
          criteria={criteria}
          draagkracht={draagkracht}
          bound={bounds.find((b) => b.municipality === row.municipality.code) ?? null}
          onClose={() => onSelect(null)}
        />
      )}
    </div>
  );
}

/** The bar chart and the map, side by side where there is room. */
export function ResultFigures({ result, region, selected, onSelect }: Pick<Props, 'result' | 'region' | 'selected' | 'onSelect'>) {
  const { t } = useTranslation('allocation');
  const select = (code: string) => onSelect(code === selected ? null : code);
  return (
    <div className="tp-figures">
      <figure className="tp-figure" aria-labelledby="targets-chart-caption">
        <Heading2 id="targets-chart-caption" className="tp-figure__title">
          {t('chart.title')}
        </Heading2>
        <p className="utrecht-paragraph tp-small tp-muted">{t('chart.hint')}</p>
        <TargetsChart rows={result.rows} selected={selected} onSelect={select} />
      </figure>
      <figure className="tp-figure" aria-labelledby="region-map-caption">
        <Heading2 id="region-map-caption" className="tp-figure__title">
          {t('map.title')}
        </Heading2>
        <p className="utrecht-paragraph tp-small tp-muted">{t('map.hint')}</p>
        <RegionMap region={region} rows={result.rows} selected={selected} onSelect={select} />
        <p className="utrecht-paragraph tp-small tp-muted">{t('map.credit')}</p>
      </figure>
    </div>
  );
}

function Warnings({ warnings, nameOf }: { warnings: Warning[]; nameOf: (code: string | null) => string | null }) {
  const { t } = useTranslation('allocation');
  if (warnings.length === 0) return null;
  return (
    <Alert type="warning" data-testid="result-warnings">
      <Paragraph>
        <strong>{t('result.warnings')}</strong>
      </Paragraph>
      <ul className="utrecht-unordered-list">
        {keyed(warnings, (warning) => `${warning.municipality ?? ''}:${warning.code}`).map(({ key, item: warning }) => (
          <li key={key} className="utrecht-unordered-list__item">
            {warning.municipality ? `${nameOf(warning.municipality)}: ` : ''}
            {warning.message}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
