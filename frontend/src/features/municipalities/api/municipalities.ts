import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Inhabitants, Ref } from '../../../shared/api/types';

export interface Membership {
  region: Ref;
  subregion: Ref | null;
  validFrom: string;
  validTo: string | null;
  confirmed: boolean;
  note: string | null;
}

/** GET /api/municipalities/{code} */
export interface Municipality {
  code: string;
  name: string;
  province: Ref;
  note?: string | null;
  inhabitants: Inhabitants | null;
  memberships: Membership[];
}

export const getMunicipality = (code: string) =>
  apiFetch<Municipality>(`/api/municipalities/${encodeURIComponent(code)}`);

export const municipalityQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['municipalities', code], queryFn: () => getMunicipality(code) });

export const useMunicipality = (code: string) => useQuery(municipalityQueryOptions(code));
