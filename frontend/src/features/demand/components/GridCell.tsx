import { useId, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, parseCount } from '../numbers';
import type { Cell, CellKey } from '../api/demand';
import type { Draft } from '../useCellSaves';
import type { TFunction } from 'i18next';

interface Props {
  cellKey: CellKey;
  label: string;
  row: number;
  col: number;
  value: string;
  cell: Cell | undefined;
  draft: Draft | undefined;
  readOnly: boolean;
  /** False: reached with the arrows from the grid's one tab stop, not with Tab (a read-only grid). */
  tabStop: boolean;
  active: boolean;
  onChange: (text: string) => void;
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
}

const icons = { saving: '…', saved: '✓', error: '!', invalid: '!', conflict: '⇄' } as const;

/** What a screen reader hears about the cell's save: saving, saved, a conflict, not saved, or nothing. */
function stateTextOf(status: string | undefined, failed: boolean, t: TFunction<'demand'>): string {
  if (status === 'saving') return t('grid.saving');
  if (status === 'saved') return t('grid.saved');
  if (status === 'conflict') return t('grid.conflict');
  return failed ? t('grid.notSaved') : '';
}

/**
 * What the input shows: a saved figure with thousands separators ("1.200") while the cell is not being edited;
 * while it has focus, or holds what was typed and not yet saved, exactly the text itself.
 */
function shownText(value: string, focused: boolean, draft: Draft | undefined, language: string): string {
  if (focused || (draft && draft.status !== 'saved')) return value;
  const parsed = parseCount(value, language);
  return parsed.ok && parsed.value !== null ? formatCount(parsed.value, language) : value;
}

/** One figure: the input, its save state, last year's value, soft warnings and hard errors. */
export function GridCell(props: Props) {
  const { cellKey, label, row, col, value, cell, draft, readOnly, tabStop, active } = props;
  const { t, i18n } = useTranslation('demand');
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [focused, setFocused] = useState(false);
  // the text changes from "1.200" to "1200" on focus: select it once it has
  useLayoutEffect(() => {
    if (focused) inputRef.current?.select();
  }, [focused]);
  const status = draft?.status;
  const failed = status === 'error' || status === 'invalid' || status === 'conflict';
  const warnings = cell?.warnings ?? [];
  const previous = cell?.previousYearValue;
  const stateText = stateTextOf(status, failed, t);
  const describedBy = [`${id}-prev`, stateText && `${id}-state`, failed && `${id}-error`, warnings.length > 0 && `${id}-warn`]
    .filter(Boolean)
    .join(' ');

  return (
    <td
      className={['utrecht-table__cell', 'tp-cell', active && 'tp-cell--active', warnings.length > 0 && 'tp-cell--warning', failed && 'tp-cell--invalid']
        .filter(Boolean)
        .join(' ')}
      data-cell={cellKey}
      data-status={status}
    >
      <div className="tp-cell__line">
        <input
          ref={inputRef}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="utrecht-textbox utrecht-textbox--html-input tp-cell__input"
          aria-label={label}
          aria-describedby={describedBy}
          aria-invalid={failed || undefined}
          readOnly={readOnly}
          tabIndex={tabStop ? undefined : -1}
          value={shownText(value, focused, draft, i18n.language)}
          data-row={row}
          data-col={col}
          onChange={(event) => props.onChange(event.target.value)}
          onFocus={(event) => {
            event.currentTarget.select();
            setFocused(true);
            props.onFocus();
          }}
          onBlur={() => {
            setFocused(false);
            props.onBlur();
          }}
          onKeyDown={props.onKeyDown}
          onPaste={props.onPaste}
        />
        <span className="tp-cell__marks">
          {status && status !== 'dirty' && (
            <span className={`tp-cell__state tp-cell__state--${status}`} aria-hidden="true" title={stateText}>
              {icons[status]}
            </span>
          )}
          {warnings.length > 0 && (
            <span className="tp-cell__warning" aria-hidden="true" title={warnings.map((w) => w.message).join('\n')}>
              ▲
            </span>
          )}
        </span>
      </div>
      {previous === null || previous === undefined ? (
        <span id={`${id}-prev`} className="tp-visually-hidden">
          {t('grid.previousYearNone')}
        </span>
      ) : (
        <span id={`${id}-prev`} className="tp-cell__previous">
          {t('grid.previousYear', { value: formatCount(previous, i18n.language) })}
        </span>
      )}
      {stateText && (
        <span id={`${id}-state`} className="tp-visually-hidden">
          {stateText}
        </span>
      )}
      {failed && draft?.message && (
        <span id={`${id}-error`} className="tp-cell__error" data-testid="cell-error">
          {draft.message}
        </span>
      )}
      {warnings.length > 0 && (
        <span id={`${id}-warn`} className="tp-visually-hidden">
          {t('grid.warning')}: {warnings.map((w) => w.message).join(' ')}
        </span>
      )}
    </td>
  );
}
