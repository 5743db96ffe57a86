import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../shared/api/client';
import type { Schemas } from '../../../shared/api/types';

export type SsoOptions = Schemas['SsoControllerSsoOptions'];

/** The identity providers the operator configured (none in the demo), for "Inloggen met uw organisatie". */
export function useSsoProviders() {
  return useQuery({
    queryKey: ['sso-providers'],
    queryFn: () => apiFetch<SsoOptions>('/api/v1/auth/sso'),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}

/** The provider for an address's domain, if exactly one organisation approved that domain. */
export function findSsoProvider(email: string) {
  return apiFetch<SsoOptions>(`/api/v1/auth/sso?email=${encodeURIComponent(email)}`);
}
