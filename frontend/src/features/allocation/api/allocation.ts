import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import { uploadImport, type ImportError } from '../../../shared/api/fileImport';
import type { FieldProblem, Problem } from '../../../shared/api/problem';
import type { Ref } from '../../../shared/api/types';

/** The shapes of docs/api/allocation.md. Exact numbers (quotas, weights, shares, indicators) are decimal strings. */

export type Indicator = 'inhabitants' | 'households' | 'social_rental_stock' | 'lettings' | 'own_demand' | 'existing_places';
/** In the order the editor offers them. */
export const indicators: readonly Indicator[] = [
  'inhabitants',
  'households',
  'social_rental_stock',
  'lettings',
  'own_demand',
  'existing_places',
];
export const isIndicator = (value: string): value is Indicator => (indicators as readonly string[]).includes(value);

export type Method = 'LARGEST_REMAINDER' | 'SAINTE_LAGUE' | 'DHONDT' | 'HUNTINGTON_HILL' | 'STATUTORY_CEIL';
export const methods: readonly Method[] = ['LARGEST_REMAINDER', 'SAINTE_LAGUE', 'DHONDT', 'HUNTINGTON_HILL', 'STATUTORY_CEIL'];

export type ModelStatus = 'CONCEPT' | 'ADOPTED';
export type ModelAction = 'EDIT' | 'ADOPT';
export type ScenarioAction = 'EDIT' | 'DELETE' | 'ADOPT' | 'COMPARE';
export type TotalSource = 'ENTERED' | 'DEMAND';
export type BoundKind = 'NONE' | 'MIN' | 'MAX';
export type IndicatorStatus = 'VERIFIED' | 'APPROXIMATE' | 'DEMO';

export interface ModelSummary {
  id: number;
  name: string;
  period: string;
  targetGroups: Ref[];
  status: ModelStatus;
  scenarioCount: number;
  adoptedScenario: { id: number; name: string; versionNo: number } | null;
  adoptedAt: string | null;
  adoptedBy: string | null;
  total: number | null;
}

export interface NewModel {
  name: string;
  period: string;
  targetGroups: string[];
}

export interface Criterion {
  indicator: string;
  /** decimal string, the weights of a scenario sum to exactly 1 */
  weight: string;
}

export interface Share {
  indicator: string;
  /** decimal string: "0.10" is 10% */
  share: string;
}

export interface Draagkracht {
  indicator: string;
  /** decimal string, 0 to 3 */
  strength: string;
}

export interface ScenarioBound {
  municipality: string;
  min: number | null;
  max: number | null;
  minShare: Share | null;
  maxShare: Share | null;
}

export interface Scenario {
  id: number;
  modelId: number;
  name: string;
  versionNo: number;
  status: ModelStatus;
  lockVersion: number;
  totalSource: TotalSource;
  total: number;
  method: Method;
  referenceDate: string;
  criteria: Criterion[];
  draagkracht: Draagkracht | null;
  bounds: ScenarioBound[];
  updatedAt: string | null;
  updatedBy: string | null;
  adoptedAt: string | null;
  adoptedBy: string | null;
  allowedActions: ScenarioAction[];
}

/** Body of PUT /api/allocation/scenarios/{id}. */
export type ScenarioInput = Pick<
  Scenario,
  'name' | 'totalSource' | 'total' | 'method' | 'referenceDate' | 'criteria' | 'draagkracht' | 'bounds' | 'lockVersion'
>;

export interface Model {
  id: number;
  region: Ref;
  name: string;
  period: string;
  targetGroups: Ref[];
  status: ModelStatus;
  lockVersion: number;
  demandTotal: number | null;
  adoptedScenarioId: number | null;
  adoptedAt: string | null;
  adoptedBy: string | null;
  allowedActions: ModelAction[];
  scenarios: Scenario[];
}

export interface Warning {
  municipality: string | null;
  code: string;
  message: string;
}

export interface InputUnit {
  id: string;
  name: string;
  indicators: Record<string, string>;
}

export interface Inputs {
  referenceDate: string;
  availableDates: string[];
  demandTotal: number | null;
  units: InputUnit[];
  missing: { municipality: string; indicator: string }[];
  warnings: Warning[];
}

export type StepKind =
  | 'KEY_QUOTA'
  | 'DRAAGKRACHT'
  | 'BOUND_MIN'
  | 'BOUND_MAX'
  | 'REDISTRIBUTION'
  | 'INITIAL'
  | 'REMAINDER_AWARD'
  | 'DIVISOR_AWARD'
  | 'DIVISOR_WITHDRAWAL'
  | 'CEILING'
  | 'TOTAL';

export interface Step {
  number: number;
  kind: StepKind;
  unitId: string | null;
  value: string | null;
  text: string;
  tieWith: string | null;
}

/** POST /api/allocation/preview */
export interface PreviewUnit {
  id: string;
  indicators: Record<string, string>;
  min?: number;
  max?: number;
  minShare?: Share;
  maxShare?: Share;
}

export interface PreviewRequest {
  total: number;
  method: Method;
  criteria: Criterion[];
  draagkracht: Draagkracht | null;
  units: PreviewUnit[];
}

export interface PreviewResponse {
  method: Method;
  total: number;
  allocated: number;
  results: {
    id: string;
    quota: string;
    quotaExact: string;
    target: number;
    bound: BoundKind;
    contributions: Record<string, string>;
  }[];
  steps: Step[];
}

export interface ResultRow {
  municipality: Ref;
  quota: string;
  quotaExact: string;
  keyQuota: string;
  correctedQuota: string;
  target: number;
  bound: BoundKind;
  contributions: Record<string, string>;
  draagkrachtFactor: string | null;
  indicators: Record<string, string>;
  perThousand: string | null;
}

/** GET /api/allocation/scenarios/{id}/result; the editor builds the same shape from a preview. */
export interface ScenarioResult {
  scenario: { id: number; name: string; versionNo: number; status: ModelStatus };
  method: Method;
  total: number;
  allocated: number;
  referenceDate: string;
  frozen: boolean;
  rows: ResultRow[];
  steps: Step[];
  warnings: Warning[];
}

export interface Comparison {
  a: { id: number; name: string };
  b: { id: number; name: string };
  rows: { municipality: Ref; targetA: number; targetB: number; quotaA: string; quotaB: string; difference: number }[];
  totalA: number;
  totalB: number;
}

export type SwapStatus = 'PROPOSED' | 'CONFIRMED' | 'REJECTED' | 'WITHDRAWN';
export type SwapAction = 'CONFIRM' | 'REJECT' | 'WITHDRAW';

export interface Swap {
  id: number;
  from: Ref;
  to: Ref;
  amount: number;
  reason: string | null;
  status: SwapStatus;
  proposedBy: string;
  proposedFor: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  allowedActions: SwapAction[];
}

export interface RealisationRow {
  municipality: Ref;
  quota: string;
  target: number;
  swapped: number;
  effectiveTarget: number;
  carriedIn: number;
  due: number;
  realised: number | null;
  realisationVersion: number | null;
  realisationNote: string | null;
  difference: number | null;
  carriedOut: number;
}

export interface Results {
  model: { id: number; name: string; period: string; targetGroups: Ref[] };
  scenario: { id: number; name: string; versionNo: number; method: Method; adoptedAt: string; adoptedBy: string };
  previousModel: { id: number; period: string } | null;
  rows: RealisationRow[];
  totals: { target: number; effectiveTarget: number; carriedIn: number; due: number; realised: number; carriedOut: number };
  swaps: Swap[];
  allowedActions: { recordRealisation: string[]; proposeSwap: boolean };
}

export interface IndicatorValue {
  value: string;
  referenceDate: string;
  source: string;
  status: IndicatorStatus;
}

export interface IndicatorTable {
  referenceDate: string;
  availableDates: string[];
  indicators: string[];
  rows: { municipality: Ref; values: Record<string, IndicatorValue> }[];
}

export type { ImportError };

export interface IndicatorImportResult {
  applied: boolean;
  rows: number;
  changes: { municipality: string; indicator: string; referenceDate: string; oldValue: string | null; newValue: string }[];
  errors: ImportError[];
}

/** The extra members allocation problems may carry. */
export interface AllocationProblem extends Problem {
  current?: unknown;
  errors?: ImportError[];
  fields?: FieldProblem[];
}

/** A GeoJSON FeatureCollection of the region's members, properties {code, name}. */
export interface Boundaries {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { code: string; name: string }; geometry: unknown }[];
}

// --- requests ----------------------------------------------------------------------------------

const enc = encodeURIComponent;
const json = (method: string, body: unknown, signal?: AbortSignal): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
  signal,
});

export const allocationKeys = {
  all: ['allocation'] as const,
  models: (region: string) => ['allocation', 'models', region] as const,
  model: (id: number) => ['allocation', 'model', id] as const,
  inputs: (id: number, referenceDate: string) => ['allocation', 'inputs', id, referenceDate] as const,
  result: (scenarioId: number) => ['allocation', 'result', scenarioId] as const,
  compare: (id: number, a: number, b: number) => ['allocation', 'compare', id, a, b] as const,
  results: (id: number) => ['allocation', 'results', id] as const,
  indicators: (region: string, referenceDate: string) => ['allocation', 'indicators', region, referenceDate] as const,
  boundaries: (region: string) => ['boundaries', region] as const,
};

export const getModels = (region: string) => apiFetch<ModelSummary[]>(`/api/allocation/regions/${enc(region)}/models`);
export const useModels = (region: string) =>
  useQuery({ queryKey: allocationKeys.models(region), queryFn: () => getModels(region) });

export const createModel = (region: string, body: NewModel) =>
  apiFetch<Model>(`/api/allocation/regions/${enc(region)}/models`, json('POST', body));

export const getModel = (id: number) => apiFetch<Model>(`/api/allocation/models/${id}`);
export const modelQueryOptions = (id: number) => queryOptions({ queryKey: allocationKeys.model(id), queryFn: () => getModel(id) });
export const useModel = (id: number) => useQuery(modelQueryOptions(id));

export const createScenario = (modelId: number, name: string, copyOf: number | null) =>
  apiFetch<Scenario>(`/api/allocation/models/${modelId}/scenarios`, json('POST', { name, copyOf }));

export const putScenario = (id: number, body: ScenarioInput) =>
  apiFetch<Scenario>(`/api/allocation/scenarios/${id}`, json('PUT', body));

export async function deleteScenario(id: number, lockVersion: number): Promise<void> {
  await apiFetch<unknown>(`/api/allocation/scenarios/${id}?lockVersion=${lockVersion}`, { method: 'DELETE' }).catch((error) => {
    // 204 has no body: apiFetch's JSON parse fails on it, which is success here
    if (error instanceof SyntaxError) return;
    throw error;
  });
}

export const adoptScenario = (id: number, lockVersion: number) =>
  apiFetch<Model>(`/api/allocation/scenarios/${id}/adopt`, json('POST', { lockVersion }));

export const getInputs = (modelId: number, referenceDate: string) =>
  apiFetch<Inputs>(`/api/allocation/models/${modelId}/inputs?referenceDate=${enc(referenceDate)}`);
export const useInputs = (modelId: number, referenceDate: string, enabled = true) =>
  useQuery({
    queryKey: allocationKeys.inputs(modelId, referenceDate),
    queryFn: () => getInputs(modelId, referenceDate),
    enabled,
    placeholderData: (previous) => previous,
  });

export const postPreview = (body: PreviewRequest, signal?: AbortSignal) =>
  apiFetch<PreviewResponse>('/api/allocation/preview', json('POST', body, signal));

export const getScenarioResult = (scenarioId: number) => apiFetch<ScenarioResult>(`/api/allocation/scenarios/${scenarioId}/result`);
export const useScenarioResult = (scenarioId: number | null) =>
  useQuery({
    queryKey: allocationKeys.result(scenarioId ?? 0),
    queryFn: () => getScenarioResult(scenarioId ?? 0),
    enabled: scenarioId !== null,
  });

export const getComparison = (modelId: number, a: number, b: number) =>
  apiFetch<Comparison>(`/api/allocation/models/${modelId}/compare?a=${a}&b=${b}`);
export const useComparison = (modelId: number, a: number | null, b: number | null) =>
  useQuery({
    queryKey: allocationKeys.compare(modelId, a ?? 0, b ?? 0),
    queryFn: () => getComparison(modelId, a ?? 0, b ?? 0),
    enabled: a !== null && b !== null && a !== b,
  });

export const getResults = (modelId: number) => apiFetch<Results>(`/api/allocation/models/${modelId}/results`);
export const useResults = (modelId: number) =>
  useQuery({ queryKey: allocationKeys.results(modelId), queryFn: () => getResults(modelId) });

export const putRealisation = (modelId: number, municipality: string, body: { realised: number; note: string | null; version: number | null }) =>
  apiFetch<RealisationRow>(`/api/allocation/models/${modelId}/realisation/${enc(municipality)}`, json('PUT', body));

export const proposeSwap = (modelId: number, body: { from: string; to: string; amount: number; reason: string }) =>
  apiFetch<Swap>(`/api/allocation/models/${modelId}/swaps`, json('POST', body));

const swapActionPaths: Record<SwapAction, string> = { CONFIRM: 'confirm', REJECT: 'reject', WITHDRAW: 'withdraw' };
export const decideSwap = (swapId: number, action: SwapAction) =>
  apiFetch<Swap>(`/api/allocation/swaps/${swapId}/${swapActionPaths[action]}`, { method: 'POST' });

export const getIndicators = (region: string, referenceDate: string | null) =>
  apiFetch<IndicatorTable>(
    `/api/allocation/regions/${enc(region)}/indicators${referenceDate ? `?referenceDate=${enc(referenceDate)}` : ''}`,
  );
export const useIndicators = (region: string, referenceDate: string | null) =>
  useQuery({
    queryKey: allocationKeys.indicators(region, referenceDate ?? ''),
    queryFn: () => getIndicators(region, referenceDate),
    placeholderData: (previous) => previous,
  });

export const importIndicators = (region: string, file: File, dryRun: boolean) =>
  uploadImport<IndicatorImportResult>(`/api/allocation/regions/${enc(region)}/indicators/import`, file, dryRun);

export const getBoundaries = (region: string) => apiFetch<Boundaries>(`/api/regions/${enc(region)}/boundaries`);
export const useBoundaries = (region: string) =>
  useQuery({ queryKey: allocationKeys.boundaries(region), queryFn: () => getBoundaries(region), staleTime: 60 * 60 * 1000 });

// --- files -------------------------------------------------------------------------------------

export const downloadPaths = {
  scenario: (scenarioId: number, format: 'csv' | 'xlsx' | 'pdf') => `/api/allocation/scenarios/${scenarioId}/export.${format}`,
  results: (modelId: number, format: 'csv' | 'xlsx') => `/api/allocation/models/${modelId}/results.${format}`,
};

// --- from other parts of the API -----------------------------------------------------------------

/** An element of GET /api/regions/{region}/target-groups (the fields the model form needs). */
export interface TargetGroupOption {
  code: string;
  name: string;
  active: boolean;
  sortOrder: number;
}

export const useActiveTargetGroups = (region: string, enabled: boolean) =>
  useQuery({
    queryKey: ['target-groups', region],
    queryFn: () => apiFetch<TargetGroupOption[]>(`/api/regions/${enc(region)}/target-groups`),
    select: (groups) => groups.filter((g) => g.active).sort((a, b) => a.sortOrder - b.sortOrder),
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
