import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

export type SecondFactorStatus = Schemas['SecondFactorViewsStatus'];
export type Enrolment = Schemas['SecondFactorViewsEnrolment'];
export type RecoveryCodes = Schemas['SecondFactorViewsRecoveryCodes'];

export const secondFactorKey = ['me', 'second-factor'] as const;

const json = (code: string): RequestInit => ({
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ code }),
});

/** GET /api/v1/me/second-factor: on or off, recovery codes left, what the organisation requires. */
export function useSecondFactor() {
  return useQuery({ queryKey: secondFactorKey, queryFn: () => apiFetch<SecondFactorStatus>('/api/v1/me/second-factor') });
}

/** POST /api/v1/me/second-factor: a new secret and its otpauth URI, shown once. */
export function useStartSecondFactor() {
  return useMutation({ mutationFn: () => apiFetch<Enrolment>('/api/v1/me/second-factor', { method: 'POST' }) });
}

/** POST /api/v1/me/second-factor/confirm: switches it on with a code of the app; the recovery codes, once. */
export function useConfirmSecondFactor() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiFetch<RecoveryCodes>('/api/v1/me/second-factor/confirm', { method: 'POST', ...json(code) }),
    onSuccess: () => queries.invalidateQueries({ queryKey: secondFactorKey }),
  });
}

/** DELETE /api/v1/me/second-factor: switches it off (a current code). */
export function useDisableSecondFactor() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiFetch<void>('/api/v1/me/second-factor', { method: 'DELETE', ...json(code) }),
    onSuccess: () => queries.invalidateQueries({ queryKey: secondFactorKey }),
  });
}

/** POST /api/v1/me/second-factor/recovery-codes: a new set (a current code); the old ones lapse. */
export function useRenewRecoveryCodes() {
  const queries = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      apiFetch<RecoveryCodes>('/api/v1/me/second-factor/recovery-codes', { method: 'POST', ...json(code) }),
    onSuccess: () => queries.invalidateQueries({ queryKey: secondFactorKey }),
  });
}
