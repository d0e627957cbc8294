// The one client cache of the web app (TanStack Query). Every screen that shows server data reads
// it through a query; a change invalidates the queries it affects (see api/caseQueries.ts).
import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './client.ts';

/** A refusal (4xx) will not change on a second try; only network failures and 5xx are retried, once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 1;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Data is shown from the cache at once and refetched in the background when a part opens
        // again or the window regains focus (someone else may have worked on the case meanwhile).
        staleTime: 0,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
