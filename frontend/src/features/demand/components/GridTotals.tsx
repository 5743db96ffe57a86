import { useTranslation } from 'react-i18next';
import { measures, type Measure } from '../api/demand';
import { formatCount } from '../numbers';
import { isComplete, type Subtotal } from '../subtotals';

/** "1.234", or "12 (3 van 5 ingevuld)" while cells are empty: an unknown cell is not a zero. */
export function SubtotalValue({ subtotal }: { subtotal: Subtotal }) {
  const { t, i18n } = useTranslation('demand');
  if (subtotal.sum === null) {
    return <span className="tp-subtotal tp-subtotal--unknown">{t('grid.subtotalUnknown', { cells: subtotal.cells })}</span>;
  }
  const sum = formatCount(subtotal.sum, i18n.language);
  if (isComplete(subtotal)) return <span className="tp-subtotal">{sum}</span>;
  return (
    <span className="tp-subtotal tp-subtotal--partial">
      {sum} <span className="tp-subtotal__filled">{t('grid.subtotalFilled', { filled: subtotal.filled, cells: subtotal.cells })}</span>
    </span>
  );
}

/** A row of subtotals, one per measure: a group's (in its tbody) or the grand total (in the tfoot). */
export function SubtotalRow({ label, totals, kind }: { label: string; totals: Record<Measure, Subtotal>; kind: 'group' | 'grand' }) {
  return (
    <tr className={`utrecht-table__row tp-grid__${kind === 'group' ? 'subtotal' : 'total'}`} data-testid={`${kind}-total`}>
      <th scope="row" className="utrecht-table__header-cell tp-grid__form">
        {label}
      </th>
      {measures.map((measure) => (
        <td key={measure} className="utrecht-table__cell tp-grid__sum" data-measure={measure}>
          <SubtotalValue subtotal={totals[measure]} />
        </td>
      ))}
    </tr>
  );
}
