import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Ref } from '../../../shared/api/types';

/** What the caller may do with fair share in a region as a whole (GET /api/allocation/regions/{region}). */
export type RegionAction = 'CREATE_MODEL' | 'READ_INDICATORS' | 'IMPORT_INDICATORS';

export interface AllocationRegion {
  region: Ref;
  allowedActions: RegionAction[];
}

export const getAllocationRegion = (region: string) =>
  apiFetch<AllocationRegion>(`/api/allocation/regions/${encodeURIComponent(region)}`);
export const useAllocationRegion = (region: string) =>
  useQuery({ queryKey: ['allocation', 'region', region], queryFn: () => getAllocationRegion(region) });
