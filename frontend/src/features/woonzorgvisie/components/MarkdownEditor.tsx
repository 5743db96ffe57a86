import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../api/woonzorgvisie';
import { insertAt, insertBlockLine, keepBlocksAlone } from '../text';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  catalogue: Catalogue | undefined;
  onBlur?: () => void;
  readOnly?: boolean;
  invalid?: boolean;
  describedBy?: string;
  rows?: number;
  testId?: string;
}

/**
 * A Markdown textarea with the palette: a placeholder goes in at the caret as {{key}}, a data block
 * on a line of its own as {{blok:key}}; the caret ends after what was inserted and focus returns to the text.
 * A block's line is atomic: what is typed or pasted beside a block is moved to a line of its own as it
 * is typed (keepBlocksAlone), so the text never holds the line the server refuses. (Moving rather than
 * refusing the keystrokes: nothing typed is lost, and a plain textarea stays a plain textarea for
 * screen readers and for pasting.)
 */
export function MarkdownEditor({ id, label, value, onChange, catalogue, onBlur, readOnly, invalid, describedBy, rows = 14, testId }: Props) {
  const { t } = useTranslation('woonzorgvisie');
  const ref = useRef<HTMLTextAreaElement>(null);
  // the selection when the text last lost focus: clicking the palette moves focus away
  const selection = useRef<{ start: number; end: number } | null>(null);
  const hintId = `${id}-hint`;
  // Where the caret goes once the moved text is on screen: set in the same commit, before the next key, so
  // fast typing (or a test typing without pauses) never lands a letter where the caret was before the move.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });

  const insert = (make: (text: string, start: number, end: number) => { text: string; caret: number }) => {
    const area = ref.current;
    const start = area && document.activeElement === area ? area.selectionStart : (selection.current?.start ?? value.length);
    const end = area && document.activeElement === area ? area.selectionEnd : (selection.current?.end ?? value.length);
    const next = make(value, start, end);
    onChange(next.text);
    selection.current = { start: next.caret, end: next.caret };
    requestAnimationFrame(() => {
      if (!ref.current) return;
      ref.current.focus();
      ref.current.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <div className="tp-md">
      <label htmlFor={id} className="utrecht-form-label">
        {label}
      </label>
      <p id={hintId} className="utrecht-form-field-description tp-muted tp-small">
        {t('editor.markdownHint')} {t('editor.blockLine')}
      </p>
      {!readOnly && (
        <Palette
          catalogue={catalogue}
          onPlaceholder={(key) => insert((text, s, e) => insertAt(text, s, e, `{{${key}}}`))}
          onBlock={(key) => insert((text, s, e) => insertBlockLine(text, s, e, key))}
        />
      )}
      <textarea
        ref={ref}
        id={id}
        className="utrecht-textarea utrecht-textarea--html-textarea tp-md__text"
        value={value}
        rows={rows}
        readOnly={readOnly}
        spellCheck
        aria-invalid={invalid ? true : undefined}
        aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
        data-testid={testId}
        onChange={(e) => {
          const area = e.currentTarget;
          const kept = keepBlocksAlone(area.value, area.selectionStart);
          onChange(kept.text);
          if (kept.text !== area.value) {
            selection.current = { start: kept.caret, end: kept.caret };
            pendingCaret.current = kept.caret;
          }
        }}
        onSelect={(e) => {
          selection.current = { start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd };
        }}
        onBlur={(e) => {
          selection.current = { start: e.currentTarget.selectionStart, end: e.currentTarget.selectionEnd };
          onBlur?.();
        }}
      />
    </div>
  );
}

/** The placeholders by group and the data blocks, from GET /catalogue, with a filter. */
export function Palette({ catalogue, onPlaceholder, onBlock }: { catalogue: Catalogue | undefined; onPlaceholder: (key: string) => void; onBlock: (key: string) => void }) {
  const { t } = useTranslation('woonzorgvisie');
  const id = useId();
  const [filter, setFilter] = useState('');
  const groups = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const map = new Map<string, Catalogue['placeholders']>();
    for (const p of catalogue?.placeholders ?? []) {
      if (needle && !`${p.label} ${p.key} ${p.group}`.toLowerCase().includes(needle)) continue;
      map.set(p.group, [...(map.get(p.group) ?? []), p]);
    }
    return [...map.entries()];
  }, [catalogue, filter]);
  if (!catalogue) return <p className="tp-small tp-muted">{t('palette.loading')}</p>;
  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled group of two menus; a fieldset would need a legend and its own box styles
    <div className="tp-palette" role="group" aria-label={t('palette.label')} data-testid="palette">
      <details className="tp-palette__menu">
        <summary className="tp-palette__summary">{t('palette.placeholders')}</summary>
        <div className="tp-palette__panel">
          <label htmlFor={`${id}-filter`} className="utrecht-form-label tp-small">
            {t('palette.filter')}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            className="utrecht-textbox utrecht-textbox--html-input tp-palette__filter"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          {groups.length === 0 && <p className="tp-small tp-muted">{t('palette.none')}</p>}
          {groups.map(([group, items]) => (
            <section key={group} aria-label={group} className="tp-palette__group">
              <p className="tp-palette__group-title">{group}</p>
              {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
              <ul className="tp-palette__list" role="list">
                {items.map((p) => (
                  <li key={p.key}>
                    <button
                      type="button"
                      className="tp-palette__item"
                      data-key={p.key}
                      aria-label={t('palette.insertPlaceholder', { label: p.label, key: p.key })}
                      onClick={() => onPlaceholder(p.key)}
                    >
                      <span>{p.label}</span>
                      <code>{`{{${p.key}}}`}</code>
                      {p.example && <span className="tp-small tp-muted">{t('palette.example', { example: p.example })}</span>}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </details>
      <details className="tp-palette__menu">
        <summary className="tp-palette__summary">{t('palette.blocks')}</summary>
        <div className="tp-palette__panel">
          {/* biome-ignore lint/a11y/noRedundantRoles: list-style none drops the list role in Safari/VoiceOver, so it is set explicitly */}
          <ul className="tp-palette__list" role="list">
            {catalogue.blocks.map((b) => (
              <li key={b.key}>
                <button
                  type="button"
                  className="tp-palette__item"
                  data-key={b.key}
                  aria-label={t('palette.insertBlock', { label: b.label, key: b.key })}
                  onClick={() => onBlock(b.key)}
                >
                  <span>{b.label}</span>
                  <code>{`{{blok:${b.key}}}`}</code>
                  <span className="tp-small tp-muted">{b.description}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </details>
    </div>
  );
}
