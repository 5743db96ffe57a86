import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type LocalDraft, readDraft, removeDraft, writeDraft } from '../../shared/autosave/localDrafts';
import { type DraftOffer, useDraftUser } from '../../shared/autosave/useLocalDraft';
import type { Cell, CellKey } from './api/demand';
import type { Draft } from './useCellSaves';

/** A cell's unsaved text as kept in this browser, with the server version it was typed over. */
export interface KeptCell {
  text: string;
  message?: string;
  version: number | null;
}

type Kept = Record<CellKey, KeptCell>;

/**
 * The grid's local draft: every cell not yet saved (typed, refused, in conflict, under way) is kept as
 * one draft of the analysis until the server has it, so a reload or leaving the page loses nothing;
 * found when the grid opens, it is offered back (take), never applied unasked.
 */
export function useKeptCells(analysisId: number) {
  const user = useDraftUser();
  const scope = useMemo(() => ({ user, entity: `demand-analysis:${analysisId}`, field: 'cells' }), [user, analysisId]);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;
  const [kept, setKept] = useState<LocalDraft<Kept> | null>(null);
  const keptRef = useRef(kept);
  keptRef.current = kept;
  /** the server version of a cell now (set by the grid's hook) */
  const versionOf = useRef<(key: CellKey) => number | null>(() => null);

  useEffect(() => {
    setKept(scope.user ? readDraft<Kept>(scope) : null);
  }, [scope]);

  /** Writes the cells not yet saved; with none left, removes the draft (unless one is still offered). */
  const persist = useCallback((all: Record<CellKey, Draft>) => {
    const unsaved = Object.entries(all).filter(([, d]) => d.status !== 'saved');
    if (unsaved.length === 0) {
      if (!keptRef.current) removeDraft(scopeRef.current);
      return;
    }
    const value: Kept = {};
    for (const [key, d] of unsaved) value[key] = { text: d.text, message: d.message, version: versionOf.current(key) };
    writeDraft(scopeRef.current, { value, baseVersion: null });
  }, []);

  /** The offered cells, handed over once. */
  const take = useCallback((): Kept | null => {
    const found = keptRef.current;
    keptRef.current = null;
    setKept(null);
    return found?.value ?? null;
  }, []);

  const discard = (all: Record<CellKey, Draft>) => {
    take();
    persist(all);
  };

  /** The kept cells found when the grid opened: stale when a cell changed on the server since. */
  const offer = (label: (key: CellKey) => string, serverCell: (key: CellKey) => Cell | undefined): DraftOffer<Kept> | null => {
    if (!kept) return null;
    const cells = Object.entries(kept.value);
    const refused = cells.filter(([, c]) => c.message).map(([key, c]) => `${label(key)}: ${c.message}`);
    return {
      value: kept.value,
      savedAt: new Date(kept.savedAt),
      stale: cells.some(([key, c]) => c.version !== (serverCell(key)?.version ?? null)),
      error: refused.length > 0 ? refused.join(' · ') : undefined,
    };
  };

  return { versionOf, persist, take, discard, offer };
}
