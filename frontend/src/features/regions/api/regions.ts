import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Inhabitants, Ref } from '../../../shared/api/types';

/** An element of GET /api/regions */
export interface RegionSummary {
  code: string;
  name: string;
  /** current members only */
  municipalityCount: number;
  provinces: Ref[];
}

export const getRegions = () => apiFetch<RegionSummary[]>('/api/regions');

export const regionsQueryOptions = () => queryOptions({ queryKey: ['regions'], queryFn: getRegions });

export const useRegions = () => useQuery(regionsQueryOptions());

/** A municipality's membership of the region, as listed in GET /api/regions/{code} */
export interface Member {
  code: string;
  name: string;
  province: Ref;
  subregion: Ref | null;
  validFrom: string;
  validTo: string | null;
  confirmed: boolean;
  note: string | null;
  inhabitants: Inhabitants | null;
}

/** GET /api/regions/{code} */
export interface RegionDetail {
  code: string;
  name: string;
  subregions: Ref[];
  municipalities: Member[];
}

export const getRegion = (code: string) => apiFetch<RegionDetail>(`/api/regions/${encodeURIComponent(code)}`);

export const regionQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['regions', code], queryFn: () => getRegion(code) });

export const useRegion = (code: string) => useQuery(regionQueryOptions(code));
