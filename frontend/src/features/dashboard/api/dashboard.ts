import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Ref } from '../../../shared/api/types';

/**
 * The shapes of docs/api/dashboard.md. Counts of households or homes travel as cells (a hidden cell
 * has `suppressed: true`, value null and text "<5"); ratios are text already formatted in Dutch ("1,23").
 */

export interface Cell {
  value: number | null;
  /** formatted in Dutch ("1.234"), or "<5" when hidden */
  text: string;
  suppressed: boolean;
}

export type AreaKind = 'REGION' | 'MUNICIPALITY' | 'REST' | 'TOTAL';

export interface Area {
  kind: AreaKind | string;
  /** null for an anonymised region ("Regio A") and for the total */
  code: string | null;
  name: string;
}

export interface Urgency {
  scheme: string;
  /** homes per year for urgent households, Dutch text ("120,5") */
  capacity: string | null;
  inflow: Cell;
  /** capacity − urgent inflow, Dutch text ("-12,3") */
  balance: string | null;
  shortfall: boolean;
}

export interface Completeness {
  adopted: number;
  of: number;
}

export interface WoonzorgvisieCounts {
  adopted: number;
  inReview: number;
  concept: number;
  none: number;
}

export interface TrendPoint {
  year: number;
  moves: Cell;
}

export interface Row {
  area: Area;
  /** the caller may open this region's municipalities */
  detail: boolean;
  inhabitants: number | null;
  municipalities: number | null;
  stock: Cell;
  inflow: Cell;
  moves: Cell;
  movesPerThousand: string | null;
  target: Cell;
  realised: Cell;
  realisedShare: string | null;
  urgency: Urgency | null;
  completeness: Completeness | null;
  woonzorgvisie: WoonzorgvisieCounts | null;
  trend: TrendPoint[];
}

export interface Filters {
  years: number[];
  targetGroups: Ref[];
  provinces: Ref[];
  threshold: number;
  defaultYear: number;
}

export interface RegionsTable {
  year: number;
  targetGroup: string;
  threshold: number;
  rows: Row[];
  total: Row;
}

export interface MunicipalitiesTable {
  region: Ref;
  year?: number;
  targetGroup?: string;
  threshold?: number;
  rows: Row[];
  total: Row;
}

export type MapLevel = 'MUNICIPALITY' | 'REGION';

export interface MapValue {
  municipality: string;
  region: string | null;
  level: MapLevel | string;
  movesPerThousand: string | null;
  text: string | null;
  /** the count behind the value is below the threshold, so it is not shown */
  suppressed: boolean;
}

export interface MapValues {
  /** counts below this are hidden (the server's setting), for the text of a hidden value */
  threshold: number;
  values: MapValue[];
}

export interface BoundaryFeature {
  type: 'Feature';
  properties: { code: string; name: string; region: string | null };
  geometry: unknown;
}

export interface Boundaries {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

/** The choice of the filters, as the API takes it. */
export interface Selection {
  year: number;
  /** "alle" = every target group */
  targetGroup: string;
  /** a province code, or null for every province */
  province: string | null;
}

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

export const getFilters = () => apiFetch<Filters>('/api/dashboard/filters');
export const useFilters = () => useQuery({ queryKey: dashboardKeys.filters, queryFn: getFilters, staleTime: 10 * 60 * 1000 });

/** The regions table; the previous answer stays on screen while the next filter choice loads. */
export const useRegionsTable = (selection: Selection | null) => {
  const query = selection ? regionsQuery(selection) : '';
  return useQuery({
    queryKey: dashboardKeys.regions(query),
    queryFn: () => apiFetch<RegionsTable>(`/api/dashboard/regions?${query}`),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
};

export const useMunicipalitiesTable = (region: string, selection: Selection | null) => {
  const query = selection ? detailQuery(selection) : '';
  return useQuery({
    queryKey: dashboardKeys.municipalities(region, query),
    queryFn: () => apiFetch<MunicipalitiesTable>(`/api/dashboard/regions/${enc(region)}/municipalities?${query}`),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
};

export const useMapValues = (selection: Selection | null) => {
  const query = selection ? detailQuery(selection) : '';
  return useQuery({
    queryKey: dashboardKeys.map(query),
    queryFn: () => apiFetch<MapValues>(`/api/dashboard/map?${query}`),
    enabled: selection !== null,
    placeholderData: keepPreviousData,
  });
};

/** Geography is public and changes once a year: fetched once per session. */
export const useBoundaries = () =>
  useQuery({ queryKey: dashboardKeys.boundaries, queryFn: () => apiFetch<Boundaries>('/api/dashboard/boundaries'), staleTime: Infinity });

export const downloadPaths = {
  regions: (selection: Selection, format: 'csv' | 'xlsx') => `/api/dashboard/regions.${format}?${regionsQuery(selection)}`,
  municipalities: (region: string, selection: Selection, format: 'csv' | 'xlsx') =>
    `/api/dashboard/regions/${enc(region)}/municipalities.${format}?${detailQuery(selection)}`,
  report: (selection: Selection) => `/api/dashboard/report.pdf?${regionsQuery(selection)}`,
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
