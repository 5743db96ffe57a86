import { formatNumber } from '../../shared/format/format';
import type { Cell, Row } from './api/dashboard';

/**
 * A ratio as the API sends it (Dutch text, "1,23" or "1.234,5") in the UI language: unchanged in Dutch,
 * separators swapped in English. A dash when there is none (e.g. built from a hidden count).
 */
export function ratioText(text: string | null | undefined, language: string): string {
  if (text === null || text === undefined || text.trim() === '') return '–';
  const dutch = text.trim().replace(/^-/, '−');
  if (language === 'nl') return dutch;
  return dutch.replace(/[.,]/g, (ch) => (ch === '.' ? ',' : '.'));
}

/** A count cell's text in the UI language; a hidden cell keeps its "<5". */
export function cellText(cell: Cell | null | undefined, language: string): string {
  if (!cell) return '–';
  if (cell.suppressed || cell.value === null) return cell.text || '–';
  return language === 'nl' && cell.text ? cell.text : formatNumber(cell.value, language);
}

/** The highest count that is hidden: "1 tot 4" with threshold 5. */
export const hiddenMax = (threshold: number) => Math.max(1, threshold - 1);

/** A table row's identity: its area (a code, or the name for the totals row that has none). */
export function areaKey(row: Pick<Row, 'area'>): string {
  return `${row.area.kind}:${row.area.code ?? row.area.name}`;
}
