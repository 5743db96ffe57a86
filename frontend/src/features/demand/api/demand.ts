import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import { uploadImport, type ImportError } from '../../../shared/api/fileImport';
import type { Problem } from '../../../shared/api/problem';
import type { Ref } from '../../../shared/api/types';

/** The shapes of docs/api/demand.md. */
export type Measure = 'STOCK' | 'INFLOW' | 'MOVES';
export const measures: readonly Measure[] = ['STOCK', 'INFLOW', 'MOVES'];

export type DemandStatus = 'CONCEPT' | 'SUBMITTED' | 'RETURNED' | 'ADOPTED';
export type OverviewStatus = DemandStatus | 'NOT_STARTED';
export const overviewStatuses: readonly OverviewStatus[] = ['NOT_STARTED', 'CONCEPT', 'SUBMITTED', 'RETURNED', 'ADOPTED'];

export type WorkflowAction = 'SUBMIT' | 'RETURN' | 'ADOPT' | 'REOPEN';
/** In the order the buttons appear: the usual next step first. */
export const workflowActions: readonly WorkflowAction[] = ['SUBMIT', 'ADOPT', 'RETURN', 'REOPEN'];

export interface CellWarning {
  code: string;
  message: string;
}

export interface Cell {
  targetGroup: string;
  housingForm: string;
  measure: Measure;
  value: number | null;
  low: number | null;
  high: number | null;
  source: string | null;
  note: string | null;
  version: number;
  previousYearValue?: number | null;
  warnings?: CellWarning[];
}

/** Body of PUT …/cells/{targetGroup}/{housingForm}/{measure}; `version` null for a cell never written. */
export interface CellInput {
  value: number | null;
  low: number | null;
  high: number | null;
  source: string | null;
  note: string | null;
  version: number | null;
  /** The region's median for this cell as the analysis view gave it (`regionMedians`); feeds the median warning. */
  regionMedianPerThousand?: number;
}

/** The median per 1,000 inhabitants of the region's other municipalities for one figure (at least three reporting). */
export interface RegionMedian {
  targetGroup: string;
  housingForm: string;
  measure: Measure;
  perThousand: number;
}

export interface VersionRef {
  id: number;
  versionNo: number;
  status: DemandStatus;
}

export interface Analysis {
  id: number;
  region: Ref;
  /** null for the region's own analysis of regional facilities */
  municipality: Ref | null;
  year: number;
  versionNo: number;
  status: DemandStatus;
  lockVersion: number;
  editable: boolean;
  deadline: string | null;
  overdue: boolean;
  returnedReason: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  adoptedAt: string | null;
  adoptedBy: string | null;
  inhabitants: number | null;
  versions: VersionRef[];
  allowedActions: WorkflowAction[];
  targetGroups: Ref[];
  housingForms: Ref[];
  cells: Cell[];
  regionMedians?: RegionMedian[];
}

export interface HistoryEntry {
  at: string;
  actor: string;
  action: 'CREATED' | 'CELL_CHANGED' | 'IMPORTED' | 'SUBMITTED' | 'RETURNED' | 'ADOPTED' | 'REOPENED';
  field?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
  versionNo: number;
}

export type { ImportError };

export interface ImportResult {
  applied: boolean;
  changes: { cell: string; oldValue: number | null; newValue: number | null }[];
  errors: ImportError[];
}

/** The extra members some demand problems carry. */
export interface DemandProblem extends Problem {
  current?: Cell;
  errors?: ImportError[];
}

export interface OverviewRow {
  municipality: Ref;
  subregion: Ref | null;
  analysisId: number | null;
  versionNo: number | null;
  status: OverviewStatus;
  overdue: boolean;
  updatedAt: string | null;
}

export interface RegionOverview {
  region: Ref;
  year: number;
  deadline: string | null;
  municipalities: OverviewRow[];
  regional: { analysisId: number | null; status: OverviewStatus | null } | null;
  allowedActions?: RegionAction[];
}

/** What the caller may do with the region's analyses as a whole (the overview's `allowedActions`). */
export type RegionAction = 'SET_DEADLINE' | 'START_REGIONAL';

export interface Figures {
  stock: number | null;
  inflow: number | null;
  moves: number | null;
}

/** perThousand values are decimal strings with two places. */
export interface PerThousand {
  stock: string | null;
  inflow: string | null;
  moves: string | null;
}

export interface TotalsRow {
  targetGroup: Ref;
  region: Figures & { perThousand?: PerThousand | null };
  regional: Figures | null;
  subregions: (Figures & { subregion: Ref; perThousand?: PerThousand | null })[];
}

export interface Totals {
  includedMunicipalities: number;
  municipalities: number;
  rows: TotalsRow[];
}

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

export const analysisPath = (id: number) => `/api/demand/analyses/${id}`;

export const getMunicipalityAnalysis = (code: string, year: number) =>
  apiFetch<Analysis>(`/api/demand/municipalities/${enc(code)}/years/${year}`);

export const municipalityAnalysisQueryOptions = (code: string, year: number) =>
  queryOptions({ queryKey: demandKeys.municipality(code, year), queryFn: () => getMunicipalityAnalysis(code, year) });

export const useMunicipalityAnalysis = (code: string, year: number) =>
  useQuery(municipalityAnalysisQueryOptions(code, year));

export const getAnalysis = (id: number) => apiFetch<Analysis>(analysisPath(id));

export const analysisQueryOptions = (id: number) =>
  queryOptions({ queryKey: demandKeys.analysis(id), queryFn: () => getAnalysis(id) });

export const useAnalysis = (id: number) => useQuery(analysisQueryOptions(id));

export const createMunicipalityAnalysis = (code: string, year: number) =>
  apiFetch<Analysis>(`/api/demand/municipalities/${enc(code)}/years/${year}`, { method: 'POST' });

export const createRegionalAnalysis = (region: string, year: number) =>
  apiFetch<Analysis>(`/api/demand/regions/${enc(region)}/years/${year}/regional`, { method: 'POST' });

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

export const getHistory = (analysisId: number, cell: CellKey) =>
  apiFetch<HistoryEntry[]>(`${analysisPath(analysisId)}/history?cell=${enc(cell)}`);

export const useCellHistory = (analysisId: number, cell: CellKey | null) =>
  useQuery({
    queryKey: demandKeys.history(analysisId, cell ?? ''),
    queryFn: () => getHistory(analysisId, cell ?? ''),
    enabled: cell !== null,
  });

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
  apiFetch<RegionOverview>(`/api/demand/regions/${enc(region)}/years/${year}`);

export const useRegionOverview = (region: string, year: number) =>
  useQuery({ queryKey: demandKeys.region(region, year), queryFn: () => getRegionOverview(region, year) });

export const getTotals = (region: string, year: number) =>
  apiFetch<Totals>(`/api/demand/regions/${enc(region)}/years/${year}/totals`);

export const useTotals = (region: string, year: number) =>
  useQuery({ queryKey: demandKeys.totals(region, year), queryFn: () => getTotals(region, year) });

export const putDeadline = (region: string, year: number, deadline: string | null) =>
  apiFetch<unknown>(`/api/regions/${enc(region)}/demand-deadlines/${year}`, json('PUT', { deadline }));

// --- files ----------------------------------------------------------------------------------

export const downloadPaths = {
  template: (id: number, format: FileFormat) => `${analysisPath(id)}/template.${format}`,
  export: (id: number, format: FileFormat) => `${analysisPath(id)}/export.${format}`,
  overview: (region: string, year: number, format: FileFormat) =>
    `/api/demand/regions/${enc(region)}/years/${year}/export.${format}`,
  totals: (region: string, year: number, format: FileFormat) =>
    `/api/demand/regions/${enc(region)}/years/${year}/totals.${format}`,
};

export type FileFormat = 'xlsx' | 'csv';
