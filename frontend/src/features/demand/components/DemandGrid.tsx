import { useEffect, useRef, type ClipboardEvent, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey, measures, type Analysis, type CellKey } from '../api/demand';
import { isBlock, parseBlock } from '../numbers';
import type { CellSaves } from '../useCellSaves';
import { gridTotals } from '../subtotals';
import { useCollapsedGroups } from '../useCollapsedGroups';
import { GridCell } from './GridCell';
import { GridGroup } from './GridGroup';
import { SubtotalRow } from './GridTotals';

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
 * Each group has a live subtotal and can be folded up; a grand total closes the table. Read-only, the grid is
 * one tab stop (the last cell used, else the first) and the arrows move inside it, so 300 figures one cannot
 * change are not 300 stops on the way to the rest of the page, yet each cell's details stay reachable.
 * The grid scrolls on its own in both directions, so its headers and row labels stay in view at any zoom.
 */
export function DemandGrid({ analysis, saves, canEdit, activeKey, onActivate }: Props) {
  const { t, i18n } = useTranslation('demand');
  const wrapRef = useRef<HTMLElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const { collapsed, toggle } = useCollapsedGroups();
  const forms = analysis.housingForms;
  const rows = analysis.targetGroups.flatMap((group) => forms.map((form) => ({ group, form })));
  const columns = measures.length;
  /** The rows on screen (a folded group's are not), by their index in `rows`. */
  const visibleRows = rows.flatMap((entry, row) => (collapsed.has(entry.group.code) ? [] : [row]));
  useStickyHeadHeight(wrapRef, headRef);

  const keyAt = (row: number, col: number): CellKey | null => {
    const entry = rows[row];
    const measure = measures[col];
    return entry && measure ? cellKey(entry.group.code, entry.form.code, measure) : null;
  };

  /** Focuses the cell `steps` visible rows away from `row`, in column `col`; false when there is none. */
  const moveTo = (row: number, steps: number, col: number): boolean => {
    const target = visibleRows[visibleRows.indexOf(row) + steps];
    if (target === undefined || col < 0 || col >= columns) return false;
    const input = wrapRef.current?.querySelector<HTMLInputElement>(`input[data-row="${target}"][data-col="${col}"]`);
    input?.focus();
    return Boolean(input);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, key: CellKey) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.currentTarget;
    let moved = false;
    switch (event.key) {
      case 'ArrowUp':
        moved = moveTo(row, -1, col);
        break;
      case 'ArrowDown':
        moved = moveTo(row, 1, col);
        break;
      case 'ArrowLeft':
        moved = atStart(input) && moveTo(row, 0, col - 1);
        break;
      case 'ArrowRight':
        moved = atEnd(input) && moveTo(row, 0, col + 1);
        break;
      case 'Enter':
        if (canEdit) saves.commit(key);
        moveTo(row, event.shiftKey ? -1 : 1, col);
        moved = true; // Enter never submits anything else
        break;
      case 'Tab': {
        // read-only, the grid is one tab stop: Tab leaves it
        if (!canEdit) return;
        // Right, then on to the next row; past the last cell Tab leaves the grid as usual.
        const index = visibleRows.indexOf(row) * columns + col + (event.shiftKey ? -1 : 1);
        const steps = Math.floor(index / columns) - visibleRows.indexOf(row);
        moved = moveTo(row, steps, ((index % columns) + columns) % columns);
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
    const from = visibleRows.indexOf(row);
    parseBlock(text).forEach((values, r) => {
      const target = visibleRows[from + r];
      values.forEach((value, c) => {
        const key = target === undefined ? null : keyAt(target, col + c);
        if (key) saves.commit(key, value);
      });
    });
  };

  if (rows.length === 0) return <p className="utrecht-paragraph">{t('grid.empty')}</p>;

  const { groups: groupTotals, grand: grandTotals } = gridTotals(analysis, saves.display, i18n.language);

  // read-only: the one cell Tab stops at
  const firstVisible = visibleRows[0];
  const activeRow = rows.findIndex(
    (entry, row) => visibleRows.includes(row) && measures.some((m) => cellKey(entry.group.code, entry.form.code, m) === activeKey),
  );
  const tabStopKey = canEdit ? null : activeRow >= 0 ? activeKey : firstVisible === undefined ? null : keyAt(firstVisible, 0);

  return (
    <section ref={wrapRef} className="tp-grid-wrap" aria-label={t('grid.caption')}>
      <table className="utrecht-table tp-table tp-grid" data-testid="demand-grid">
        <caption className="tp-visually-hidden">{t('grid.caption')}</caption>
        <thead ref={headRef} className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell tp-grid__corner">
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
          <GridGroup
            key={group.code}
            group={group}
            index={g}
            forms={forms}
            folded={collapsed.has(group.code)}
            onToggle={() => toggle(group.code)}
            totals={groupTotals[g]!}
            renderCell={(form, row, measure, col) => {
              const key = cellKey(group.code, form.code, measure);
              return (
                <GridCell
                  key={measure}
                  cellKey={key}
                  label={t('grid.cellLabel', { group: group.name, form: form.name, measure: t(`measuresShort.${measure}`) })}
                  row={row}
                  col={col}
                  value={saves.display(key)}
                  cell={saves.cells.get(key)}
                  draft={saves.drafts[key]}
                  readOnly={!canEdit}
                  tabStop={canEdit || key === tabStopKey}
                  active={activeKey === key}
                  onChange={(text) => saves.change(key, text)}
                  onFocus={() => onActivate(key)}
                  onBlur={() => canEdit && saves.commit(key)}
                  onKeyDown={(event) => onKeyDown(event, row, col, key)}
                  onPaste={(event) => onPaste(event, row, col)}
                />
              );
            }}
          />
        ))}
        <tfoot className="utrecht-table__footer">
          <SubtotalRow label={t('grid.total')} totals={grandTotals} kind="grand" />
        </tfoot>
      </table>
    </section>
  );
}

/**
 * Keeps the height of the column headers in `--tp-grid-head` on the grid's scroll box, so the sticky group
 * labels sit right under them however the headers wrap (zoom, language).
 */
function useStickyHeadHeight(wrap: RefObject<HTMLElement | null>, head: RefObject<HTMLTableSectionElement | null>) {
  useEffect(() => {
    const box = wrap.current;
    const thead = head.current;
    if (!box || !thead || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => box.style.setProperty('--tp-grid-head', `${thead.offsetHeight}px`));
    observer.observe(thead);
    return () => observer.disconnect();
  }, [wrap, head]);
}
