import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, measures, type Analysis, type CellKey } from '../api/demand';
import { isBlock, parseBlock } from '../numbers';
import type { CellSaves } from '../useCellSaves';
import { GridCell } from './GridCell';

interface Props {
  analysis: Analysis;
  saves: CellSaves;
  canEdit: boolean;
  activeKey: CellKey | null;
  onActivate: (key: CellKey) => void;
}

/** Caret at the very start (or the whole text selected): Left may leave the cell. */
const atStart = (input: HTMLInputElement) =>
  (input.selectionStart === 0 && input.selectionEnd === 0) || wholeSelected(input);
const atEnd = (input: HTMLInputElement) =>
  (input.selectionStart === input.value.length && input.selectionEnd === input.value.length) || wholeSelected(input);
const wholeSelected = (input: HTMLInputElement) =>
  input.selectionStart === 0 && input.selectionEnd === input.value.length;

/**
 * The entry grid: one row per target group × housing form (grouped by target group), one column per measure.
 * Keyboard first, like a spreadsheet: arrows and Enter move between cells, Tab moves right,
 * Escape restores the saved value, and a block pasted from a spreadsheet fills the cells from the focused one.
 */
export function DemandGrid({ analysis, saves, canEdit, activeKey, onActivate }: Props) {
  const { t } = useTranslation('demand');
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = analysis.targetGroups.flatMap((group) => analysis.housingForms.map((form) => ({ group, form })));
  const columns = measures.length;

  const keyAt = (row: number, col: number): CellKey | null => {
    const entry = rows[row];
    const measure = measures[col];
    return entry && measure ? cellKey(entry.group.code, entry.form.code, measure) : null;
  };

  /** Focuses the cell at (row, col); false when there is none. */
  const moveTo = (row: number, col: number): boolean => {
    if (row < 0 || row >= rows.length || col < 0 || col >= columns) return false;
    const input = tableRef.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${col}"]`);
    input?.focus();
    return Boolean(input);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: CellKey) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.currentTarget;
    let moved = false;
    switch (event.key) {
      case 'ArrowUp':
        moved = moveTo(row - 1, col);
        break;
      case 'ArrowDown':
        moved = moveTo(row + 1, col);
        break;
      case 'ArrowLeft':
        moved = atStart(input) && moveTo(row, col - 1);
        break;
      case 'ArrowRight':
        moved = atEnd(input) && moveTo(row, col + 1);
        break;
      case 'Enter':
        if (canEdit) saves.commit(key);
        moveTo(event.shiftKey ? row - 1 : row + 1, col);
        moved = true; // Enter never submits anything else
        break;
      case 'Tab': {
        // Right, then on to the next row; past the last cell Tab leaves the grid as usual.
        const index = row * columns + col + (event.shiftKey ? -1 : 1);
        moved = moveTo(Math.floor(index / columns), ((index % columns) + columns) % columns);
        break;
      }
      case 'Escape':
        if (canEdit) saves.revert(key);
        moved = true;
        break;
      default:
        return;
    }
    if (moved) event.preventDefault();
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, row: number, col: number) => {
    if (!canEdit) return;
    const text = event.clipboardData.getData('text/plain');
    if (!isBlock(text)) return; // one value: the browser pastes it into this cell
    event.preventDefault();
    parseBlock(text).forEach((values, r) => {
      values.forEach((value, c) => {
        const key = keyAt(row + r, col + c);
        if (key) saves.commit(key, value);
      });
    });
  };

  if (rows.length === 0) return <p className="utrecht-paragraph">{t('grid.empty')}</p>;

  return (
    <div className="tp-grid-wrap">
      <table ref={tableRef} className="utrecht-table tp-table tp-grid" data-testid="demand-grid">
        <caption className="tp-visually-hidden">{t('grid.caption')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('grid.housingForm')}
            </th>
            {measures.map((measure) => (
              <th key={measure} scope="col" className="utrecht-table__header-cell tp-grid__measure">
                {t(`measures.${measure}`)}
              </th>
            ))}
          </tr>
        </thead>
        {analysis.targetGroups.map((group, g) => (
          <tbody key={group.code} className="utrecht-table__body" data-target-group={group.code}>
            <tr className="utrecht-table__row tp-grid__group">
              <th scope="rowgroup" colSpan={columns + 1} className="utrecht-table__header-cell">
                {group.name}
              </th>
            </tr>
            {analysis.housingForms.map((form, f) => {
              const row = g * analysis.housingForms.length + f;
              return (
                <tr key={form.code} className="utrecht-table__row" data-housing-form={form.code}>
                  <th scope="row" className="utrecht-table__header-cell tp-grid__form">
                    {form.name}
                  </th>
                  {measures.map((measure, col) => {
                    const key = cellKey(group.code, form.code, measure);
                    return (
                        <GridCell
                          key={measure}
                          cellKey={key}
                          label={t('grid.cellLabel', {
                            group: group.name,
                            form: form.name,
                            measure: t(`measuresShort.${measure}`),
                          })}
                          row={row}
                          col={col}
                          value={saves.display(key)}
                          cell={saves.cells.get(key)}
                          draft={saves.drafts[key]}
                          readOnly={!canEdit}
                          active={activeKey === key}
                          onChange={(text) => saves.change(key, text)}
                          onFocus={() => onActivate(key)}
                          onBlur={() => canEdit && saves.commit(key)}
                          onKeyDown={(event) => onKeyDown(event, row, col, key)}
                          onPaste={(event) => onPaste(event, row, col)}
                        />
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
    </div>
  );
}
