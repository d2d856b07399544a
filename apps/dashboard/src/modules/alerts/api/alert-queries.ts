import type {
  AlertChannelOptions,
  AlertDelivery,
  AlertRule,
} from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const alertKeys = {
  all: ['alerts'] as const,
  list: () => [...alertKeys.all, 'list'] as const,
  deliveries: (id: string) => [...alertKeys.all, 'deliveries', id] as const,
  channels: () => [...alertKeys.all, 'channels'] as const,
};

/** Every rule with its newest delivery; deliveries change by themselves (the worker), so it is fetched again often. */
export function alertRuleListQuery(api: ApiClient) {
  return queryOptions({
    queryKey: alertKeys.list(),
    queryFn: ({ signal }) => api.get<AlertRule[]>('/alert-rules', { signal }),
    refetchInterval: 15_000,
  });
}

/** A rule's recent messages, newest first, while someone looks at them: retries move on their own. */
export function alertDeliveriesQuery(api: ApiClient, ruleId: string) {
  return queryOptions({
    queryKey: alertKeys.deliveries(ruleId),
    queryFn: ({ signal }) =>
      api.get<AlertDelivery[]>(
        `/alert-rules/${encodeURIComponent(ruleId)}/deliveries`,
        { signal },
      ),
    refetchInterval: 5_000,
  });
}

/** Whether e-mail works on this server; it changes only with a restart. */
export function alertChannelsQuery(api: ApiClient) {
  return queryOptions({
    queryKey: alertKeys.channels(),
    queryFn: ({ signal }) =>
      api.get<AlertChannelOptions>('/alert-channels', { signal }),
    staleTime: 5 * 60_000,
  });
}
