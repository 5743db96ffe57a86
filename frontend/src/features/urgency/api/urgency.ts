import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Problem } from '../../../shared/api/problem';
import type { Ref } from '../../../shared/api/types';

/** The shapes of docs/api/urgency.md. Shares are decimal strings between "0" and "1" ("0.25" is 25%). */

export type SchemeStatus = 'CONCEPT' | 'ADOPTED' | 'EXPIRED';
export type SchemeAction = 'CREATE' | 'EDIT' | 'ADOPT' | 'DELETE' | 'PROPOSE_DEVIATION';
export type QuotaKind = 'MAX_SHARE' | 'MIN_SHARE' | 'PER_YEAR';
export const quotaKinds: readonly QuotaKind[] = ['MAX_SHARE', 'MIN_SHARE', 'PER_YEAR'];
export type DeviationStatus = 'PROPOSED' | 'ACCEPTED' | 'REJECTED';
export type DeviationAction = 'ACCEPT' | 'REJECT';

export interface LegalBasis {
  name: string | null;
  /** ISO date */
  date: string | null;
}

export interface SchemeSummary {
  id: number;
  name: string;
  versionNo: number;
  status: SchemeStatus;
  validFrom: string;
  validTo: string;
  legalBasis: LegalBasis;
  categoryCount: number;
  quotaCount: number;
  adoptedAt: string | null;
  adoptedBy: string | null;
  basedOn: number | null;
  allowedActions: SchemeAction[];
}

export interface Category {
  code: string;
  name: string;
  /** the code of the mandatory category this one fulfils, null for a region's own category */
  mandatory: string | null;
  targetGroups: string[];
  criteria: string | null;
  evidence: string | null;
  decisionDays: number;
  waitNormDays: number;
  priority: number;
}

export interface AppliesTo {
  /** regular house seekers (not urgent); then categories is empty */
  regular: boolean;
  /** category codes: one is a single category, more a bundle */
  categories: string[];
}

export interface Quota {
  id: number | null;
  label: string;
  appliesTo: AppliesTo;
  kind: QuotaKind;
  /** decimal string for MAX_SHARE and MIN_SHARE */
  share: string | null;
  /** homes per year for PER_YEAR */
  perYear: number | null;
}

export interface Deviation {
  id: number;
  municipality: Ref;
  quotaId: number;
  quotaLabel: string;
  share: string | null;
  perYear: number | null;
  reason: string;
  status: DeviationStatus;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** what the caller may do with it (the backend sends it; absent means nothing) */
  allowedActions?: DeviationAction[];
}

export interface SchemeWarning {
  code: 'MISSING_MANDATORY_CATEGORY' | 'LONGER_THAN_FOUR_YEARS' | string;
  message: string;
  /** for MISSING_MANDATORY_CATEGORY: the code of the missing category */
  mandatory?: string | null;
}

export interface Clash {
  /** the quotas involved, by index: "quotas[0]" */
  quotas: string[];
  code: 'QUOTAS_INCONSISTENT' | 'QUOTA_SETS_OVERLAP' | string;
  message: string;
}

export interface Scheme {
  id: number;
  region: Ref;
  name: string;
  versionNo: number;
  status: SchemeStatus;
  lockVersion: number;
  validFrom: string;
  validTo: string;
  legalBasis: LegalBasis;
  adoptedAt: string | null;
  adoptedBy: string | null;
  basedOn: number | null;
  categories: Category[];
  quotas: Quota[];
  deviations: Deviation[];
  warnings: SchemeWarning[];
  consistency: { consistent: boolean; clashes: Clash[] };
  allowedActions: SchemeAction[];
}

/** Body of PUT /api/urgency/schemes/{id}: the whole editable version. */
export interface SchemeInput {
  name: string;
  validFrom: string;
  validTo: string;
  legalBasis: LegalBasis;
  categories: Category[];
  /** quotas that already exist keep their id, so their deviations stay attached */
  quotas: Quota[];
  lockVersion: number;
}

/** Body of POST /api/urgency/regions/{region}/schemes. */
export interface NewScheme {
  name: string;
  validFrom: string;
  validTo: string;
  legalBasis: LegalBasis | null;
  fromTemplate: boolean;
  copyOf: number | null;
}

export interface MandatoryCategory {
  code: string;
  name: string;
  targetGroups: string[];
}

export interface DeviationProposal {
  quotaId: number;
  share: string | null;
  perYear: number | null;
  reason: string;
}

export interface Outcome {
  capacity: string;
  backlog: number;
  inflow: number;
  /** capacity − inflow: a surplus when positive, a shortfall when negative */
  balance: string;
  /** null: the backlog never clears */
  yearsToClear: string | null;
  /** null: the queue keeps growing */
  waitMonths: string | null;
  waitNormMonths: string;
  meetsNorm: boolean;
}

export interface Place {
  municipality: Ref;
  lettings: string | null;
  share: string | null;
  /** an accepted local deviation replaces the quota here */
  deviation: boolean;
  outcome: Outcome;
}

export interface CapacityRow {
  /** code is the quota id as text */
  quota: Ref;
  categories: string[];
  targetGroups: string[];
  municipalities: Place[];
  region: Place;
}

export interface Capacity {
  schemeId: number;
  year: number;
  referenceDate: string | null;
  assumptions: { lettingsFactor: string; overrides: Record<string, string> };
  rows: CapacityRow[];
  missing: { municipality: string; what: 'lettings' | 'demand' | string }[];
}

export interface CapacityParams {
  year: number;
  /** decimal string, "1" = the lettings as recorded */
  lettingsFactor: string;
  /** quota id -> share to try instead of the stored one */
  overrides: Record<string, string>;
}

export type ChangeKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'SAME';

export interface FieldChange {
  field: string;
  a: string | null;
  b: string | null;
}

export interface ItemChange {
  key: string;
  name: string;
  change: ChangeKind;
  fields: FieldChange[];
}

export interface Comparison {
  a: { id: number; versionNo: number; status: SchemeStatus };
  b: { id: number; versionNo: number; status: SchemeStatus };
  fields: FieldChange[];
  categories: ItemChange[];
  quotas: ItemChange[];
}

/** The extra members urgency problems may carry. */
export interface UrgencyProblem extends Problem {
  /** 409 VERSION_CONFLICT: the version as stored now */
  current?: Scheme;
  /** 422 QUOTAS_INCONSISTENT / QUOTA_SETS_OVERLAP: the clashes */
  errors?: Clash[];
}

/** An element of GET /api/regions/{region}/target-groups (the fields the editor needs). */
export interface TargetGroupOption {
  code: string;
  name: string;
  active: boolean;
  sortOrder: number;
}

// --- requests ----------------------------------------------------------------------------------

const enc = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export const urgencyKeys = {
  all: ['urgency'] as const,
  schemes: (region: string) => ['urgency', 'schemes', region] as const,
  scheme: (id: number) => ['urgency', 'scheme', id] as const,
  capacityOf: (id: number) => ['urgency', 'capacity', id] as const,
  capacity: (id: number, query: string) => ['urgency', 'capacity', id, query] as const,
  compare: (a: number, b: number) => ['urgency', 'compare', a, b] as const,
  mandatory: ['urgency', 'mandatory-categories'] as const,
};

export const getSchemes = (region: string) => apiFetch<SchemeSummary[]>(`/api/urgency/regions/${enc(region)}/schemes`);
export const useSchemes = (region: string) => useQuery({ queryKey: urgencyKeys.schemes(region), queryFn: () => getSchemes(region) });

export const createScheme = (region: string, body: NewScheme) =>
  apiFetch<Scheme>(`/api/urgency/regions/${enc(region)}/schemes`, json('POST', body));

export const getScheme = (id: number) => apiFetch<Scheme>(`/api/urgency/schemes/${id}`);
export const schemeQueryOptions = (id: number) => queryOptions({ queryKey: urgencyKeys.scheme(id), queryFn: () => getScheme(id) });
export const useScheme = (id: number | null) =>
  useQuery({ ...schemeQueryOptions(id ?? 0), enabled: id !== null });

export const putScheme = (id: number, body: SchemeInput) => apiFetch<Scheme>(`/api/urgency/schemes/${id}`, json('PUT', body));

export const adoptScheme = (id: number, lockVersion: number) =>
  apiFetch<Scheme>(`/api/urgency/schemes/${id}/adopt`, json('POST', { lockVersion }));

export async function deleteScheme(id: number, lockVersion: number): Promise<void> {
  await apiFetch<unknown>(`/api/urgency/schemes/${id}?lockVersion=${lockVersion}`, { method: 'DELETE' }).catch((error) => {
    // 204 has no body: apiFetch's JSON parse fails on it, which is success here
    if (error instanceof SyntaxError) return;
    throw error;
  });
}

export const proposeDeviation = (schemeId: number, body: DeviationProposal) =>
  apiFetch<Deviation>(`/api/urgency/schemes/${schemeId}/deviations`, json('POST', body));

const deviationActionPaths: Record<DeviationAction, string> = { ACCEPT: 'accept', REJECT: 'reject' };
export const decideDeviation = (deviationId: number, action: DeviationAction) =>
  apiFetch<Deviation>(`/api/urgency/deviations/${deviationId}/${deviationActionPaths[action]}`, { method: 'POST' });

export const getMandatoryCategories = () => apiFetch<MandatoryCategory[]>('/api/urgency/mandatory-categories');
export const useMandatoryCategories = () =>
  useQuery({ queryKey: urgencyKeys.mandatory, queryFn: getMandatoryCategories, staleTime: 60 * 60 * 1000 });

/** The query string of the capacity check: year and lettings factor always, a share only for quotas tried otherwise. */
export function capacityQuery({ year, lettingsFactor, overrides }: CapacityParams): string {
  const params = new URLSearchParams({ year: String(year), lettingsFactor });
  for (const [id, share] of Object.entries(overrides).sort(([a], [b]) => Number(a) - Number(b))) params.set(`quota.${id}`, share);
  return params.toString();
}

export const getCapacity = (id: number, query: string, signal?: AbortSignal) =>
  apiFetch<Capacity>(`/api/urgency/schemes/${id}/capacity?${query}`, { signal });

/** The capacity check for the settled parameters; the previous answer stays while a new one is on its way. */
export const useCapacity = (id: number, params: CapacityParams) => {
  const query = capacityQuery(params);
  return useQuery({
    queryKey: urgencyKeys.capacity(id, query),
    queryFn: ({ signal }) => getCapacity(id, query, signal),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
};

export const getComparison = (a: number, b: number) => apiFetch<Comparison>(`/api/urgency/schemes/compare?a=${a}&b=${b}`);
export const useComparison = (a: number, b: number) =>
  useQuery({ queryKey: urgencyKeys.compare(a, b), queryFn: () => getComparison(a, b) });

export const downloadPaths = {
  document: (id: number) => `/api/urgency/schemes/${id}/document.pdf`,
};

// --- from other parts of the API -----------------------------------------------------------------

/** The region's target groups, in their order (inactive ones too: a category may still name one). */
export const useTargetGroups = (region: string, enabled = true) =>
  useQuery({
    queryKey: ['target-groups', region],
    queryFn: () => apiFetch<TargetGroupOption[]>(`/api/regions/${enc(region)}/target-groups`),
    select: (groups) => [...groups].sort((a, b) => a.sortOrder - b.sortOrder),
    enabled,
  });

/** The region's name for headings; null while unknown or when the caller may not read the region itself. */
export const useRegionName = (region: string) =>
  useQuery({
    queryKey: ['regions', region],
    queryFn: () => apiFetch<Ref>(`/api/regions/${enc(region)}`),
    select: (data) => data.name,
    retry: false,
  });
