import type { Column } from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const columnKeys = {
  all: ['columns'] as const,
  list: () => [...columnKeys.all, 'list'] as const,
  one: (id: string) => [...columnKeys.all, 'one', id] as const,
};

/** The team's board, left to right. Others may change it: it is read again every half minute. */
export function columnListQuery(api: ApiClient) {
  return queryOptions({
    queryKey: columnKeys.list(),
    queryFn: ({ signal }) => api.get<Column[]>('/columns', { signal }),
    refetchInterval: 30_000,
  });
}

/** One saved column (an info-screen with `?column=` shows it); read again every half minute, as the board is. */
export function columnQuery(api: ApiClient, id: string) {
  return queryOptions({
    queryKey: columnKeys.one(id),
    queryFn: ({ signal }) => api.get<Column>(`/columns/${id}`, { signal }),
    refetchInterval: 30_000,
  });
}
