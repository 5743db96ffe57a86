import { useTranslation } from 'react-i18next';
import { formatDecimalString, formatNumber } from '../../../shared/format/format';
import type { ScenarioResult } from '../api/allocation';

export interface Baseline {
  name: string;
  targets: Map<string, number>;
}

interface Props {
  result: ScenarioResult;
  baseline: Baseline | null;
  selected: string | null;
  onSelect: (code: string) => void;
  caption: string;
}

/** Signed difference for display: "+2", "−1", "0". */
export const signed = (value: number, language: string) =>
  value > 0 ? `+${formatNumber(value, language)}` : value < 0 ? `−${formatNumber(-value, language)}` : '0';

/**
 * Per municipality: quota, target, which bound held, target per 1,000 inhabitants and, when there is a
 * scenario to compare with, the difference. The name opens the explanation ("why does Diemen get 14?").
 */
export function ResultTable({ result, baseline, selected, onSelect, caption }: Props) {
  const { t, i18n } = useTranslation('allocation');
  const language = i18n.language;
  const baselineTotal = baseline ? [...baseline.targets.values()].reduce((s, v) => s + v, 0) : 0;
  return (
    <div className="tp-table-scroll">
      <table className="utrecht-table tp-table tp-result-table" data-testid="result-table">
        <caption className="tp-caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">{t('table.municipality')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
              <abbr title={t('table.quotaExplanation')}>{t('table.quota')}</abbr>
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('table.target')}</th>
            <th scope="col" className="utrecht-table__header-cell">{t('table.bound')}</th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">{t('table.perThousand')}</th>
            {baseline && (
              <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric-column">
                {t('table.difference', { name: baseline.name })}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {result.rows.map((row) => {
            const code = row.municipality.code;
            const before = baseline?.targets.get(code);
            const difference = before === undefined ? null : row.target - before;
            return (
              <tr key={code} className={`utrecht-table__row${selected === code ? ' tp-row--selected' : ''}`} data-municipality={code}>
                <th scope="row" className="utrecht-table__header-cell">
                  <button
                    type="button"
                    className="tp-link-button"
                    aria-expanded={selected === code}
                    aria-controls="explain-panel"
                    title={t('explain.open', { name: row.municipality.name })}
                    onClick={() => onSelect(code)}
                  >
                    {row.municipality.name}
                  </button>
                </th>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number" data-column="quota">
                  {formatDecimalString(row.quota, language, { minFractionDigits: 2 })}
                </td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number" data-column="target">
                  <strong>{formatNumber(row.target, language)}</strong>
                </td>
                <td className="utrecht-table__cell" data-column="bound">
                  {row.bound === 'NONE' ? <span className="tp-muted">–</span> : t(`bound.${row.bound}`)}
                </td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number" data-column="perThousand">
                  {row.perThousand === null ? '–' : formatDecimalString(row.perThousand, language, { minFractionDigits: 3, maxFractionDigits: 3 })}
                </td>
                {baseline && (
                  <td className={`utrecht-table__cell utrecht-table__cell--numeric-column tp-number ${diffClass(difference)}`} data-column="difference">
                    {difference === null ? '–' : signed(difference, language)}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="utrecht-table__row tp-sum">
            <th scope="row" className="utrecht-table__header-cell">{t('table.total')}</th>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number">{formatNumber(result.total, language)}</td>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-column tp-number" data-testid="allocated-total">
              <strong>{formatNumber(result.allocated, language)}</strong>
            </td>
            <td className="utrecht-table__cell" />
            <td className="utrecht-table__cell" />
            {baseline && (
              <td className={`utrecht-table__cell utrecht-table__cell--numeric-column tp-number ${diffClass(result.allocated - baselineTotal)}`}>
                {signed(result.allocated - baselineTotal, language)}
              </td>
            )}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export const diffClass = (difference: number | null) =>
  difference === null || difference === 0 ? '' : difference > 0 ? 'tp-diff--up' : 'tp-diff--down';
