import type { Topic, TopicPreview } from '@lyt/contracts';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const topicKeys = {
  all: ['topics'] as const,
  list: () => [...topicKeys.all, 'list'] as const,
  detail: (id: string) => [...topicKeys.all, 'detail', id] as const,
  preview: (query: string) => [...topicKeys.all, 'preview', query] as const,
};

/** While a topic's history is being matched again, the list is asked every second so its progress bar moves. */
export function topicListQuery(api: ApiClient) {
  return queryOptions({
    queryKey: topicKeys.list(),
    queryFn: ({ signal }) => api.get<Topic[]>('/topics', { signal }),
    refetchInterval: (query) =>
      query.state.data?.some((topic) => topic.rematch.status === 'running')
        ? 1_000
        : false,
  });
}

/** The recent items a query would match (admin); the last answer stays while the next is on its way. */
export function topicPreviewQuery(api: ApiClient, query: string) {
  return queryOptions({
    queryKey: topicKeys.preview(query),
    queryFn: ({ signal }) =>
      api.post<TopicPreview>(
        '/topics/preview',
        { query, limit: 20 },
        { signal },
      ),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}
