import { useCallback, useState } from 'react';

const STORAGE_KEY = 'thuisplan.demand.collapsedGroups';

function read(): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((code): code is string => typeof code === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Which aandachtsgroepen the grid shows folded up, remembered in this browser (by group code, for every
 * analysis): someone who only fills in two groups does not unfold and refold the others on every visit.
 */
export function useCollapsedGroups() {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set(read()));
  const toggle = useCallback((code: string) => {
    setCollapsed((current) => {
      const next = new Set(current);
      if (next.has(code)) next.delete(code);
      else next.add(code);
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify([...next]));
      } catch {
        // storage full or refused: the choice then lasts as long as the page
      }
      return next;
    });
  }, []);
  return { collapsed, toggle };
}
