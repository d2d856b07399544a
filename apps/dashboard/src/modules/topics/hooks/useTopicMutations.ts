import type { Topic, TopicKind } from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { mentionKeys } from '../../mentions/api/mention-queries';
import { statsKeys } from '../../stats/api/stats-queries';
import { topicKeys } from '../api/topic-queries';

export interface TopicDraft {
  name: string;
  kind: TopicKind;
  query: string;
  color?: string;
}

/** A topic's change re-matches history: topics, mentions and statistics are all fetched anew. */
function useInvalidateAfterTopic() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: topicKeys.all }),
      queryClient.invalidateQueries({ queryKey: mentionKeys.all }),
      queryClient.invalidateQueries({ queryKey: statsKeys.all }),
    ]);
}

/** Creates a topic, or changes the one with `id`. */
export function useSaveTopic() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterTopic();
  return useMutation({
    mutationFn: ({ id, draft }: { id?: string; draft: TopicDraft }) =>
      id
        ? api.patch<Topic>(`/topics/${encodeURIComponent(id)}`, draft)
        : api.post<Topic>('/topics', draft),
    onSuccess: invalidate,
  });
}

export function useDeleteTopic() {
  const api = useApiClient();
  const invalidate = useInvalidateAfterTopic();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/topics/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}
