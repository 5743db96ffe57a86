import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

/** What the caller may start in a region's woonzorgvisie pages: a template, a document for any area or for its own gemeente. */
export type RegionActions = Schemas['DocumentViewsRegionActions'];
export type RegionAction = RegionActions['allowedActions'][number];

export const useRegionActions = (region: string) =>
  useQuery({
    queryKey: ['woonzorgvisie', 'allowed-actions', region],
    queryFn: () => apiFetch<RegionActions>(`/api/v1/woonzorgvisie/regions/${encodeURIComponent(region)}/allowed-actions`),
  });
