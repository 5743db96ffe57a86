import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Session } from '../../../shared/components/SessionsTable';

export const mySessionsKey = ['me', 'sessions'] as const;

/** GET /api/v1/me/sessions: the person's own active sessions, the current one marked. */
export function useMySessions() {
  return useQuery({ queryKey: mySessionsKey, queryFn: () => apiFetch<Session[]>('/api/v1/me/sessions') });
}

/** POST /api/v1/me/sessions/revoke-all: ends every session, this one too (204). */
export function useRevokeAllMySessions() {
  return useMutation({ mutationFn: () => apiFetch<void>('/api/v1/me/sessions/revoke-all', { method: 'POST' }) });
}
