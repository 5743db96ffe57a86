import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Ref } from '../../../shared/api/types';
import type { SchemeAction } from './urgency';

/** GET /api/urgency/regions/{region}: the region's versions as a whole, with what the caller may do (CREATE). */
export interface RegionSchemes {
  region: Ref;
  allowedActions: SchemeAction[];
}

export const getRegionSchemes = (region: string) => apiFetch<RegionSchemes>(`/api/urgency/regions/${encodeURIComponent(region)}`);
export const useRegionSchemes = (region: string) =>
  useQuery({ queryKey: ['urgency', 'region', region], queryFn: () => getRegionSchemes(region) });
