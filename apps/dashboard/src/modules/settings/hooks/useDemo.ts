import type { DemoRemoval, DemoStatus } from '@lyt/contracts';
import {
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';
import { useApiClient } from '../../api/ApiClientProvider';

export const demoKeys = { status: ['demo'] as const };

export function demoStatusQuery(api: ApiClient) {
  return queryOptions({
    queryKey: demoKeys.status,
    queryFn: ({ signal }) => api.get<DemoStatus>('/demo', { signal }),
  });
}

export function useDemoStatus() {
  return useQuery(demoStatusQuery(useApiClient()));
}

/** Removes the demo for good; topics, sources, mentions and statistics all change, so every query is asked again. */
export function useRemoveDemo() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<DemoRemoval>('/demo'),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
