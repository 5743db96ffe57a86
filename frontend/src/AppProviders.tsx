import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { sessionState } from './shared/auth/sessionState';

/** Providers shared by the app and the tests. */
export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // When the session ends (logout or a failed refresh) nothing of the previous user may linger.
  useEffect(
    () =>
      sessionState.subscribe(() => {
        if (!sessionState.isAuthenticated()) queryClient.clear();
      }),
    [queryClient],
  );
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
