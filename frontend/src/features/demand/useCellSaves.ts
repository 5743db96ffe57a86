import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
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

export type DetailFields = Pick<CellInput, 'low' | 'high' | 'source' | 'note'>;

/** Field messages of a refused detail save, by field name ("low", "source", …). */
export type FieldMessages = Partial<Record<string, string>>;

const text = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

const inputOf = (cell: Cell | undefined): Omit<CellInput, 'version'> => ({
  value: cell?.value ?? null,
  low: cell?.low ?? null,
  high: cell?.high ?? null,
  source: cell?.source ?? null,
  note: cell?.note ?? null,
});

/**
 * Per-cell autosave for one analysis, after dhis2's data entry: each cell is sent on its own
 * with the version it was read at; saves of one cell are queued so a second save always carries
 * the version the first one returned. Failed values stay in the cell so nothing typed is lost.
 */
export function useCellSaves(analysis: Analysis) {
  const { t, i18n } = useTranslation('demand');
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<CellKey, Draft>>({});
  const draftsRef = useRef(drafts);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const queues = useRef(new Map<CellKey, Promise<unknown>>());
  const pending = useRef(0);
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

  /** Sends one cell; `build` makes the body from the newest server copy at the moment of sending. */
  const send = useCallback(
    (key: CellKey, build: (server: Cell | undefined) => CellInput, shownText: string): Promise<FieldMessages | null> => {
      const run = async (): Promise<FieldMessages | null> => {
        const body = build(cellsRef.current.get(key));
        setDraft(key, { text: shownText, status: 'saving' });
        try {
          const cell = withPreviousYear(await putCell(analysis.id, key, body), cellsRef.current.get(key));
          newest.current.set(key, cell);
          storeCell(queryClient, analysis.id, cell);
          void queryClient.invalidateQueries({ queryKey: demandKeys.history(analysis.id, key) });
          // Only mark saved when nothing was typed into the cell meanwhile.
          if (draftsRef.current[key]?.status === 'saving') setDraft(key, { text: '', status: 'saved' });
          setAnnouncement(t('grid.announceSaved', { cell: label(key) }));
          return null;
        } catch (error) {
          const problem = isApiError(error) ? (error.problem as DemandProblem) : null;
          if (problem?.code === 'DEMAND_CELL_CONFLICT' && problem.current) {
            const current = problem.current;
            setDraft(key, { text: shownText, status: 'conflict', message: t('grid.conflict') });
            setConflicts((list) => [...list.filter((c) => c.key !== key), { key, mine: body, current }]);
            return null;
          }
          const fields: FieldMessages = {};
          for (const field of problem?.fields ?? []) fields[field.field] ??= field.message;
          const message =
            problem?.code === 'DEMAND_LOCKED'
              ? t('grid.errors.locked')
              : (fields.value ?? (problem?.status === 400 ? problem.detail : undefined) ?? t('grid.errors.general'));
          setDraft(key, { text: shownText, status: 'error', message });
          setAnnouncement(t('grid.announceError', { cell: label(key), message }));
          if (problem?.code === 'DEMAND_LOCKED') void refreshAnalysis();
          return Object.keys(fields).length > 0 ? fields : { value: message };
        }
      };
      pending.current += 1;
      const queued = (queues.current.get(key) ?? Promise.resolve()).then(run);
      const tail = queued.finally(() => {
        pending.current -= 1;
        if (queues.current.get(key) === tail) queues.current.delete(key);
        // One refetch after a burst of saves keeps lockVersion and the warnings current.
        if (pending.current === 0) void refreshAnalysis();
      });
      queues.current.set(key, tail);
      return queued;
    },
    [analysis.id, queryClient, setDraft, t, label, refreshAnalysis],
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
      void send(key, (latest) => ({ ...inputOf(latest), value: parsed.value, version: latest?.version ?? null }), typed);
    },
    [i18n.language, send, setDraft, t, label],
  );

  /** Saves range, source and note of a cell, keeping its value. Resolves to field messages when refused. */
  const saveDetails = useCallback(
    (key: CellKey, details: DetailFields) =>
      send(
        key,
        (latest) => ({ ...inputOf(latest), ...details, version: latest?.version ?? null }),
        text(cellsRef.current.get(key)?.value),
      ),
    [send],
  );

  const resolveConflict = useCallback(
    (choice: 'mine' | 'theirs') => {
      const conflict = conflicts[0];
      if (!conflict) return;
      setConflicts((list) => list.slice(1));
      const { key, mine, current } = conflict;
      if (choice === 'mine') {
        void send(key, () => ({ ...mine, version: current.version }), text(mine.value));
      } else {
        const adopted = withPreviousYear(current, cellsRef.current.get(key));
        newest.current.set(key, adopted);
        storeCell(queryClient, analysis.id, adopted);
        setDraft(key, undefined);
      }
    },
    [conflicts, send, queryClient, analysis.id, setDraft],
  );

  /** Waits for every queued save; true when all cells are saved. */
  const flush = useCallback(async () => {
    await Promise.all([...queues.current.values()]);
    return !Object.values(draftsRef.current).some((d) => d.status !== 'saved');
  }, []);

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
