import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Refine, Schemas } from '../../../shared/api/types';

/** The part of the work an item belongs to; the page groups by it, in this order. */
export const workGroups = ['DEMAND', 'WOONZORGVISIE', 'ALLOCATION', 'URGENCY', 'ADMINISTRATION'] as const;
export type WorkGroup = (typeof workGroups)[number];

export type WorkItem = Refine<Schemas['MyWorkViewsWorkItem'], { group: WorkGroup }>;
export type MyWork = Refine<Schemas['MyWorkViewsMyWork'], { items: WorkItem[] }>;
export type LateAnalysis = Schemas['MyWorkViewsLateAnalysis'];
export type RegionFeed = Schemas['MyWorkViewsRegionFeed'];

export const myWorkKey = ['my-work'] as const;

/** GET /api/v1/my-work: what waits for the person in the active membership, the late analyses, the feed. */
export function useMyWork() {
  return useQuery({ queryKey: myWorkKey, queryFn: () => apiFetch<MyWork>('/api/v1/my-work') });
}

/** POST /api/v1/my-work/seen: the news up to now is seen (204); the list is read again. */
export function useMarkSeen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<void>('/api/v1/my-work/seen', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myWorkKey }),
  });
}

export type Reminders = Schemas['ReminderServiceReminders'];

/**
 * POST /api/v1/regions/{region}/demand-reminders/{year} for one late gemeente ("Herinnering sturen"): the gemeente's
 * people are notified (and mailed); at most once per gemeente per day.
 */
export function useSendReminder() {
  return useMutation({
    mutationFn: (row: LateAnalysis) =>
      apiFetch<Reminders>(`/api/v1/regions/${encodeURIComponent(row.regionCode)}/demand-reminders/${row.year}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ municipalityCode: row.municipalityCode }),
      }),
  });
}
