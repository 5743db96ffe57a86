import type { FieldProblem } from '../../shared/api/problem';
import type { Category, Clash, MandatoryCategory, Quota, QuotaKind, Scheme, SchemeInput } from './api/urgency';
import { percentToFactor, shareToPercent } from './shares';

/**
 * The editor's working copy of a version. Numbers and percentages are kept as typed (text), so a
 * half-typed value is not lost; they are converted when the whole version is sent. Categories and
 * quotas carry a local key, so a quota keeps pointing at its categories while they are renamed,
 * recoded or reordered, and a field error keeps pointing at its item.
 */
export interface CategoryDraft {
  key: string;
  code: string;
  /** a new own category takes its code from its name until the code is edited */
  codeFollowsName: boolean;
  name: string;
  mandatory: string | null;
  targetGroups: string[];
  criteria: string;
  evidence: string;
  decisionDays: string;
  waitNormDays: string;
}

export interface QuotaDraft {
  key: string;
  id: number | null;
  label: string;
  regular: boolean;
  /** category keys */
  categories: string[];
  kind: QuotaKind;
  /** the share as a percentage, as typed ("30", "12,5") */
  percent: string;
  perYear: string;
}

export interface SchemeDraft {
  name: string;
  validFrom: string;
  validTo: string;
  legalName: string;
  legalDate: string;
  categories: CategoryDraft[];
  quotas: QuotaDraft[];
}

export const DEFAULT_DECISION_DAYS = 56;
export const DEFAULT_WAIT_NORM_DAYS = 90;

let counter = 0;
const newKey = (prefix: string) => `${prefix}-new-${++counter}`;

export const categoryKey = (code: string) => `c-${code}`;

export function draftFromScheme(scheme: Scheme): SchemeDraft {
  const byCode = new Map(scheme.categories.map((c) => [c.code, categoryKey(c.code)]));
  return {
    name: scheme.name,
    validFrom: scheme.validFrom,
    validTo: scheme.validTo,
    legalName: scheme.legalBasis.name ?? '',
    legalDate: scheme.legalBasis.date ?? '',
    categories: [...scheme.categories]
      .sort((a, b) => a.priority - b.priority)
      .map((c) => ({
        key: categoryKey(c.code),
        code: c.code,
        codeFollowsName: false,
        name: c.name,
        mandatory: c.mandatory,
        targetGroups: [...c.targetGroups],
        criteria: c.criteria ?? '',
        evidence: c.evidence ?? '',
        decisionDays: String(c.decisionDays),
        waitNormDays: String(c.waitNormDays),
      })),
    quotas: scheme.quotas.map((q, index) => ({
      key: q.id !== null ? `q-${q.id}` : `q-stored-${index}`,
      id: q.id,
      label: q.label,
      regular: q.appliesTo.regular,
      categories: q.appliesTo.categories.map((code) => byCode.get(code) ?? categoryKey(code)),
      kind: q.kind,
      percent: q.share === null ? '' : (shareToPercent(q.share) ?? q.share),
      perYear: q.perYear === null ? '' : String(q.perYear),
    })),
  };
}

const whole = (text: string): number | null => (/^\s*\d+\s*$/.test(text) ? Number(text) : null);
const optional = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/**
 * The body of the PUT. What cannot be read as a number is sent as it is (or as null), so the
 * server's field errors say what is wrong, at the field.
 */
export function schemeInput(draft: SchemeDraft, lockVersion: number): SchemeInput {
  const codeOf = new Map(draft.categories.map((c) => [c.key, c.code.trim()]));
  return {
    name: draft.name.trim(),
    validFrom: draft.validFrom,
    validTo: draft.validTo,
    legalBasis: { name: optional(draft.legalName), date: optional(draft.legalDate) },
    categories: draft.categories.map(
      (c, index): Category => ({
        code: c.code.trim(),
        name: c.name.trim(),
        mandatory: c.mandatory,
        targetGroups: [...c.targetGroups],
        criteria: optional(c.criteria),
        evidence: optional(c.evidence),
        decisionDays: whole(c.decisionDays) as number,
        waitNormDays: whole(c.waitNormDays) as number,
        priority: index + 1,
      }),
    ),
    quotas: draft.quotas.map(
      (q): Quota => ({
        id: q.id,
        label: q.label.trim(),
        appliesTo: { regular: q.regular, categories: q.regular ? [] : q.categories.map((key) => codeOf.get(key) ?? key) },
        kind: q.kind,
        share: q.kind === 'PER_YEAR' ? null : (percentToFactor(q.percent) ?? q.percent.trim()),
        perYear: q.kind === 'PER_YEAR' ? (whole(q.perYear) as number) : null,
      }),
    ),
    lockVersion,
  };
}

/** Two drafts that would send the same version. */
export const sameDraft = (a: SchemeDraft, b: SchemeDraft) => JSON.stringify(schemeInput(a, 0)) === JSON.stringify(schemeInput(b, 0));

/** A code from a name: "Woningzoekers met schulden" -> "woningzoekers_met_schulden" (2–40 of a–z, 0–9, _). */
export function codeFromName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 36)
      .replace(/_+$/, '') || 'eigen';
  const padded = base.length < 2 ? `${base}_categorie` : base;
  if (!taken.has(padded)) return padded;
  for (let n = 2; ; n++) if (!taken.has(`${padded}_${n}`)) return `${padded}_${n}`;
}

export function ownCategory(existing: CategoryDraft[]): CategoryDraft {
  const taken = new Set(existing.map((c) => c.code));
  return {
    key: newKey('c'),
    code: codeFromName('', taken),
    codeFollowsName: true,
    name: '',
    mandatory: null,
    targetGroups: [],
    criteria: '',
    evidence: '',
    decisionDays: String(DEFAULT_DECISION_DAYS),
    waitNormDays: String(DEFAULT_WAIT_NORM_DAYS),
  };
}

/** A mandatory category from the template, with the target groups of it the region knows. */
export function templateCategory(mandatory: MandatoryCategory, existing: CategoryDraft[], knownGroups: ReadonlySet<string>): CategoryDraft {
  const taken = new Set(existing.map((c) => c.code));
  return {
    key: newKey('c'),
    code: taken.has(mandatory.code) ? codeFromName(mandatory.code, taken) : mandatory.code,
    codeFollowsName: false,
    name: mandatory.name,
    mandatory: mandatory.code,
    targetGroups: mandatory.targetGroups.filter((g) => knownGroups.size === 0 || knownGroups.has(g)),
    criteria: '',
    evidence: '',
    decisionDays: String(DEFAULT_DECISION_DAYS),
    waitNormDays: String(DEFAULT_WAIT_NORM_DAYS),
  };
}

export function newQuota(): QuotaDraft {
  return { key: newKey('q'), id: null, label: '', regular: false, categories: [], kind: 'MAX_SHARE', percent: '', perYear: '' };
}

/** Renames a category; a new own category's code follows its name until the code is edited. */
export function renameCategory(categories: CategoryDraft[], key: string, name: string): CategoryDraft[] {
  const taken = new Set(categories.filter((c) => c.key !== key).map((c) => c.code));
  return categories.map((c) => (c.key === key ? { ...c, name, code: c.codeFollowsName ? codeFromName(name, taken) : c.code } : c));
}

export function moveItem<T>(items: T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  if (target < 0 || target >= items.length) return items;
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Removes a category and the references quotas make to it. */
export function removeCategory(draft: SchemeDraft, key: string): SchemeDraft {
  return {
    ...draft,
    categories: draft.categories.filter((c) => c.key !== key),
    quotas: draft.quotas.map((q) => ({ ...q, categories: q.categories.filter((k) => k !== key) })),
  };
}

// --- problems, tied to the items they are about --------------------------------------------------

/** Field messages by a key that survives reordering: "validTo", "category:<key>.targetGroups", "quota:<key>.share". */
export type FieldErrors = Record<string, string>;

/**
 * The server names fields by their index in the request ("categories[2].targetGroups"): these are
 * turned into the items' keys at once, so the messages stay with their fields when the list changes.
 * Fields the editor has no place for are returned apart.
 */
export function fieldErrorsOf(fields: FieldProblem[], draft: SchemeDraft): { errors: FieldErrors; unplaced: FieldProblem[] } {
  const errors: FieldErrors = {};
  const unplaced: FieldProblem[] = [];
  for (const field of fields) {
    const path = itemPath(field.field, draft);
    if (path === null) unplaced.push(field);
    else errors[path] = errors[path] ? `${errors[path]} ${field.message}` : field.message;
  }
  return { errors, unplaced };
}

const headerFields = ['name', 'validFrom', 'validTo', 'legalBasis.name', 'legalBasis.date'];

function itemPath(path: string, draft: SchemeDraft): string | null {
  if (headerFields.includes(path)) return path;
  const match = /^(categories|quotas)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (!match) return null;
  const [, list, index, field = ''] = match;
  const item = list === 'categories' ? draft.categories[Number(index)] : draft.quotas[Number(index)];
  if (!item) return null;
  return `${list === 'categories' ? 'category' : 'quota'}:${item.key}${field ? `.${field}` : ''}`;
}

/** The keys of the quotas a clash names ("quotas[1]" is the second quota of the request). */
export function clashQuotaKeys(clash: Clash, quotas: QuotaDraft[]): string[] {
  return clash.quotas
    .map((ref) => /^quotas\[(\d+)\]$/.exec(ref)?.[1])
    .map((index) => (index === undefined ? undefined : quotas[Number(index)]?.key))
    .filter((key): key is string => key !== undefined);
}
