import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api/problem';
import { demandKeys, type Analysis, type Cell, type CellInput, type CellKey, type DemandProblem } from './api/demand';
import { parseCount } from './numbers';
import { useKeptCells } from './useKeptCells';
import { type CellFields, inputOf, useServerCells } from './useServerCells';

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

/** The field messages of a refused save, and the one message shown in the cell. */
function failureOf(problem: DemandProblem | null, t: (key: 'grid.errors.locked' | 'grid.errors.general') => string) {
  const messages: FieldMessages = {};
  for (const field of problem?.fields ?? []) messages[field.field] ??= field.message;
  const message =
    problem?.code === 'DEMAND_LOCKED'
      ? t('grid.errors.locked')
      : (messages.value ?? (problem?.status === 400 ? problem.detail : undefined) ?? t('grid.errors.general'));
  return { messages, message };
}

/**
 * Per-cell autosave for one analysis, after dhis2's data entry, on the shared versioned autosave:
 * each cell is sent on its own with the version it was read at; saves of one cell are serialised (the
 * cell is the mutation's scope) so a second save always carries the version the first one returned;
 * the grid updates from each answer (value, version, warnings) instead of refetching the analysis.
 * Failed values stay in the cell so nothing typed is lost.
 */
export function useCellSaves(analysis: Analysis) {
  const { t, i18n } = useTranslation('demand');
  const queryClient = useQueryClient();
  const [drafts, setDrafts] = useState<Record<CellKey, Draft>>({});
  const draftsRef = useRef(drafts);
  const [conflicts, setConflicts] = useState<Conflict[]>([]);
  const [announcement, setAnnouncement] = useState('');

  const keptCells = useKeptCells(analysis.id);
  const { persist } = keptCells;

  const setDraft = useCallback(
    (key: CellKey, draft: Draft | undefined) => {
      const next = { ...draftsRef.current };
      if (draft) next[key] = draft;
      else delete next[key];
      draftsRef.current = next;
      setDrafts(next);
      persist(next);
    },
    [persist],
  );

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

  const { cells, currentCell, serverCell, remember, autosave } = useServerCells(analysis);
  keptCells.versionOf.current = (key) => serverCell(key)?.version ?? null;

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
      const { messages, message } = failureOf(problem, t);
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
      const server = currentCell(key);
      if (parsed.value === (server?.value ?? null) && draft?.status !== 'error') {
        setDraft(key, undefined);
        return;
      }
      // Marked at once, so the blur that follows Enter does not send the same value again.
      setDraft(key, { text: typed, status: 'saving' });
      void send(key, { value: parsed.value }, typed);
    },
    [i18n.language, send, setDraft, t, label, currentCell],
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

  /** The kept cells go back into the grid and are sent again (a refusal shows at its cell again). */
  const restoreKept = useCallback(() => {
    for (const [key, c] of Object.entries(keptCells.take() ?? {})) {
      setDraft(key, { text: c.text, status: 'dirty' });
      commit(key);
    }
  }, [keptCells.take, setDraft, commit]);

  /** Waits for every queued save; true when all cells are saved. */
  const flush = useCallback(async () => {
    await autosave.flush();
    return !Object.values(draftsRef.current).some((d) => d.status !== 'saved');
  }, [autosave]);

  return {
    cells, drafts, display, change, revert, commit, saveDetails, conflicts, resolveConflict, flush, announcement, label,
    offer: keptCells.offer(label, serverCell),
    restoreKept,
    discardKept: () => keptCells.discard(draftsRef.current),
    /** typed values the server does not hold: ask before leaving the page */
    unsaved: Object.values(drafts).some((d) => d.status !== 'saved'),
  };
}

export type CellSaves = ReturnType<typeof useCellSaves>;
