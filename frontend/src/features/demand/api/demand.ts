import { queryOptions, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import { uploadImport, type ImportError } from '../../../shared/api/fileImport';
import type { Problem } from '../../../shared/api/problem';
import type { Refine, Schemas } from '../../../shared/api/types';

/** The shapes of the demand API, from the generated schema (docs/api/openapi.yaml). */
export type Measure = Schemas['Measure'];
export const measures: readonly Measure[] = ['STOCK', 'INFLOW', 'MOVES'];

export type DemandStatus = Schemas['DemandStatus'];
/** DemandStatus, or NOT_STARTED for a municipality without an analysis. */
export type OverviewStatus = Schemas['DemandViewsOverviewRow']['status'];
export const overviewStatuses: readonly OverviewStatus[] = ['NOT_STARTED', 'CONCEPT', 'SUBMITTED', 'RETURNED', 'ADOPTED'];

export type WorkflowAction = Schemas['DemandAction'];
/** In the order the buttons appear: the usual next step first. */
export const workflowActions: readonly WorkflowAction[] = ['SUBMIT', 'ADOPT', 'RETURN', 'REOPEN'];

export type CellWarning = Schemas['DemandViewsWarning'];
export type Cell = Schemas['DemandViewsCellView'];
/** Body of PUT …/cells/{targetGroup}/{housingForm}/{measure}; `version` null for a cell never written. */
/** The median is optional on input: without it the answer simply has no median warning. */
export type CellInput = Omit<Schemas['CellInput'], 'regionMedianPerThousand'> & {
  regionMedianPerThousand?: Schemas['CellInput']['regionMedianPerThousand'];
};
export type VersionRef = Schemas['DemandViewsVersionRef'];
export type Analysis = Refine<Schemas['DemandViewsAnalysisView'], { allowedActions: WorkflowAction[] }>;

export type HistoryEntry = Refine<
  Schemas['AuditEvent'],
  { action: 'CREATED' | 'CELL_CHANGED' | 'IMPORTED' | 'SUBMITTED' | 'RETURNED' | 'ADOPTED' | 'REOPENED' }
>;

export type { ImportError };
export type ImportResult = Schemas['DemandFilesImportResult'];

/** The extra members some demand problems carry. */
export type DemandProblem = Refine<Problem, { current?: Cell; errors?: ImportError[] }>;

export type OverviewRow = Schemas['DemandViewsOverviewRow'];
export type RegionOverview = Schemas['DemandViewsOverview'];

export type Figures = Schemas['DemandTotalsFigures'];
/** perThousand values are decimal strings with two places. */
export type PerThousand = Schemas['DemandTotalsPerThousand'];
export type TotalsRow = Schemas['DemandTotalsRow'];
export type Totals = Schemas['DemandTotalsTotals'];

/** "dakloos/zelfstandig/STOCK", the cell address the API uses in history and import results. */
export type CellKey = string;
export const cellKey = (targetGroup: string, housingForm: string, measure: Measure): CellKey =>
  `${targetGroup}/${housingForm}/${measure}`;
export const keyOf = (cell: Pick<Cell, 'targetGroup' | 'housingForm' | 'measure'>) =>
  cellKey(cell.targetGroup, cell.housingForm, cell.measure);

const enc = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

// --- analyses -------------------------------------------------------------------------------

export const demandKeys = {
  all: ['demand'] as const,
  municipality: (code: string, year: number) => ['demand', 'municipality', code, year] as const,
  analysis: (id: number) => ['demand', 'analysis', id] as const,
  history: (id: number, cell: CellKey) => ['demand', 'history', id, cell] as const,
  region: (code: string, year: number) => ['demand', 'region', code, year] as const,
  totals: (code: string, year: number) => ['demand', 'totals', code, year] as const,
};

export const analysisPath = (id: number) => `/api/v1/demand/analyses/${id}`;

export const getMunicipalityAnalysis = (code: string, year: number) =>
  apiFetch<Analysis>(`/api/v1/demand/municipalities/${enc(code)}/years/${year}`);

export const municipalityAnalysisQueryOptions = (code: string, year: number) =>
  queryOptions({ queryKey: demandKeys.municipality(code, year), queryFn: () => getMunicipalityAnalysis(code, year) });

export const useMunicipalityAnalysis = (code: string, year: number) =>
  useQuery(municipalityAnalysisQueryOptions(code, year));

export const getAnalysis = (id: number) => apiFetch<Analysis>(analysisPath(id));

export const analysisQueryOptions = (id: number) =>
  queryOptions({ queryKey: demandKeys.analysis(id), queryFn: () => getAnalysis(id) });

export const useAnalysis = (id: number) => useQuery(analysisQueryOptions(id));

export const createMunicipalityAnalysis = (code: string, year: number) =>
  apiFetch<Analysis>(`/api/v1/demand/municipalities/${enc(code)}/years/${year}`, { method: 'POST' });

export const createRegionalAnalysis = (region: string, year: number) =>
  apiFetch<Analysis>(`/api/v1/demand/regions/${enc(region)}/years/${year}/regional`, { method: 'POST' });

export const putCell = (analysisId: number, key: CellKey, body: CellInput) => {
  const [targetGroup = '', housingForm = '', measure = ''] = key.split('/');
  return apiFetch<Cell>(`${analysisPath(analysisId)}/cells/${enc(targetGroup)}/${enc(housingForm)}/${enc(measure)}`, json('PUT', body));
};

const actionPaths: Record<WorkflowAction, string> = { SUBMIT: 'submit', RETURN: 'return', ADOPT: 'adopt', REOPEN: 'reopen' };

export const runWorkflowAction = (analysisId: number, action: WorkflowAction, lockVersion: number, reason?: string) =>
  apiFetch<Analysis>(
    `${analysisPath(analysisId)}/${actionPaths[action]}`,
    json('POST', reason === undefined ? { lockVersion } : { lockVersion, reason }),
  );

/** What the confirmation of indienen shows: cells filled of all, and every warning (never blocking). */
export type SubmitSummary = Schemas['SubmitSummariesSubmitSummary'];
export const getSubmitSummary = (analysisId: number) => apiFetch<SubmitSummary>(`${analysisPath(analysisId)}/submit-summary`);

/** One page of a history (the paging contract in docs/api/README.md): newest first, `links.next` for more. */
export type HistoryPage = Refine<Schemas['AuditHistoryView'], { items: HistoryEntry[] }>;

export const HISTORY_PAGE_SIZE = 50;

export const getHistory = (analysisId: number, cell: CellKey, next?: string | null) =>
  apiFetch<HistoryPage>(next ?? `${analysisPath(analysisId)}/history?cell=${enc(cell)}&limit=${HISTORY_PAGE_SIZE}`);

/** A cell's history page by page: `entries` so far, `fetchNextPage` while `hasNextPage` ("Meer laden"). */
export const useCellHistory = (analysisId: number, cell: CellKey | null) => {
  const query = useInfiniteQuery({
    queryKey: demandKeys.history(analysisId, cell ?? ''),
    queryFn: ({ pageParam }) => getHistory(analysisId, cell ?? '', pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last: HistoryPage) => last.links.next ?? undefined,
    enabled: cell !== null,
  });
  return { ...query, entries: query.data?.pages.flatMap((page) => page.items), total: query.data?.pages[0]?.total };
};

export const importFile = (analysisId: number, file: File, dryRun: boolean) =>
  uploadImport<ImportResult>(`${analysisPath(analysisId)}/import`, file, dryRun);

const isAnalysis = (data: unknown): data is Analysis =>
  typeof data === 'object' && data !== null && 'cells' in data && 'lockVersion' in data;

/** Applies `update` to every cached copy of analysis `id` (by id and as a municipality's current version). */
export function updateCachedAnalysis(queryClient: QueryClient, id: number, update: (analysis: Analysis) => Analysis) {
  queryClient.setQueriesData<unknown>({ queryKey: demandKeys.all }, (old: unknown) =>
    isAnalysis(old) && old.id === id ? update(old) : old,
  );
}

/** Stores a cell the server answered with in every cached copy of its analysis. */
export function storeCell(queryClient: QueryClient, analysisId: number, cell: Cell) {
  const key = keyOf(cell);
  updateCachedAnalysis(queryClient, analysisId, (analysis) => ({
    ...analysis,
    cells: [...analysis.cells.filter((c) => keyOf(c) !== key), withPreviousYear(cell, analysis.cells.find((c) => keyOf(c) === key))],
  }));
}

/** Last year's value does not change with a save; kept when an answer leaves it out. */
export const withPreviousYear = (cell: Cell, before: Cell | undefined): Cell =>
  cell.previousYearValue === undefined && before?.previousYearValue !== undefined
    ? { ...cell, previousYearValue: before.previousYearValue }
    : cell;

// --- region ---------------------------------------------------------------------------------

export const getRegionOverview = (region: string, year: number) =>
  apiFetch<RegionOverview>(`/api/v1/demand/regions/${enc(region)}/years/${year}`);

export const useRegionOverview = (region: string, year: number) =>
  useQuery({ queryKey: demandKeys.region(region, year), queryFn: () => getRegionOverview(region, year) });

export const getTotals = (region: string, year: number) =>
  apiFetch<Totals>(`/api/v1/demand/regions/${enc(region)}/years/${year}/totals`);

export const useTotals = (region: string, year: number) =>
  useQuery({ queryKey: demandKeys.totals(region, year), queryFn: () => getTotals(region, year) });

/** `version`: the overview's deadlineVersion (null while there is none); a stale one answers 409 VERSION_CONFLICT. */
export const putDeadline = (region: string, year: number, deadline: string, version: number | null) =>
  apiFetch<unknown>(`/api/v1/regions/${enc(region)}/demand-deadlines/${year}`, json('PUT', { deadline, version }));

// --- files ----------------------------------------------------------------------------------

export const downloadPaths = {
  template: (id: number, format: FileFormat) => `${analysisPath(id)}/template.${format}`,
  export: (id: number, format: FileFormat) => `${analysisPath(id)}/export.${format}`,
  overview: (region: string, year: number, format: FileFormat) =>
    `/api/v1/demand/regions/${enc(region)}/years/${year}/export.${format}`,
  totals: (region: string, year: number, format: FileFormat) =>
    `/api/v1/demand/regions/${enc(region)}/years/${year}/totals.${format}`,
};

export type FileFormat = 'xlsx' | 'csv';
