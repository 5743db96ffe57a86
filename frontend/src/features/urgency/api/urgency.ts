import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Problem } from '../../../shared/api/problem';
import type { operations, Ref, Refine, Schemas } from '../../../shared/api/types';

/** The shapes of the urgency API, from the generated schema. Shares are decimal strings between "0" and "1" ("0.25" is 25%). */

export type SchemeStatus = Schemas['SchemeDisplayStatus'];
export type SchemeAction = Schemas['SchemeAction'];
export type QuotaKind = Schemas['UrgencyViewsQuota']['kind'];
export const quotaKinds: readonly QuotaKind[] = ['MAX_SHARE', 'MIN_SHARE', 'PER_YEAR'];
export type DeviationStatus = Schemas['DeviationStatus'];
export type DeviationAction = Schemas['DeviationAction'];

export type LegalBasis = Schemas['UrgencyViewsLegalBasis'];
export type SchemeSummary = Refine<Schemas['UrgencyViewsSchemeSummary'], { status: SchemeStatus }>;
/** mandatory: the code of the mandatory category this one fulfils, null for a region's own category */
export type Category = Schemas['UrgencyViewsCategory'];
/** regular: regular house seekers (then categories is empty); categories: one is a single category, more a bundle */
export type AppliesTo = Schemas['UrgencyViewsAppliesTo'];
/** share: decimal string for MAX_SHARE and MIN_SHARE; perYear: homes per year for PER_YEAR */
export type Quota = Schemas['UrgencyViewsQuota'];
/** allowedActions: what the caller may do with it */
export type Deviation = Refine<Schemas['UrgencyViewsDeviation'], { status: DeviationStatus; allowedActions: DeviationAction[] }>;
/** code e.g. MISSING_MANDATORY_CATEGORY (then mandatory names the missing category) or LONGER_THAN_FOUR_YEARS */
export type SchemeWarning = Schemas['UrgencyViewsWarning'];
/** quotas: the quotas involved, by index ("quotas[0]"); code QUOTAS_INCONSISTENT or QUOTA_SETS_OVERLAP */
export type Clash = Schemas['UrgencyViewsClashView'];

/** The server's verdict on an unsaved draft: consistency null while fields name what is missing. */
export type DraftCheck = Schemas['UrgencyViewsDraftCheck'];

export type Scheme = Refine<
  Schemas['UrgencyViewsScheme'],
  { status: SchemeStatus; quotas: Quota[]; deviations: Deviation[]; allowedActions: SchemeAction[] }
>;

/**
 * Body of PUT /api/v1/urgency/schemes/{id}: the whole editable version. Quotas that already exist keep
 * their id, so their deviations stay attached.
 */
export type SchemeInput = Pick<Scheme, 'name' | 'validFrom' | 'validTo' | 'legalBasis' | 'categories' | 'quotas' | 'lockVersion'> &
  Schemas['SchemeInput'];

/** Body of POST /api/v1/urgency/regions/{region}/schemes, as the form sends it. */
export type NewScheme = Refine<
  Schemas['SchemeServiceNewScheme'],
  { name: string; validFrom: string; validTo: string; fromTemplate: boolean }
>;

export type MandatoryCategory = Schemas['MandatoryCategoriesMandatory'];
export type DeviationProposal = Refine<Schemas['DeviationServiceProposal'], { quotaId: number; reason: string }>;

/**
 * balance: capacity − inflow, a surplus when positive; yearsToClear null: the backlog never clears;
 * waitMonths null: the queue keeps growing.
 */
export type Outcome = Schemas['CapacityCheckOutcome'];
/** deviation: an accepted local deviation replaces the quota here */
export type Place = Schemas['CapacityServicePlace'];
/** quota.code is the quota id as text */
export type CapacityRow = Schemas['CapacityServiceQuotaRow'];
export type Capacity = Schemas['CapacityServiceCapacity'];

type CapacityQuery = NonNullable<operations['getUrgencyCapacity']['parameters']['query']>;

/**
 * The query of GET /api/v1/urgency/schemes/{id}/capacity: year and lettingsFactor (decimal string, "1" = the
 * lettings as recorded) as the API document names them; the overrides (quota id -> share to try instead of
 * the stored one) travel as free `quota.<id>` parameters, which the document does not list one by one.
 */
export type CapacityParams = {
  year: NonNullable<CapacityQuery['year']>;
  lettingsFactor: NonNullable<CapacityQuery['lettingsFactor']>;
  overrides: Record<string, string>;
};

export type ChangeKind = Schemas['SchemeComparisonItemChange']['change'];
export type FieldChange = Schemas['SchemeComparisonFieldChange'];
export type ItemChange = Schemas['SchemeComparisonItemChange'];
type ComparedVersion = Refine<Schemas['SchemeComparisonVersion'], { status: SchemeStatus }>;
export type Comparison = Refine<
  Schemas['SchemeComparisonComparison'],
  { a: ComparedVersion; b: ComparedVersion; categories: ItemChange[]; quotas: ItemChange[] }
>;

/**
 * The extra members urgency problems may carry: 409 VERSION_CONFLICT the version as stored now,
 * 422 QUOTAS_INCONSISTENT / QUOTA_SETS_OVERLAP the clashes.
 */
export type UrgencyProblem = Refine<Problem, { current?: Scheme; errors?: Clash[] }>;

/** An element of GET /api/v1/regions/{region}/target-groups (the fields the editor needs). */
export type TargetGroupOption = Pick<Schemas['TargetGroupsRegionTargetGroup'], 'code' | 'name' | 'active' | 'sortOrder'>;

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

export const getSchemes = (region: string) => apiFetch<SchemeSummary[]>(`/api/v1/urgency/regions/${enc(region)}/schemes`);
export const useSchemes = (region: string) => useQuery({ queryKey: urgencyKeys.schemes(region), queryFn: () => getSchemes(region) });

export const createScheme = (region: string, body: NewScheme) =>
  apiFetch<Scheme>(`/api/v1/urgency/regions/${enc(region)}/schemes`, json('POST', body));

export const getScheme = (id: number) => apiFetch<Scheme>(`/api/v1/urgency/schemes/${id}`);
export const schemeQueryOptions = (id: number) => queryOptions({ queryKey: urgencyKeys.scheme(id), queryFn: () => getScheme(id) });
export const useScheme = (id: number | null) =>
  useQuery({ ...schemeQueryOptions(id ?? 0), enabled: id !== null });

export const putScheme = (id: number, body: SchemeInput) => apiFetch<Scheme>(`/api/v1/urgency/schemes/${id}`, json('PUT', body));

/** Checks a draft's quotas without storing it. */
export const checkSchemeDraft = (id: number, body: SchemeInput) =>
  apiFetch<DraftCheck>(`/api/v1/urgency/schemes/${id}/check`, json('POST', body));

export const adoptScheme = (id: number, lockVersion: number) =>
  apiFetch<Scheme>(`/api/v1/urgency/schemes/${id}/adopt`, json('POST', { lockVersion }));

export async function deleteScheme(id: number, lockVersion: number): Promise<void> {
  await apiFetch<unknown>(`/api/v1/urgency/schemes/${id}?lockVersion=${lockVersion}`, { method: 'DELETE' }).catch((error) => {
    // 204 has no body: apiFetch's JSON parse fails on it, which is success here
    if (error instanceof SyntaxError) return;
    throw error;
  });
}

export const proposeDeviation = (schemeId: number, body: DeviationProposal) =>
  apiFetch<Deviation>(`/api/v1/urgency/schemes/${schemeId}/deviations`, json('POST', body));

const deviationActionPaths: Record<DeviationAction, string> = { ACCEPT: 'accept', REJECT: 'reject' };
export const decideDeviation = (deviationId: number, action: DeviationAction) =>
  apiFetch<Deviation>(`/api/v1/urgency/deviations/${deviationId}/${deviationActionPaths[action]}`, { method: 'POST' });

export const getMandatoryCategories = () => apiFetch<MandatoryCategory[]>('/api/v1/urgency/mandatory-categories');
export const useMandatoryCategories = () =>
  useQuery({ queryKey: urgencyKeys.mandatory, queryFn: getMandatoryCategories, staleTime: 60 * 60 * 1000 });

/** The query string of the capacity check: year and lettings factor always, a share only for quotas tried otherwise. */
export function capacityQuery({ year, lettingsFactor, overrides }: CapacityParams): string {
  const params = new URLSearchParams({ year: String(year), lettingsFactor });
  for (const [id, share] of Object.entries(overrides).sort(([a], [b]) => Number(a) - Number(b))) params.set(`quota.${id}`, share);
  return params.toString();
}

export const getCapacity = (id: number, query: string, signal?: AbortSignal) =>
  apiFetch<Capacity>(`/api/v1/urgency/schemes/${id}/capacity?${query}`, { signal });

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

export const getComparison = (a: number, b: number) => apiFetch<Comparison>(`/api/v1/urgency/schemes/compare?a=${a}&b=${b}`);
export const useComparison = (a: number, b: number) =>
  useQuery({ queryKey: urgencyKeys.compare(a, b), queryFn: () => getComparison(a, b) });

export const downloadPaths = {
  document: (id: number) => `/api/v1/urgency/schemes/${id}/document.pdf`,
};

// --- from other parts of the API -----------------------------------------------------------------

/** The region's target groups, in their order (inactive ones too: a category may still name one). */
export const useTargetGroups = (region: string, enabled = true) =>
  useQuery({
    queryKey: ['target-groups', region],
    queryFn: () => apiFetch<TargetGroupOption[]>(`/api/v1/regions/${enc(region)}/target-groups`),
    select: (groups) => [...groups].sort((a, b) => a.sortOrder - b.sortOrder),
    enabled,
  });

/** The region's name for headings; null while unknown or when the caller may not read the region itself. */
export const useRegionName = (region: string) =>
  useQuery({
    queryKey: ['regions', region],
    queryFn: () => apiFetch<Ref>(`/api/v1/regions/${enc(region)}`),
    select: (data) => data.name,
    retry: false,
  });
