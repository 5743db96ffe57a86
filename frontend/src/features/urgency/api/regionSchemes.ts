import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

/** GET /api/v1/urgency/regions/{region}: the region's versions as a whole, with what the caller may do (CREATE). */
export type RegionSchemes = Schemas['UrgencyViewsRegionSchemes'];

export const getRegionSchemes = (region: string) => apiFetch<RegionSchemes>(`/api/v1/urgency/regions/${encodeURIComponent(region)}`);
export const useRegionSchemes = (region: string) =>
  useQuery({ queryKey: ['urgency', 'region', region], queryFn: () => getRegionSchemes(region) });
