import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

export type NotificationView = Schemas['NotificationServiceNotificationView'];
export type NotificationPage = Schemas['NotificationServiceNotificationPage'];
export type UnreadCount = Schemas['NotificationServiceUnreadCount'];

export const notificationsKey = ['me', 'notifications'] as const;
const unreadKey = [...notificationsKey, 'unread'] as const;
export const PAGE_SIZE = 25;

/**
 * GET /api/v1/me/notifications/unread-count for the bell: modest polling (every minute, and when the window
 * gets focus again), never retried hard, since a missed count is harmless.
 */
export function useUnreadCount() {
  return useQuery({
    queryKey: unreadKey,
    queryFn: () => apiFetch<UnreadCount>('/api/v1/me/notifications/unread-count'),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    retry: false,
  });
}

/** GET /api/v1/me/notifications: one page, newest first, with the totals. */
export function useMyNotifications(page: number) {
  return useQuery({
    queryKey: [...notificationsKey, 'page', page],
    queryFn: () => apiFetch<NotificationPage>(`/api/v1/me/notifications?page=${page}&size=${PAGE_SIZE}`),
  });
}

/** Marking read changes the list and the bell: both are fetched again. */
function useRefreshAfter<T>(mutationFn: (arg: T) => Promise<UnreadCount>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (count) => {
      client.setQueryData(unreadKey, count);
      void client.invalidateQueries({ queryKey: notificationsKey });
    },
  });
}

/** POST /api/v1/me/notifications/{id}/read */
export function useMarkRead() {
  return useRefreshAfter((id: number) => apiFetch<UnreadCount>(`/api/v1/me/notifications/${id}/read`, { method: 'POST' }));
}

/** POST /api/v1/me/notifications/read-all */
export function useMarkAllRead() {
  return useRefreshAfter<undefined>(() => apiFetch<UnreadCount>('/api/v1/me/notifications/read-all', { method: 'POST' }));
}
