import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './problem';

/** Retries network and server errors, never answers the server gave on purpose (4xx). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && !(isApiError(error) && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}
