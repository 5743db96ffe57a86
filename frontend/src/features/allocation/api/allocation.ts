import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import { uploadImport, type ImportError } from '../../../shared/api/fileImport';
import type { FieldProblem, Problem } from '../../../shared/api/problem';
import type { Ref, Refine, Schemas } from '../../../shared/api/types';

/** The shapes of the allocation API, from the generated schema. Exact numbers (quotas, weights, shares, indicators) are decimal strings. */

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

export type Method = Schemas['Method'];
export const methods: readonly Method[] = ['LARGEST_REMAINDER', 'SAINTE_LAGUE', 'DHONDT', 'HUNTINGTON_HILL', 'STATUTORY_CEIL'];

export type ModelStatus = Schemas['ModelStatus'];
export type ModelAction = Schemas['ModelAction'];
export type ScenarioAction = Schemas['ScenarioAction'];
export type TotalSource = Schemas['AllocationViewsScenarioView']['totalSource'];
export type BoundKind = Schemas['BoundKind'];
export type IndicatorStatus = Schemas['IndicatorServiceValueView']['status'];

export type ModelSummary = Refine<Schemas['AllocationViewsModelSummary'], { status: ModelStatus }>;
/** What the form sends (the backend reports missing fields itself). */
export type NewModel = Refine<Schemas['ModelServiceNewModel'], { name: string; period: string; targetGroups: string[] }>;
/** weight: decimal string, the weights of a scenario sum to exactly 1 */
export type Criterion = Schemas['AllocationViewsCriterionView'];
/** share: decimal string: "0.10" is 10% */
export type Share = Schemas['AllocationViewsShareView'];
/** strength: decimal string, 0 to 3 */
export type Draagkracht = Schemas['AllocationViewsDraagkrachtView'];
export type ScenarioBound = Schemas['AllocationViewsBoundView'];
export type Scenario = Refine<Schemas['AllocationViewsScenarioView'], { status: ModelStatus }>;

/** Body of PUT /api/v1/allocation/scenarios/{id}. */
export type ScenarioInput = Pick<
  Scenario,
  'name' | 'totalSource' | 'total' | 'method' | 'referenceDate' | 'criteria' | 'draagkracht' | 'bounds' | 'lockVersion'
> &
  Schemas['ScenarioInput'];

export type Model = Refine<
  Schemas['AllocationViewsModelView'],
  { status: ModelStatus; allowedActions: ModelAction[]; scenarios: Scenario[] }
>;

export type Warning = Schemas['AllocationViewsWarning'];
export type InputUnit = Schemas['AllocationViewsInputUnit'];
export type Inputs = Schemas['AllocationViewsInputs'];
export type StepKind = Schemas['StepKind'];
export type Step = Schemas['AllocationViewsStepView'];

/**
 * POST /api/v1/allocation/preview. The exact numbers go as decimal strings, as the views send them (the
 * backend reads a decimal from a string or a number); min, max and the shares may be left out.
 */
export type PreviewUnit = Refine<
  Schemas['PreviewRequestUnitInput'],
  { indicators: Record<string, string>; min?: number | null; max?: number | null; minShare?: Share | null; maxShare?: Share | null }
>;
export type PreviewRequest = Refine<
  Schemas['PreviewRequest'],
  { method: Method; criteria: Criterion[]; draagkracht: Draagkracht | null; units: PreviewUnit[] }
>;
export type PreviewResponse = Schemas['PreviewResponse'];

export type ResultRow = Schemas['AllocationViewsResultRow'];
/**
 * GET /api/v1/allocation/scenarios/{id}/result, of which the views use these members: the editor builds
 * the same shape from a preview.
 */
export type ScenarioResult = Pick<
  Schemas['AllocationViewsResult'],
  'method' | 'total' | 'allocated' | 'referenceDate' | 'frozen' | 'rows' | 'steps' | 'warnings'
> & { scenario: Refine<Schemas['AllocationViewsResultScenario'], { status: ModelStatus }> };
export type Comparison = Schemas['AllocationViewsCompare'];

export type SwapStatus = Schemas['SwapStatus'];
export type SwapAction = Schemas['SwapAction'];
export type Swap = Refine<Schemas['RealisationViewsSwap'], { status: SwapStatus; allowedActions: SwapAction[] }>;
export type RealisationRow = Schemas['RealisationViewsRow'];
export type Results = Refine<Schemas['RealisationViewsResults'], { swaps: Swap[] }>;

export type IndicatorValue = Schemas['IndicatorServiceValueView'];
export type IndicatorTable = Refine<
  Schemas['IndicatorServiceTable'],
  { rows: Refine<Schemas['IndicatorServiceRow'], { values: Record<string, IndicatorValue> }>[] }
>;

export type { ImportError };
export type IndicatorImportResult = Schemas['IndicatorServiceImportResult'];

/** The extra members allocation problems may carry. */
export type AllocationProblem = Refine<Problem, { current?: unknown; errors?: ImportError[]; fields?: FieldProblem[] }>;

/** A GeoJSON FeatureCollection of the region's members, properties {code, name}. */
export type Boundaries = Schemas['GeoJsonBoundaries'];

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

export const getModels = (region: string) => apiFetch<ModelSummary[]>(`/api/v1/allocation/regions/${enc(region)}/models`);
export const useModels = (region: string) =>
  useQuery({ queryKey: allocationKeys.models(region), queryFn: () => getModels(region) });

export const createModel = (region: string, body: NewModel) =>
  apiFetch<Model>(`/api/v1/allocation/regions/${enc(region)}/models`, json('POST', body));

export const getModel = (id: number) => apiFetch<Model>(`/api/v1/allocation/models/${id}`);
export const modelQueryOptions = (id: number) => queryOptions({ queryKey: allocationKeys.model(id), queryFn: () => getModel(id) });
export const useModel = (id: number) => useQuery(modelQueryOptions(id));

export const createScenario = (modelId: number, name: string, copyOf: number | null) =>
  apiFetch<Scenario>(`/api/v1/allocation/models/${modelId}/scenarios`, json('POST', { name, copyOf }));

export const putScenario = (id: number, body: ScenarioInput) =>
  apiFetch<Scenario>(`/api/v1/allocation/scenarios/${id}`, json('PUT', body));

export async function deleteScenario(id: number, lockVersion: number): Promise<void> {
  await apiFetch<unknown>(`/api/v1/allocation/scenarios/${id}?lockVersion=${lockVersion}`, { method: 'DELETE' }).catch((error) => {
    // 204 has no body: apiFetch's JSON parse fails on it, which is success here
    if (error instanceof SyntaxError) return;
    throw error;
  });
}

/** The besluit that adopts a verdeling: date, reference and the body that took it. */
export type Decision = Schemas['AllocationViewsDecision'];

export const adoptScenario = (id: number, lockVersion: number, decision: Decision) =>
  apiFetch<Model>(
    `/api/v1/allocation/scenarios/${id}/adopt`,
    json('POST', { lockVersion, decisionDate: decision.date, decisionReference: decision.reference, decisionBody: decision.body }),
  );

export const getInputs = (modelId: number, referenceDate: string) =>
  apiFetch<Inputs>(`/api/v1/allocation/models/${modelId}/inputs?referenceDate=${enc(referenceDate)}`);
export const useInputs = (modelId: number, referenceDate: string, enabled = true) =>
  useQuery({
    queryKey: allocationKeys.inputs(modelId, referenceDate),
    queryFn: () => getInputs(modelId, referenceDate),
    enabled,
    placeholderData: (previous) => previous,
  });

export const postPreview = (body: PreviewRequest, signal?: AbortSignal) =>
  apiFetch<PreviewResponse>('/api/v1/allocation/preview', json('POST', body, signal));

export const getScenarioResult = (scenarioId: number) => apiFetch<ScenarioResult>(`/api/v1/allocation/scenarios/${scenarioId}/result`);
export const useScenarioResult = (scenarioId: number | null) =>
  useQuery({
    queryKey: allocationKeys.result(scenarioId ?? 0),
    queryFn: () => getScenarioResult(scenarioId ?? 0),
    enabled: scenarioId !== null,
  });

export const getComparison = (modelId: number, a: number, b: number) =>
  apiFetch<Comparison>(`/api/v1/allocation/models/${modelId}/compare?a=${a}&b=${b}`);
export const useComparison = (modelId: number, a: number | null, b: number | null) =>
  useQuery({
    queryKey: allocationKeys.compare(modelId, a ?? 0, b ?? 0),
    queryFn: () => getComparison(modelId, a ?? 0, b ?? 0),
    enabled: a !== null && b !== null && a !== b,
  });

export const getResults = (modelId: number) => apiFetch<Results>(`/api/v1/allocation/models/${modelId}/results`);
export const useResults = (modelId: number) =>
  useQuery({ queryKey: allocationKeys.results(modelId), queryFn: () => getResults(modelId) });

export const putRealisation = (modelId: number, municipality: string, body: { realised: number; note: string | null; version: number | null }) =>
  apiFetch<RealisationRow>(`/api/v1/allocation/models/${modelId}/realisation/${enc(municipality)}`, json('PUT', body));

export const proposeSwap = (modelId: number, body: { from: string; to: string; amount: number; reason: string }) =>
  apiFetch<Swap>(`/api/v1/allocation/models/${modelId}/swaps`, json('POST', body));

const swapActionPaths: Record<SwapAction, string> = { CONFIRM: 'confirm', REJECT: 'reject', WITHDRAW: 'withdraw' };
export const decideSwap = (swapId: number, action: SwapAction) =>
  apiFetch<Swap>(`/api/v1/allocation/swaps/${swapId}/${swapActionPaths[action]}`, { method: 'POST' });

export const getIndicators = (region: string, referenceDate: string | null) =>
  apiFetch<IndicatorTable>(
    `/api/v1/allocation/regions/${enc(region)}/indicators${referenceDate ? `?referenceDate=${enc(referenceDate)}` : ''}`,
  );
export const useIndicators = (region: string, referenceDate: string | null) =>
  useQuery({
    queryKey: allocationKeys.indicators(region, referenceDate ?? ''),
    queryFn: () => getIndicators(region, referenceDate),
    placeholderData: (previous) => previous,
  });

export const importIndicators = (region: string, file: File, dryRun: boolean) =>
  uploadImport<IndicatorImportResult>(`/api/v1/allocation/regions/${enc(region)}/indicators/import`, file, dryRun);

export const getBoundaries = (region: string) => apiFetch<Boundaries>(`/api/v1/regions/${enc(region)}/boundaries`);
export const useBoundaries = (region: string) =>
  useQuery({ queryKey: allocationKeys.boundaries(region), queryFn: () => getBoundaries(region), staleTime: 60 * 60 * 1000 });

// --- files -------------------------------------------------------------------------------------

export const downloadPaths = {
  scenario: (scenarioId: number, format: 'csv' | 'xlsx' | 'pdf') => `/api/v1/allocation/scenarios/${scenarioId}/export.${format}`,
  results: (modelId: number, format: 'csv' | 'xlsx') => `/api/v1/allocation/models/${modelId}/results.${format}`,
};

// --- from other parts of the API -----------------------------------------------------------------

/** An element of GET /api/v1/regions/{region}/target-groups (the fields the model form needs). */
export type TargetGroupOption = Pick<Schemas['TargetGroupsRegionTargetGroup'], 'code' | 'name' | 'active' | 'sortOrder'>;

export const useActiveTargetGroups = (region: string, enabled: boolean) =>
  useQuery({
    queryKey: ['target-groups', region],
    queryFn: () => apiFetch<TargetGroupOption[]>(`/api/v1/regions/${enc(region)}/target-groups`),
    select: (groups) => groups.filter((g) => g.active).sort((a, b) => a.sortOrder - b.sortOrder),
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
