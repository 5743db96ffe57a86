import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Inhabitants, Refine, Schemas } from '../../../shared/api/types';

/** An element of GET /api/v1/regions; municipalityCount counts current members only. */
export type RegionSummary = Schemas['RegionViewsRegionSummary'];

export const getRegions = () => apiFetch<RegionSummary[]>('/api/v1/regions');

export const regionsQueryOptions = () => queryOptions({ queryKey: ['regions'], queryFn: getRegions });

export const useRegions = () => useQuery(regionsQueryOptions());

/** A municipality's membership of the region, as listed in GET /api/v1/regions/{code} */
export type Member = Refine<Schemas['RegionViewsMember'], { inhabitants: Inhabitants | null }>;

/** GET /api/v1/regions/{code} */
export type RegionDetail = Refine<Schemas['RegionViewsRegionDetail'], { municipalities: Member[] }>;

export const getRegion = (code: string) => apiFetch<RegionDetail>(`/api/v1/regions/${encodeURIComponent(code)}`);

export const regionQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['regions', code], queryFn: () => getRegion(code) });

export const useRegion = (code: string) => useQuery(regionQueryOptions(code));
