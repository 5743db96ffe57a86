import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { tokenStore } from './shared/auth/tokenStore';

/** Providers shared by the app and the tests. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // When the session ends (logout or a failed refresh) nothing of the previous user may linger.
  useEffect(
    () =>
      tokenStore.subscribe(() => {
        if (!tokenStore.isAuthenticated()) queryClient.clear();
      }),
    [queryClient],
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
