import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../api/client';
import type { Schemas } from '../api/types';

export type Role = Schemas['Role'];

/** GET /api/v1/me */
export type Me = Schemas['MeControllerMeResponse'];

export const getMe = () => apiFetch<Me>('/api/v1/me');

export const meQueryOptions = () =>
  queryOptions({ queryKey: ['me'], queryFn: getMe, staleTime: 5 * 60 * 1000 });

export const useMe = () => useQuery(meQueryOptions());
