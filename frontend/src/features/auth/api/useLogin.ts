import { useMutation, useQueryClient } from '@tanstack/react-query';
import { login, type LoginBody } from '../../../shared/auth/authApi';

export type Credentials = LoginBody;

/** Signs in (the server sets the session's cookies) and drops anything cached for a previous user. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, password, code }: Credentials) => login(username, password, code ?? undefined),
    onSuccess: () => queryClient.clear(),
  });
}
