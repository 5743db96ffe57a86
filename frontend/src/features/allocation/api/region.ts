import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

/** What the caller may do with fair share in a region as a whole (GET /api/v1/allocation/regions/{region}). */
export type AllocationRegion = Schemas['AllocationViewsRegionView'];
export type RegionAction = AllocationRegion['allowedActions'][number];

export const getAllocationRegion = (region: string) =>
  apiFetch<AllocationRegion>(`/api/v1/allocation/regions/${encodeURIComponent(region)}`);
export const useAllocationRegion = (region: string) =>
  useQuery({ queryKey: ['allocation', 'region', region], queryFn: () => getAllocationRegion(region) });
