import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { operations, Schemas } from '../../../shared/api/types';

/**
 * The shapes of the dashboard API, from the generated schema. Counts of households or homes travel as cells (a hidden cell
 * has `suppressed: true`, value null and text "<5"); ratios are text already formatted in Dutch ("1,23").
 */

/** text: formatted in Dutch ("1.234"), "<5" when small and hidden, "×" when withheld because it would give one municipality away */
export type Cell = Schemas['Cell'];

/** code: null for the total (every region is named, ADR 0002) */
export type Area = Schemas['DashboardViewsAreaRef'];
export type AreaKind = Area['kind'];
/** capacity: homes per year for urgent households, Dutch text ("120,5"); balance: capacity − urgent inflow */
export type Urgency = Schemas['DashboardViewsUrgency'];
/**
 * Of the municipalities behind a figure, how many have adopted figures (known of expected); level COMPLETE, PARTIAL
 * (≥ 50 %, marked), LOW (< 50 %, greyed and hatched, no ratio) or NONE (onbekend). The thresholds live in the backend.
 */
export type Completeness = Schemas['Completeness'];
export type CompletenessLevel = Completeness['level'];
export type YearCompleteness = Schemas['DashboardViewsYearCompleteness'];
export type WoonzorgvisieCounts = Schemas['DashboardViewsWoonzorgvisieCounts'];
export type TrendPoint = Schemas['DashboardViewsTrendPoint'];
/** detail: the caller may open this region's municipalities */
export type Row = Schemas['DashboardViewsRow'];
export type Filters = Schemas['DashboardViewsFilters'];
export type RegionsTable = Schemas['DashboardViewsRegionsTable'];
export type MunicipalitiesTable = Schemas['DashboardViewsMunicipalitiesTable'];

export type MapValue = Schemas['DashboardViewsMapValue'];
export type MapLevel = MapValue['level'];
export type MapValues = Schemas['DashboardViewsMapView'];

/** GeoJSON of every municipality of the regions, properties {code, name}. */
export type BoundaryFeature = Schemas['GeoJsonBoundariesFeature'];
export type Boundaries = Schemas['GeoJsonBoundaries'];

type RegionsQuery = NonNullable<operations['getDashboardRegions']['parameters']['query']>;

/**
 * The choice of the filters: the query of the regions table (and of the map, exports and report), with
 * year and target group always chosen. targetGroup "alle" = every target group; province null = every province.
 */
export type Selection = {
  year: NonNullable<RegionsQuery['year']>;
  targetGroup: NonNullable<RegionsQuery['targetGroup']>;
  province: Exclude<RegionsQuery['province'], undefined>;
};

export const ALL_GROUPS = 'alle';

/** The query string of the regions table, its exports and the report. */
export function regionsQuery({ year, targetGroup, province }: Selection): string {
  const params = new URLSearchParams({ year: String(year), targetGroup });
  if (province) params.set('province', province);
  return params.toString();
}

/** The query string of a region's municipalities and the map: no province. */
export const detailQuery = ({ year, targetGroup }: Selection): string => new URLSearchParams({ year: String(year), targetGroup }).toString();

const enc = encodeURIComponent;

export const dashboardKeys = {
  all: ['dashboard'] as const,
  filters: ['dashboard', 'filters'] as const,
  regions: (query: string) => ['dashboard', 'regions', query] as const,
  municipalities: (region: string, query: string) => ['dashboard', 'municipalities', region, query] as const,
  map: (query: string) => ['dashboard', 'map', query] as const,
  boundaries: ['dashboard', 'boundaries'] as const,
};

export const getFilters = () => apiFetch<Filters>('/api/v1/dashboard/filters');
export const useFilters = () => useQuery({ queryKey: dashboardKeys.filters, queryFn: getFilters, staleTime: 10 * 60 * 1000 });

/** The regions table; the previous answer stays on screen while the next filter choice loads. */
export const useRegionsTable = (selection: Selection | null) => {
  const query = selection ? regionsQuery(selection) : '';
  return useQuery({
    queryKey: dashboardKeys.regions(query),
    queryFn: () => apiFetch<RegionsTable>(`/api/v1/dashboard/regions?${query}`),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
};

export const useMunicipalitiesTable = (region: string, selection: Selection | null) => {
  const query = selection ? detailQuery(selection) : '';
  return useQuery({
    queryKey: dashboardKeys.municipalities(region, query),
    queryFn: () => apiFetch<MunicipalitiesTable>(`/api/v1/dashboard/regions/${enc(region)}/municipalities?${query}`),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
};

export const useMapValues = (selection: Selection | null) => {
  const query = selection ? detailQuery(selection) : '';
  return useQuery({
    queryKey: dashboardKeys.map(query),
    queryFn: () => apiFetch<MapValues>(`/api/v1/dashboard/map?${query}`),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
};

/** Geography is public and changes once a year: fetched once per session. */
export const useBoundaries = () =>
  useQuery({ queryKey: dashboardKeys.boundaries, queryFn: () => apiFetch<Boundaries>('/api/v1/dashboard/boundaries'), staleTime: Infinity });

export const downloadPaths = {
  regions: (selection: Selection, format: 'csv' | 'xlsx') => `/api/v1/dashboard/regions.${format}?${regionsQuery(selection)}`,
  municipalities: (region: string, selection: Selection, format: 'csv' | 'xlsx') =>
    `/api/v1/dashboard/regions/${enc(region)}/municipalities.${format}?${detailQuery(selection)}`,
  report: (selection: Selection) => `/api/v1/dashboard/report.pdf?${regionsQuery(selection)}`,
};

/**
 * A ratio the API sends as Dutch text ("1,23", "-12,3", "1.234,5") as a number, for charts and colours
 * only (the tables show the text itself). Plain decimals ("1.23") are read as well. Null when empty.
 */
export function parseRatio(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim().replace(/\u2212/g, '-');
  if (trimmed === '') return null;
  let normal = trimmed;
  if (trimmed.includes(',')) normal = trimmed.replace(/\./g, '').replace(',', '.');
  else if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(trimmed)) normal = trimmed.replace(/\./g, '');
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}
