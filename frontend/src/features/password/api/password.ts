import { useMutation, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

export type PasswordPolicy = Schemas['PasswordControllerPolicyView'];
export type LinkView = Schemas['LinkControllerLinkView'];
export type LinkPurpose = LinkView['purpose'];

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** Minimum and maximum length, for the hint beside a new password. */
export function usePasswordPolicy() {
  return useQuery({
    queryKey: ['password-policy'],
    queryFn: () => apiFetch<PasswordPolicy>('/api/v1/auth/password-policy'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

const linkPath = (token: string) => `/api/v1/auth/links/${encodeURIComponent(token)}`;

/** Whom a single-use link is for; 410 LINK_INVALID when it cannot be used (any reason). */
export function useLink(token: string) {
  return useQuery({
    queryKey: ['link', token],
    queryFn: () => apiFetch<LinkView>(linkPath(token)),
    enabled: token !== '',
    retry: false,
  });
}

export function useSetPasswordWithLink(token: string) {
  return useMutation({
    mutationFn: (password: string) =>
      apiFetch<void>(`${linkPath(token)}/password`, post({ password } satisfies Schemas['LinkControllerSetPasswordInput'])),
  });
}

/** Always answered 202 by the server, known address or not. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) =>
      apiFetch<void>('/api/v1/auth/password-reset', post({ email } satisfies Schemas['PasswordControllerResetInput'])),
  });
}

export function useChangeMyPassword() {
  return useMutation({
    mutationFn: (body: Schemas['PasswordControllerChangePasswordInput']) => apiFetch<void>('/api/v1/me/password', post(body)),
  });
}
