import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { useVersionedAutosave } from '../../shared/autosave/useVersionedAutosave';
import {
  demandKeys,
  keyOf,
  putCell,
  storeCell,
  type Analysis,
  type Cell,
  type CellInput,
  type CellKey,
  type DemandProblem,
  withPreviousYear,
} from './api/demand';
import { parseCount } from './numbers';

/**
 * What the grid knows about a cell beyond the server's copy:
 * - dirty: typed but not yet sent; invalid: refused before sending;
 * - saving / saved / error (the server refused or could not be reached) / conflict (waiting for the user).
 */
export type CellStatus = 'dirty' | 'invalid' | 'saving' | 'saved' | 'error' | 'conflict';

export interface Draft {
  text: string;
  status: CellStatus;
  message?: string;
}

export interface Conflict {
  key: CellKey;
  mine: CellInput;
  current: Cell;
}

/** What one save changes; the rest of the cell is taken from the newest server copy when it is sent. */
type CellFields = Partial<Pick<CellInput, 'value' | 'low' | 'high' | 'source' | 'note'>>;

interface CellPatch {
  fields: CellFields;
}

export type DetailFields = Pick<CellInput, 'low' | 'high' | 'source' | 'note'>;

/** Field messages of a refused detail save, by field name ("low", "source", …). */
export type FieldMessages = Partial<Record<string, string>>;

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

const inputOf = (cell: Cell | undefined): Omit<CellInput, 'version' | 'regionMedianPerThousand'> => ({
  value: cell?.value ?? null,
  low: cell?.low ?? null,
  high: cell?.high ?? null,
  source: cell?.source ?? null,
  note: cell?.note ?? null,
});

/**
 * Per-cell autosave for one analysis, after dhis2's data entry, on the shared versioned autosave:
 * each cell is sent on its own with the version it was read at; saves of one cell are serialised (the
 * cell is the mutation's scope) so a second save always carries the version the first one returned;
 * the grid updates from each answer (value, version, warnings) instead of refetching the analysis.
 * Failed values stay in the cell so nothing typed is lost.
 */
// biome-ignore lint/complexity/noExcessiveLinesPerFunction: split pending (issue 12)
export function useCellSaves(analysis: Analysis) {
  const { t, i18n } = useTranslation('demand');
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<CellKey, Draft>>({});
  const draftsRef = useRef(drafts);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const newest = useRef(new Map<CellKey, Cell>());

  // The newest copy of each cell: what the server answered us, unless a refetch brought a newer one.
  const cells = useMemo(() => {
    const merged = new Map<CellKey, Cell>();
    for (const cell of analysis.cells) {
      const key = keyOf(cell);
      const ours = newest.current.get(key);
      merged.set(key, ours && (ours.version ?? 0) > (cell.version ?? 0) ? ours : cell);
    }
    for (const [key, cell] of newest.current) if (!merged.has(key)) merged.set(key, cell);
    return merged;
  }, [analysis.cells]);
  const cellsRef = useRef(cells);
  cellsRef.current = cells;

  const setDraft = useCallback((key: CellKey, draft: Draft | undefined) => {
    const next = { ...draftsRef.current };
    if (draft) next[key] = draft;
    else delete next[key];
    draftsRef.current = next;
    setDrafts(next);
  }, []);

  const label = useCallback(
    (key: CellKey) => {
      const [group, form, measure] = key.split('/');
      const groupName = analysis.targetGroups.find((g) => g.code === group)?.name ?? group;
      const formName = analysis.housingForms.find((f) => f.code === form)?.name ?? form;
      return t('grid.cellLabel', {
        group: groupName,
        form: formName,
        measure: t(`measuresShort.${measure as 'STOCK'}`),
      });
    },
    [analysis.targetGroups, analysis.housingForms, t],
  );

  const refreshAnalysis = useCallback(
    () => queryClient.invalidateQueries({ queryKey: demandKeys.all }),
    [queryClient],
  );

  /** The newest server copy of a cell: our own latest answer, or the analysis as loaded. */
  const serverCell = useCallback((key: CellKey) => newest.current.get(key) ?? cellsRef.current.get(key), []);

  const remember = useCallback(
    (cell: Cell) => {
      const key = keyOf(cell);
      const kept = withPreviousYear(cell, serverCell(key));
      newest.current.set(key, kept);
      storeCell(queryClient, analysis.id, kept);
    },
    [queryClient, analysis.id, serverCell],
  );

  // The region's median per cell, as the analysis view computed it: sent back with a save so the answer
  // carries the median warning without a region-wide query per save.
  const medians = useMemo(
    () => new Map((analysis.regionMedians ?? []).map((m) => [keyOf(m), m.perThousand] as const)),
    [analysis.regionMedians],
  );

  const autosave = useVersionedAutosave<CellPatch, Cell>({
    mutationKey: [...demandKeys.analysis(analysis.id), 'cells'],
    version: (key) => serverCell(key)?.version ?? null,
    // the body is built from the newest server copy when the save starts, so a queued save keeps what the one before stored
    save: (key, { fields }, version) => {
      const median = medians.get(key);
      return putCell(analysis.id, key, {
        ...inputOf(serverCell(key)),
        ...fields,
        version,
        ...(median === undefined ? {} : { regionMedianPerThousand: median }),
      });
    },
    // shown at once where the cell exists; rolled back if the save fails
    apply: (key, { fields }) => {
      const before = serverCell(key);
      if (!before || before.version === null || before.version === undefined) return undefined;
      const shown = { ...before, ...fields };
      newest.current.set(key, shown);
      storeCell(queryClient, analysis.id, shown);
      return () => {
        if (newest.current.get(key) !== shown) return;
        newest.current.set(key, before);
        storeCell(queryClient, analysis.id, before);
      };
    },
    onSaved: (_key, cell) => remember(cell),
    conflictOf: (error) => {
      const problem = isApiError(error) ? (error.problem as DemandProblem) : null;
      return problem?.code === 'DEMAND_CELL_CONFLICT' && problem.current ? problem.current : null;
    },
  });

  /** Sends one cell's changed fields; resolves to field messages when the server refused them. */
  const send = useCallback(
    async (key: CellKey, fields: CellFields, shownText: string): Promise<FieldMessages | null> => {
      setDraft(key, { text: shownText, status: 'saving' });
      const outcome = await autosave.save(key, { fields });
      if (outcome.status === 'saved') {
        void queryClient.invalidateQueries({ queryKey: demandKeys.history(analysis.id, key) });
        // Only mark saved when nothing was typed into the cell meanwhile.
        if (draftsRef.current[key]?.status === 'saving') setDraft(key, { text: '', status: 'saved' });
        setAnnouncement(t('grid.announceSaved', { cell: label(key) }));
        return null;
      }
      if (outcome.status === 'conflict') {
        const mine: CellInput = { ...inputOf(serverCell(key)), ...fields, version: serverCell(key)?.version ?? null };
        setDraft(key, { text: shownText, status: 'conflict', message: t('grid.conflict') });
        setConflicts((list) => [...list.filter((c) => c.key !== key), { key, mine, current: outcome.current }]);
        return null;
      }
      const problem = isApiError(outcome.error) ? (outcome.error.problem as DemandProblem) : null;
      const messages: FieldMessages = {};
      for (const field of problem?.fields ?? []) messages[field.field] ??= field.message;
      const message =
        problem?.code === 'DEMAND_LOCKED'
          ? t('grid.errors.locked')
          : (messages.value ?? (problem?.status === 400 ? problem.detail : undefined) ?? t('grid.errors.general'));
      setDraft(key, { text: shownText, status: 'error', message });
      setAnnouncement(t('grid.announceError', { cell: label(key), message }));
      if (problem?.code === 'DEMAND_LOCKED') void refreshAnalysis();
      return Object.keys(messages).length > 0 ? messages : { value: message };
    },
    [analysis.id, autosave, queryClient, setDraft, t, label, refreshAnalysis, serverCell],
  );

  /** Shown in the input: what the user typed while unsaved, otherwise the server's value. */
  const display = useCallback(
    (key: CellKey) => {
      const draft = drafts[key];
      return draft && draft.status !== 'saved' ? draft.text : text(cells.get(key)?.value);
    },
    [drafts, cells],
  );

  const change = useCallback((key: CellKey, value: string) => setDraft(key, { text: value, status: 'dirty' }), [setDraft]);

  /** Escape: back to the saved value. */
  const revert = useCallback((key: CellKey) => setDraft(key, undefined), [setDraft]);

  /** Validates and sends a cell's value when it differs from the saved one. `value` overrides the draft (paste). */
  const commit = useCallback(
    (key: CellKey, value?: string) => {
      const draft = draftsRef.current[key];
      const typed = value ?? (draft && (draft.status === 'dirty' || draft.status === 'error') ? draft.text : undefined);
      if (typed === undefined) return;
      const parsed = parseCount(typed, i18n.language);
      if (!parsed.ok) {
        const message = t(`grid.errors.${parsed.error}`);
        setDraft(key, { text: typed, status: 'invalid', message });
        setAnnouncement(t('grid.announceError', { cell: label(key), message }));
        return;
      }
      const server = cellsRef.current.get(key);
      if (parsed.value === (server?.value ?? null) && draft?.status !== 'error') {
        setDraft(key, undefined);
        return;
      }
      // Marked at once, so the blur that follows Enter does not send the same value again.
      setDraft(key, { text: typed, status: 'saving' });
      void send(key, { value: parsed.value }, typed);
    },
    [i18n.language, send, setDraft, t, label],
  );

  /** Saves range, source and note of a cell, keeping its value. Resolves to field messages when refused. */
  const saveDetails = useCallback(
    (key: CellKey, details: DetailFields) => send(key, details, text(serverCell(key)?.value)),
    [send, serverCell],
  );

  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs') => {
      const conflict = conflicts[0];
      if (!conflict) return;
      setConflicts((list) => list.slice(1));
      const { key, mine, current } = conflict;
      // Either way the other value is now the newest server copy; "mine" sends over it with its version.
      remember(current);
      if (choice === 'mine') {
        const { version: _stale, regionMedianPerThousand: _median, ...fields } = mine;
        void send(key, fields, text(mine.value));
      } else {
        setDraft(key, undefined);
      }
    },
    [conflicts, send, remember, setDraft],
  );

  /** Waits for every queued save; true when all cells are saved. */
  const flush = useCallback(async () => {
    await autosave.flush();
    return !Object.values(draftsRef.current).some((d) => d.status !== 'saved');
  }, [autosave]);

  return {
    cells,
    drafts,
    display,
    change,
    revert,
    commit,
    saveDetails,
    conflicts,
    resolveConflict,
    flush,
    announcement,
    label,
  };
}

export type CellSaves = ReturnType<typeof useCellSaves>;
