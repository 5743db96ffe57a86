import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../api/allocation';

interface Props {
  scenarios: Scenario[];
  selected: number;
  onSelect: (id: number) => void;
  adoptedId: number | null;
  /** scenarios with unsaved changes */
  dirty: Set<number>;
  panelId: string;
}

/** The scenarios of a model as tabs (WAI-ARIA tabs: arrow keys, Home and End move between them). */
export function ScenarioTabs({ scenarios, selected, onSelect, adoptedId, dirty, panelId }: Props) {
  const { t } = useTranslation('allocation');
  const listRef = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = scenarios.findIndex((s) => s.id === selected);
    const move = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: scenarios.length - 1 - index }[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = scenarios[(index + move + scenarios.length) % scenarios.length];
    if (!next) return;
    onSelect(next.id);
    listRef.current?.querySelector<HTMLButtonElement>(`[data-scenario="${next.id}"]`)?.focus();
  };
  return (
    <div role="tablist" aria-label={t('scenarios.label')} className="tp-tabs" ref={listRef} onKeyDown={onKeyDown}>
      {scenarios.map((scenario) => {
        const active = scenario.id === selected;
        return (
          <button
            key={scenario.id}
            type="button"
            role="tab"
            id={`scenario-tab-${scenario.id}`}
            data-scenario={scenario.id}
            aria-selected={active}
            aria-controls={panelId}
            tabIndex={active ? 0 : -1}
            className="tp-tab"
            onClick={() => onSelect(scenario.id)}
          >
            {scenario.name}
            <span className="tp-tab__meta">
              {t('scenarios.version', { no: scenario.versionNo })}
              {scenario.id === adoptedId && ` · ${t('status.ADOPTED')}`}
            </span>
            {dirty.has(scenario.id) && (
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
