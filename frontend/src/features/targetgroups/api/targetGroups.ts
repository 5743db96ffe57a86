import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Ref, Schemas } from '../../../shared/api/types';

/** An element of GET /api/v1/regions/{region}/target-groups; national: false for a group the region added. */
export type TargetGroup = Schemas['TargetGroupsRegionTargetGroup'];

const base = (region: string) => `/api/v1/regions/${encodeURIComponent(region)}/target-groups`;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export const targetGroupKeys = { region: (region: string) => ['target-groups', region] as const };

export const getTargetGroups = (region: string) => apiFetch<TargetGroup[]>(base(region));

export const targetGroupsQueryOptions = (region: string) =>
  queryOptions({ queryKey: targetGroupKeys.region(region), queryFn: () => getTargetGroups(region) });

export const useTargetGroups = (region: string) => useQuery(targetGroupsQueryOptions(region));

export const addTargetGroup = (region: string, name: string) => apiFetch<TargetGroup>(base(region), json('POST', { name }));

export const setTargetGroupActive = (region: string, group: TargetGroup, active: boolean) =>
  apiFetch<TargetGroup>(`${base(region)}/${encodeURIComponent(group.code)}`, json('PATCH', { active, version: group.version }));

/** The region's name for the heading: GET /api/v1/regions/{code}, of which only code and name are needed here. */
export const useRegionName = (region: string) =>
  useQuery({
    queryKey: ['regions', region],
    queryFn: () => apiFetch<Ref>(`/api/v1/regions/${encodeURIComponent(region)}`),
    select: (data) => data.name,
  });
