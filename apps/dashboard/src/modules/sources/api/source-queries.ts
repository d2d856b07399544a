import type { Source, SourceTemplateView } from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const sourceKeys = {
  all: ['sources'] as const,
  list: () => [...sourceKeys.all, 'list'] as const,
  detail: (id: string) => [...sourceKeys.all, 'detail', id] as const,
  templates: () => [...sourceKeys.all, 'templates'] as const,
};

/**
 * Every source with its health; health changes with every poll, so it is
 * fetched again often, and every two seconds while a poll is due (a source
 * just added or resumed is polled at once), so its first outcome shows soon.
 */
export function sourceListQuery(api: ApiClient) {
  return queryOptions({
    queryKey: sourceKeys.list(),
    queryFn: ({ signal }) => api.get<Source[]>('/sources', { signal }),
    refetchInterval: (query) =>
      query.state.data?.some(
        (source) =>
          source.enabled &&
          (!source.health.lastPolledAt ||
            (source.health.nextPollAt !== null &&
              Date.parse(source.health.nextPollAt) <= Date.now())),
      )
        ? 2_000
        : 15_000,
  });
}

export function sourceTemplatesQuery(api: ApiClient) {
  return queryOptions({
    queryKey: sourceKeys.templates(),
    queryFn: ({ signal }) =>
      api.get<SourceTemplateView[]>('/source-templates', { signal }),
    staleTime: Infinity,
  });
}
