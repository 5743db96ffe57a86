/** Live subtotals of the grid: what the cells show now, typed or saved, with how many of them are known. */
import { cellKey, measures, type Analysis, type CellKey, type Measure } from './api/demand';
import { parseCount } from './numbers';

export interface Subtotal {
  /** The sum of the cells that hold a figure; null when none does (nothing is known, not zero). */
  sum: number | null;
  /** Cells holding a valid figure (0 counts: it is a figure). */
  filled: number;
  /** Cells summed over. */
  cells: number;
}

/**
 * Sums what the cells show. An empty cell, or one whose text is not (yet) a valid count, is unknown:
 * it is left out of the sum and counted as not filled in, so a partial sum never poses as complete.
 */
export function subtotalOf(texts: readonly string[], language: string): Subtotal {
  let sum = 0;
  let filled = 0;
  for (const text of texts) {
    const parsed = parseCount(text, language);
    if (parsed.ok && parsed.value !== null) {
      sum += parsed.value;
      filled++;
    }
  }
  return { sum: filled > 0 ? sum : null, filled, cells: texts.length };
}

/** Adds subtotals up (the grand total from the groups'). */
export function addSubtotals(parts: readonly Subtotal[]): Subtotal {
  const filled = parts.reduce((n, p) => n + p.filled, 0);
  const sum = parts.reduce((n, p) => n + (p.sum ?? 0), 0);
  return { sum: filled > 0 ? sum : null, filled, cells: parts.reduce((n, p) => n + p.cells, 0) };
}

export const isComplete = (subtotal: Subtotal) => subtotal.filled === subtotal.cells;

export type MeasureTotals = Record<Measure, Subtotal>;

const perMeasure = (of: (measure: Measure) => Subtotal) =>
  Object.fromEntries(measures.map((measure) => [measure, of(measure)])) as MeasureTotals;

/** Per group and for all groups, per measure: the subtotals of what `shown(key)` says each cell holds now. */
export function gridTotals(
  analysis: Pick<Analysis, 'targetGroups' | 'housingForms'>,
  shown: (key: CellKey) => string,
  language: string,
): { groups: MeasureTotals[]; grand: MeasureTotals } {
  const groups = analysis.targetGroups.map((group) =>
    perMeasure((measure) =>
      subtotalOf(
        analysis.housingForms.map((form) => shown(cellKey(group.code, form.code, measure))),
        language,
      ),
    ),
  );
  return { groups, grand: perMeasure((measure) => addSubtotals(groups.map((totals) => totals[measure]))) };
}
