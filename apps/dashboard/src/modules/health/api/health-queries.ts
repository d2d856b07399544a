import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const healthKeys = { all: ['health'] as const };

/** The server's health; a 503 "database down" is data here, so the page can say so. */
export function healthQuery(api: ApiClient) {
  return queryOptions({
    queryKey: healthKeys.all,
    queryFn: ({ signal }) => api.health(signal),
    refetchInterval: 15_000,
    staleTime: 5_000,
  });
}
