import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Inhabitants, Refine, Schemas } from '../../../shared/api/types';

export type Membership = Schemas['RegionViewsMembership'];

/** GET /api/v1/municipalities/{code} */
export type Municipality = Refine<Schemas['RegionViewsMunicipality'], { inhabitants: Inhabitants | null }>;

export const getMunicipality = (code: string) =>
  apiFetch<Municipality>(`/api/v1/municipalities/${encodeURIComponent(code)}`);

export const municipalityQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['municipalities', code], queryFn: () => getMunicipality(code) });

export const useMunicipality = (code: string) => useQuery(municipalityQueryOptions(code));
