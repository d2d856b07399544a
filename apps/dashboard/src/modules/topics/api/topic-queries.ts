import type { Topic } from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const topicKeys = {
  all: ['topics'] as const,
  list: () => [...topicKeys.all, 'list'] as const,
  detail: (id: string) => [...topicKeys.all, 'detail', id] as const,
};

export function topicListQuery(api: ApiClient) {
  return queryOptions({
    queryKey: topicKeys.list(),
    queryFn: ({ signal }) => api.get<Topic[]>('/topics', { signal }),
  });
}
