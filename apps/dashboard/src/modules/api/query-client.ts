import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

const MAX_RETRIES = 2;

/**
 * Try again only where waiting can help (no answer, 502/503/504), and only
 * twice: a down server gets three requests per query, not a stream. A 4xx is
 * final (the request itself is wrong, or access is refused).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError)
    return error.transient && failureCount < MAX_RETRIES;
  return false;
}

/** 1 s, then 2 s, … at most 15 s, with jitter so tabs do not retry in step. */
export function retryDelay(attempt: number): number {
  const base = Math.min(1000 * 2 ** attempt, 15_000);
  return base / 2 + Math.random() * (base / 2);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Leaders leave the overview open and come back to it: fresh figures on return.
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay,
      },
      mutations: { retry: false },
    },
  });
}
