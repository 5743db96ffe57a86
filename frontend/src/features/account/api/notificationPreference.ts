import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

export type MailPreference = Schemas['MailPreference'];
type Preference = Schemas['NotificationServicePreference'];

const preferenceKey = ['me', 'notification-preference'] as const;

/** GET /api/v1/me/notification-preference: how the person gets its notifications by mail. */
export function useMailPreference() {
  return useQuery({ queryKey: preferenceKey, queryFn: () => apiFetch<Preference>('/api/v1/me/notification-preference') });
}

/** PUT /api/v1/me/notification-preference */
export function useSetMailPreference() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (mail: MailPreference) =>
      apiFetch<Preference>('/api/v1/me/notification-preference', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ mail }),
      }),
    onSuccess: (saved) => client.setQueryData(preferenceKey, saved),
  });
}
