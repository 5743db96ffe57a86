import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The parts of a version, by the Dutch name in the URL (?tab=…). */
export type Tab = 'regeling' | 'bewerken' | 'afwijkingen' | 'toets';

interface Props {
  tabs: Tab[];
  selected: Tab;
  onSelect: (tab: Tab) => void;
  /** the editor has unsaved changes */
  dirty: boolean;
  panelId: string;
}

/** WAI-ARIA tabs: arrow keys, Home and End move between them. */
export function SchemeTabs({ tabs, selected, onSelect, dirty, panelId }: Props) {
  const { t } = useTranslation('urgency');
  const listRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(selected);
    const move = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: tabs.length - 1 - index }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = tabs[(index + move + tabs.length) % tabs.length];
    if (!next) return;
    onSelect(next);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('tabs.label')} className="tp-tabs tp-scheme-tabs" ref={listRef} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const active = tab === selected;
        return (
          <button
            key={tab}
            type="button"
            role="tab"
            id={`scheme-tab-${tab}`}
            data-tab={tab}
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            className="tp-tab"
            onClick={() => onSelect(tab)}
          >
            {t(`tabs.${tab}`)}
            {tab === 'bewerken' && dirty && (
              <span className="tp-tab__dirty" title={t('editor.unsaved')}>
                <span aria-hidden="true">●</span>
                <span className="tp-visually-hidden">{t('editor.unsaved')}</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
