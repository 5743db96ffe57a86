import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../shared/api/problem';
import { Loading } from '../../../shared/components/Loading';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import { useComparison, type Comparison, type Model } from '../api/allocation';
import { diffClass, signed } from './ResultTable';

/** Two stored scenarios side by side: targets A and B per municipality and the difference B − A. */
export function ComparePanel({ model }: { model: Model }) {
  const { t } = useTranslation('allocation');
  const id = useId();
  const scenarios = [...model.scenarios].sort((x, y) => x.versionNo - y.versionNo);
  const exists = (id: number | null) => id !== null && scenarios.some((s) => s.id === id);
  // A: the adopted scenario, else the first; B: the newest other one. A choice made here wins while it exists.
  const [chosenA, setA] = useState<number | null>(null);
  const [chosenB, setB] = useState<number | null>(null);
  const a = exists(chosenA) ? chosenA : (model.adoptedScenarioId ?? scenarios[0]?.id ?? null);
  const b = exists(chosenB) ? chosenB : ([...scenarios].reverse().find((s) => s.id !== a)?.id ?? null);
  const comparison = useComparison(model.id, a, b);
  if (scenarios.length < 2) return null;
  const select = (value: number | null, onChange: (v: number) => void, label: string, suffix: string) => (
    <div className="utrecht-form-field">
      <label htmlFor={`${id}-${suffix}`} className="utrecht-form-label">
        {label}
      </label>
      <select
        id={`${id}-${suffix}`}
        className="utrecht-select utrecht-select--html-select"
        value={value ?? ''}
        onChange={(event) => onChange(Number(event.target.value))}
      >
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {t('compare.option', { name: s.name, no: s.versionNo })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-title`} className="tp-compare" data-testid="compare">
      <Heading2 id={`${id}-title`}>{t('compare.title')}</Heading2>
      <Paragraph className="tp-small tp-muted">{t('compare.hint')}</Paragraph>
      <div className="tp-inline-form">
        {select(a, setA, t('compare.a'), 'a')}
        {select(b, setB, t('compare.b'), 'b')}
      </div>
      <div aria-live="polite">
        {a === b ? (
          <Paragraph>{t('compare.same')}</Paragraph>
        ) : comparison.isPending ? (
          <Loading />
        ) : comparison.isError ? (
          <Alert type={isApiError(comparison.error, 422) ? 'warning' : 'error'} data-testid="compare-problem">
            <Paragraph>
              {isApiError(comparison.error, 422) ? t('compare.infeasible', { detail: comparison.error.problem.detail ?? '' }) : t('compare.failed')}
            </Paragraph>
          </Alert>
        ) : (
          <CompareTable comparison={comparison.data} />
        )}
      </div>
    </section>
  );
}

export function CompareTable({ comparison }: { comparison: Comparison }) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  const totalDifference = comparison.totalB - comparison.totalA;
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table" data-testid="compare-table">
        <caption className="tp-caption">{t('compare.caption', { a: comparison.a.name, b: comparison.b.name })}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('table.municipality')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('compare.quotaOf', { name: comparison.a.name })}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('compare.targetOf', { name: comparison.a.name })}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('compare.quotaOf', { name: comparison.b.name })}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('compare.targetOf', { name: comparison.b.name })}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('compare.difference')}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {comparison.rows.map((row) => (
            <tr key={row.municipality.code} className="utrecht-table__row" data-municipality={row.municipality.code}>
              <th scope="row" className="utrecht-table__header-cell">{row.municipality.name}</th>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number tp-muted">{formatDecimalString(row.quotaA, language, { minFractionDigits: 2 })}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">{row.targetA === null ? '–' : formatNumber(row.targetA, language)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number tp-muted">{formatDecimalString(row.quotaB, language, { minFractionDigits: 2 })}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">{row.targetB === null ? '–' : formatNumber(row.targetB, language)}</td>
              <td className={`utrecht-table__cell utrecht-table__cell--numeric-column tp-number ${diffClass(row.difference)}`} data-column="difference">
                {signed(row.difference, language)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="utrecht-table__row tp-sum">
            <th scope="row" className="utrecht-table__header-cell">{t('table.total')}</th>
            <td className="utrecht-table__cell" />
            <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number" data-testid="compare-total-a">{formatNumber(comparison.totalA, language)}</td>
            <td className="utrecht-table__cell" />
            <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number" data-testid="compare-total-b">{formatNumber(comparison.totalB, language)}</td>
            <td className={`utrecht-table__cell utrecht-table__cell--numeric-column tp-number ${diffClass(totalDifference)}`}>{signed(totalDifference, language)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
