import type {
  Criterion,
  Draagkracht,
  Inputs,
  Method,
  PreviewRequest,
  PreviewResponse,
  PreviewUnit,
  ResultRow,
  Scenario,
  ScenarioBound,
  ScenarioInput,
  ScenarioResult,
  Share,
  TotalSource,
} from './api/allocation';
import { fromWeightStrings, toWeightString } from './weights';

/**
 * What the scenario editor holds while the user works: weights in basis points (exact, summing to
 * 10000), the draagkracht strength in tenths, and the bounds as typed, so a half-typed number never
 * disappears from its field. Pure functions turn it into the preview request and the PUT body.
 */
export interface BoundDraft {
  /** whole number as typed, '' for none */
  min: string;
  max: string;
  maxKind: 'absolute' | 'share';
  /** percentage of lettings as typed ("10" or "12,5"), '' for none */
  maxPercent: string;
  /** a floor as a share, kept as stored: the editor shows it but does not edit it */
  minShare: Share | null;
}

export interface ScenarioDraft {
  name: string;
  totalSource: TotalSource;
  /** the total typed for ENTERED */
  total: number;
  method: Method;
  referenceDate: string;
  criteria: { indicator: string; bp: number }[];
  draagkracht: { enabled: boolean; indicator: string; tenths: number };
  bounds: Record<string, BoundDraft>;
}

export const SHARE_INDICATOR = 'lettings';
export const DEFAULT_DRAAGKRACHT_INDICATOR = 'existing_places';
export const MAX_STRENGTH_TENTHS = 30;

export const emptyBound = (): BoundDraft => ({ min: '', max: '', maxKind: 'absolute', maxPercent: '', minShare: null });

/** "0.10" -> "10", "0.125" -> "12.5": a share as the percentage people type, exactly. */
export function shareToPercent(share: string): string {
  const match = /^(\d*)(?:\.(\d*))?$/.exec(share.trim());
  if (!match) return share;
  const digits = `${match[1] ?? ''}${(match[2] ?? '').padEnd(2, '0')}`;
  const point = (match[1] ?? '').length + 2;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0';
  const fraction = digits.slice(point).replace(/0+$/, '');
  return fraction ? `${integer}.${fraction}` : integer;
}

/** "10" -> "0.1", "12,5" -> "0.125"; null for anything that is not a percentage from 0 to 100. */
export function percentToShare(percent: string): string | null {
  const match = /^(\d{1,3})(?:[.,](\d+))?$/.exec(percent.trim());
  if (!match) return null;
  const integer = match[1] ?? '0';
  const fraction = match[2] ?? '';
  if (Number(integer) > 100 || (Number(integer) === 100 && /[1-9]/.test(fraction))) return null;
  const digits = `${integer.padStart(3, '0')}${fraction}`;
  const whole = digits.slice(0, digits.length - fraction.length - 2).replace(/^0+(?=\d)/, '') || '0';
  const decimals = `${digits.slice(digits.length - fraction.length - 2)}`.replace(/0+$/, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

/** A whole, non-negative number as typed; undefined for empty, null for invalid. */
export function parseWhole(text: string): number | null | undefined {
  const compact = text.replace(/[\s.]/g, '');
  if (compact === '') return undefined;
  if (!/^\d+$/.test(compact)) return null;
  const value = Number(compact);
  return value <= 10_000_000 ? value : null;
}

const strengthToTenths = (strength: string) => {
  const value = Number(strength);
  return Number.isFinite(value) ? Math.min(MAX_STRENGTH_TENTHS, Math.max(0, Math.round(value * 10))) : 10;
};

/** 15 -> "1.5", 10 -> "1", 0 -> "0". */
export const tenthsToStrength = (tenths: number) => (tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`);

export function draftFromScenario(scenario: Scenario): ScenarioDraft {
  const bp = fromWeightStrings(scenario.criteria.map((c) => c.weight));
  const bounds: Record<string, BoundDraft> = {};
  for (const bound of scenario.bounds) {
    bounds[bound.municipality] = {
      min: bound.min === null ? '' : String(bound.min),
      max: bound.max === null ? '' : String(bound.max),
      maxKind: bound.maxShare ? 'share' : 'absolute',
      maxPercent: bound.maxShare ? shareToPercent(bound.maxShare.share) : '',
      minShare: bound.minShare,
    };
  }
  return {
    name: scenario.name,
    totalSource: scenario.totalSource,
    total: scenario.total,
    method: scenario.method,
    referenceDate: scenario.referenceDate,
    criteria: scenario.criteria.map((c, i) => ({ indicator: c.indicator, bp: bp[i] ?? 0 })),
    draagkracht: scenario.draagkracht
      ? { enabled: true, indicator: scenario.draagkracht.indicator, tenths: strengthToTenths(scenario.draagkracht.strength) }
      : { enabled: false, indicator: DEFAULT_DRAAGKRACHT_INDICATOR, tenths: 10 },
    bounds,
  };
}

/** The total the computation uses: the demand total when chosen (and known), else the typed one. */
export const effectiveTotal = (draft: ScenarioDraft, demandTotal: number | null) =>
  draft.totalSource === 'DEMAND' && demandTotal !== null ? demandTotal : draft.total;

export const criteriaOf = (draft: ScenarioDraft): Criterion[] =>
  draft.criteria.map((c) => ({ indicator: c.indicator, weight: toWeightString(c.bp) }));

export const draagkrachtOf = (draft: ScenarioDraft): Draagkracht | null =>
  draft.draagkracht.enabled ? { indicator: draft.draagkracht.indicator, strength: tenthsToStrength(draft.draagkracht.tenths) } : null;

/** Problems in typed bounds, per municipality: what the user must fix before the bound counts. */
export type BoundProblem = 'min' | 'max' | 'maxPercent' | 'minAboveMax';

export function boundProblems(bound: BoundDraft): BoundProblem[] {
  const problems: BoundProblem[] = [];
  const min = parseWhole(bound.min);
  if (min === null) problems.push('min');
  if (bound.maxKind === 'absolute') {
    const max = parseWhole(bound.max);
    if (max === null) problems.push('max');
    if (typeof min === 'number' && typeof max === 'number' && min > max) problems.push('minAboveMax');
  } else if (bound.maxPercent.trim() !== '' && percentToShare(bound.maxPercent) === null) {
    problems.push('maxPercent');
  }
  return problems;
}

/** A bound as the API stores it, or null when nothing (valid) is set. */
export function boundOf(municipality: string, bound: BoundDraft): ScenarioBound | null {
  const min = parseWhole(bound.min);
  const max = bound.maxKind === 'absolute' ? parseWhole(bound.max) : undefined;
  const share = bound.maxKind === 'share' && bound.maxPercent.trim() !== '' ? percentToShare(bound.maxPercent) : null;
  const result: ScenarioBound = {
    municipality,
    min: typeof min === 'number' ? min : null,
    max: typeof max === 'number' ? max : null,
    minShare: bound.minShare,
    maxShare: share !== null ? { indicator: SHARE_INDICATOR, share } : null,
  };
  return result.min === null && result.max === null && result.minShare === null && result.maxShare === null ? null : result;
}

export function boundsOf(draft: ScenarioDraft): ScenarioBound[] {
  return Object.entries(draft.bounds)
    .map(([municipality, bound]) => boundOf(municipality, bound))
    .filter((bound): bound is ScenarioBound => bound !== null)
    .sort((a, b) => a.municipality.localeCompare(b.municipality));
}

/** The indicators the computation reads: the criteria's, the draagkracht's and those of share bounds. */
export function usedIndicators(draft: ScenarioDraft, bounds: ScenarioBound[] = boundsOf(draft)): string[] {
  const used = new Set(draft.criteria.map((c) => c.indicator));
  if (draft.draagkracht.enabled) used.add(draft.draagkracht.indicator);
  for (const bound of bounds) {
    if (bound.maxShare) used.add(bound.maxShare.indicator);
    if (bound.minShare) used.add(bound.minShare.indicator);
  }
  return [...used];
}

/**
 * The body of POST /api/v1/allocation/preview: every municipality of the inputs with the indicators the
 * scenario uses (only those: the engine needs nothing else) and its bounds.
 */
export function buildPreviewRequest(inputs: Inputs, draft: ScenarioDraft): PreviewRequest {
  const bounds = boundsOf(draft);
  const byUnit = new Map(bounds.map((b) => [b.municipality, b]));
  const used = usedIndicators(draft, bounds);
  const units: PreviewUnit[] = inputs.units.map((unit) => {
    const indicators: Record<string, string> = {};
    for (const name of used) {
      const value = unit.indicators[name];
      if (value !== undefined) indicators[name] = value;
    }
    const bound = byUnit.get(unit.id);
    const out: PreviewUnit = { id: unit.id, indicators };
    if (bound?.min != null) out.min = bound.min;
    else if (bound?.minShare) out.minShare = bound.minShare;
    if (bound?.max != null) out.max = bound.max;
    else if (bound?.maxShare) out.maxShare = bound.maxShare;
    return out;
  });
  return {
    total: effectiveTotal(draft, inputs.demandTotal),
    method: draft.method,
    criteria: criteriaOf(draft),
    draagkracht: draagkrachtOf(draft),
    units,
  };
}

/** The body of PUT /api/v1/allocation/scenarios/{id}. */
export function scenarioInput(draft: ScenarioDraft, lockVersion: number): ScenarioInput {
  return {
    name: draft.name.trim(),
    totalSource: draft.totalSource,
    total: draft.total,
    method: draft.method,
    referenceDate: draft.referenceDate,
    criteria: criteriaOf(draft),
    draagkracht: draagkrachtOf(draft),
    bounds: boundsOf(draft),
    lockVersion,
  };
}

/**
 * target × 1000 / inhabitants with three decimals (half up), exactly: BigInt on whole inhabitants.
 * Null without (positive, whole) inhabitants.
 */
export function perThousand(target: number, inhabitants: string | undefined): string | null {
  if (!inhabitants || !/^\d+$/.test(inhabitants) || /^0+$/.test(inhabitants)) return null;
  const scaled = (BigInt(target) * 1_000_000n * 2n + BigInt(inhabitants)) / (BigInt(inhabitants) * 2n);
  const text = scaled.toString().padStart(4, '0');
  return `${text.slice(0, -3)}.${text.slice(-3)}`;
}

/**
 * The preview's answer in the shape of a stored scenario's result, so one set of views shows both.
 * The key quota and the draagkracht factor come from the unit's steps (the preview has no fields for them).
 */
export function resultFromPreview(
  preview: PreviewResponse,
  inputs: Inputs,
  scenario: { id: number; name: string; versionNo: number },
  referenceDate: string,
  /** the indicators the scenario uses: "no adopted demand" only matters when own demand is one of them */
  used: string[] = [],
): ScenarioResult {
  const units = new Map(inputs.units.map((u) => [u.id, u]));
  const stepValue = (id: string, kind: string) => preview.steps.find((s) => s.unitId === id && s.kind === kind)?.value ?? null;
  const rows: ResultRow[] = preview.results.map((r) => {
    const unit = units.get(r.id);
    const keyQuota = stepValue(r.id, 'KEY_QUOTA') ?? '';
    return {
      municipality: { code: r.id, name: unit?.name ?? r.id },
      quota: r.quota,
      quotaExact: r.quotaExact,
      keyQuota,
      correctedQuota: '',
      target: r.target,
      bound: r.bound,
      contributions: r.contributions,
      draagkrachtFactor: stepValue(r.id, 'DRAAGKRACHT'),
      indicators: unit?.indicators ?? {},
      perThousand: perThousand(r.target, unit?.indicators.inhabitants),
    };
  });
  rows.sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, 'nl'));
  return {
    scenario: { ...scenario, status: 'CONCEPT' },
    method: preview.method,
    total: preview.total,
    allocated: preview.allocated,
    referenceDate,
    frozen: false,
    rows,
    steps: preview.steps,
    warnings: inputs.warnings.filter((w) => w.code !== 'NO_ADOPTED_DEMAND' || used.includes('own_demand')),
  };
}

/** Whether two drafts would save the same scenario (the unsaved-changes indicator). */
export const sameDraft = (a: ScenarioDraft, b: ScenarioDraft) =>
  JSON.stringify(scenarioInput(a, 0)) === JSON.stringify(scenarioInput(b, 0)) && a.total === b.total;
