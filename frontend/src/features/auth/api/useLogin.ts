import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login } from '../../../shared/auth/authApi';

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in and drops anything cached for a previous user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password }: Credentials) => login(username, password),
    onSuccess: () => queryClient.clear(),
  });
}
