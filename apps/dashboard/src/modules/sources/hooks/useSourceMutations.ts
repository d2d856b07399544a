import type { Source } from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { mentionKeys } from '../../mentions/api/mention-queries';
import { statsKeys } from '../../stats/api/stats-queries';
import { sourceKeys } from '../api/source-queries';

export type NewSource =
  | { url: string; name?: string; intervalSeconds?: number }
  | {
      template: string;
      params: Record<string, string>;
      name?: string;
      intervalSeconds?: number;
    };

export type SourceChange = Partial<
  Pick<Source, 'name' | 'intervalSeconds' | 'enabled'>
>;

/** Sources feed mentions and statistics: after any change all three are fetched anew. */
function useInvalidateAfterSource() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sourceKeys.all }),
      queryClient.invalidateQueries({ queryKey: mentionKeys.all }),
      queryClient.invalidateQueries({ queryKey: statsKeys.all }),
    ]);
}

const path = (id: string) => `/sources/${encodeURIComponent(id)}`;

export function useAddSource() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterSource();
  return useMutation({
    mutationFn: (source: NewSource) => api.post<Source>('/sources', source),
    onSuccess: invalidate,
  });
}

export function useChangeSource() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterSource();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: SourceChange }) =>
      api.patch<Source>(path(id), change),
    onSuccess: invalidate,
  });
}

export function usePollSource() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterSource();
  return useMutation({
    mutationFn: (id: string) => api.post<Source>(`${path(id)}/poll`),
    onSuccess: invalidate,
  });
}

export function useDeleteSource() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterSource();
  return useMutation({
    mutationFn: (id: string) => api.delete(path(id)),
    onSuccess: invalidate,
  });
}
