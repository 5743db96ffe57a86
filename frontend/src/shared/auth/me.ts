import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api/client';
import type { Ref } from '../api/types';

export type Role = 'PLATFORM_ADMIN' | 'REGION_PROGRAMME_MANAGER' | 'MUNICIPALITY_OFFICER' | 'PROVINCE_ANALYST';

/** GET /api/me */
export interface Me {
  username: string;
  displayName: string;
  role: Role;
  region: Ref | null;
  municipality: Ref | null;
  province: Ref | null;
}

export const getMe = () => apiFetch<Me>('/api/me');

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['me'], queryFn: getMe, staleTime: 5 * 60 * 1000 });

export const useMe = () => useQuery(meQueryOptions());
