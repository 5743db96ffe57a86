import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { measures, type Analysis, type Measure } from '../api/demand';
import type { Subtotal } from '../subtotals';
import { SubtotalRow } from './GridTotals';

type Group = Analysis['targetGroups'][number];
type Form = Analysis['housingForms'][number];

interface Props {
  group: Group;
  /** The group's position: its rows are numbered from index × forms. */
  index: number;
  forms: readonly Form[];
  folded: boolean;
  onToggle: () => void;
  totals: Record<Measure, Subtotal>;
  renderCell: (form: Form, row: number, measure: Measure, col: number) => ReactNode;
}

/**
 * One aandachtsgroep of the grid: its label (the button that folds it up), a row per housing form, and its
 * subtotal, which stays in view while the group is folded.
 */
export function GridGroup({ group, index, forms, folded, onToggle, totals, renderCell }: Props) {
  const { t } = useTranslation('demand');
  const bodyId = `tp-grid-group-${index}`;
  return (
    <tbody id={bodyId} className="utrecht-table__body" data-target-group={group.code}>
      <tr className="utrecht-table__row tp-grid__group">
        <th scope="rowgroup" colSpan={measures.length + 1} className="utrecht-table__header-cell">
          <button type="button" className="tp-grid__toggle" aria-expanded={!folded} aria-controls={bodyId} onClick={onToggle}>
            <span className="tp-grid__chevron" aria-hidden="true">
              {folded ? '▸' : '▾'}
            </span>
            {group.name}
          </button>
        </th>
      </tr>
      {!folded &&
        forms.map((form, f) => {
          const row = index * forms.length + f;
          return (
            <tr key={form.code} className="utrecht-table__row" data-housing-form={form.code}>
              <th scope="row" className="utrecht-table__header-cell tp-grid__form">
                {form.name}
              </th>
              {measures.map((measure, col) => renderCell(form, row, measure, col))}
            </tr>
          );
        })}
      <SubtotalRow label={t('grid.subtotal', { group: group.name })} totals={totals} kind="group" />
    </tbody>
  );
}
