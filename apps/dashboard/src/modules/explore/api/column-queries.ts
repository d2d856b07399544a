import type { Column } from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const columnKeys = {
  all: ['columns'] as const,
  list: () => [...columnKeys.all, 'list'] as const,
};

/** The team's board, left to right. Others may change it: it is read again every half minute. */
export function columnListQuery(api: ApiClient) {
  return queryOptions({
    queryKey: columnKeys.list(),
    queryFn: ({ signal }) => api.get<Column[]>('/columns', { signal }),
    refetchInterval: 30_000,
  });
}
