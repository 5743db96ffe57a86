import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../../../shared/api/types';
import { login } from '../../../shared/auth/authApi';

export type Credentials = Schemas['LoginRequest'];

/** Signs in and drops anything cached for a previous user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: Credentials) => login(username, password),
    onSuccess: () => queryClient.clear(),
  });
}
