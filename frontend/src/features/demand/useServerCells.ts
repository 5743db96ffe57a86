import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
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

/** What one save changes; the rest of the cell is taken from the newest server copy when it is sent. */
export type CellFields = Partial<Pick<CellInput, 'value' | 'low' | 'high' | 'source' | 'note'>>;

interface CellPatch {
  fields: CellFields;
}

export const inputOf = (cell: Cell | undefined): Omit<CellInput, 'version' | 'regionMedianPerThousand'> => ({
  value: cell?.value ?? null,
  low: cell?.low ?? null,
  high: cell?.high ?? null,
  source: cell?.source ?? null,
  note: cell?.note ?? null,
});

/**
 * The server's side of the grid's cells: the newest stored copy of each (our own answers win over an
 * older refetch), and the shared versioned autosave that sends a cell with that copy's version, shows
 * it at once, rolls it back on failure and keeps the answer. useCellSaves adds what the user typed.
 */
export function useServerCells(analysis: Analysis) {
  const queryClient = useQueryClient();
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

  /** A cell as the grid shows it now (read when called, so callbacks need not depend on `cells`). */
  const currentCell = useCallback((key: CellKey) => cellsRef.current.get(key), []);

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

  return { cells, currentCell, serverCell, remember, autosave };
}
