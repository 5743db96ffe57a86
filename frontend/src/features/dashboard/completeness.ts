import type { TFunction } from 'i18next';
import type { Completeness } from './api/dashboard';

/**
 * How the screen marks a figure by the completeness the API sends with it (the thresholds are the
 * backend's, in nl.thuisplan.completeness.Completeness): complete as it is; PARTIAL marked (†); LOW
 * greyed and hatched; NONE "onbekend". Missing completeness (an older answer) counts as complete.
 */
export function isIncomplete(c: Completeness | null | undefined): boolean {
  return !!c && c.level !== 'COMPLETE';
}

/** The CSS class of a cell or tile holding a figure of this completeness ('' when complete). */
export function incompleteClass(c: Completeness | null | undefined): string {
  if (!isIncomplete(c)) return '';
  return `tp-incomplete tp-incomplete--${c!.level.toLowerCase()}`;
}

/** "op basis van 1 van 82 gemeenten" in the UI language. */
export function basisText(c: Completeness, t: TFunction<'dashboard'>): string {
  if (c.expected > 0 && c.known === c.expected) return t('completeness.basisAll', { expected: c.expected });
  return t('completeness.basis', { known: c.known, expected: c.expected });
}

/** For a chart: a PARTIAL point or bar marked, a LOW or NONE one greyed and hatched (ECharts item style). */
export function chartItemStyle(c: Completeness | null | undefined, color: string): Record<string, unknown> | undefined {
  if (!isIncomplete(c)) return undefined;
  const hatch = { color: 'rgba(255, 255, 255, 0.75)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 };
  if (c!.level === 'PARTIAL') return { color, opacity: 0.75, decal: hatch, borderType: 'dashed', borderColor: color };
  return { color: '#9a9a9a', opacity: 0.8, decal: hatch };
}
