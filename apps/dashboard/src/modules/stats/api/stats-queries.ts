import type {
  AuthorStats,
  BlindSpotStats,
  HashtagStats,
  SentimentStats,
  ShareOfVoiceStats,
  SourceStats,
  SpikeStats,
  StatsParams,
  SummaryStats,
  VolumeStats,
} from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';
import { type PeriodSelection, resolvePeriod } from '../period';

/** The statistic behind each `/api/stats/<name>` route. */
export interface StatsViews {
  volume: VolumeStats;
  'share-of-voice': ShareOfVoiceStats;
  sentiment: SentimentStats;
  hashtags: HashtagStats;
  authors: AuthorStats;
  sources: SourceStats;
  spikes: SpikeStats;
  'blind-spots': BlindSpotStats;
}
export type StatsView = keyof StatsViews;

/** Parameters besides the period (which the selection gives). */
export type StatsFilter = Omit<StatsParams, 'from' | 'to'>;

/**
 * Keys hold the period as chosen (`{preset: '7d'}`), not as instants: "the
 * last 7 days" is one cache entry that each fetch resolves against the clock
 * of that moment, so a refetch brings the newest figures instead of a new key
 * every second.
 */
export const statsKeys = {
  all: ['stats'] as const,
  summary: (
    period: PeriodSelection | 'all-time',
    previous = false,
    list: string | null = null,
  ) => [...statsKeys.all, 'summary', period, { previous, list }] as const,
  view: <V extends StatsView>(
    view: V,
    period: PeriodSelection,
    filter: StatsFilter = {},
    previous = false,
  ) => [...statsKeys.all, view, period, filter, { previous }] as const,
};

function rangeParams(period: PeriodSelection, previous: boolean) {
  const resolved = resolvePeriod(period, new Date());
  const range = previous ? resolved.previous : resolved;
  return {
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    bucket: resolved.bucket,
  };
}

/**
 * Counts in the period (or the one before it, for comparison); all time with
 * `'all-time'`. With an interest list, its sources' items only.
 */
export function summaryQuery(
  api: ApiClient,
  period: PeriodSelection | 'all-time',
  previous = false,
  list: string | null = null,
) {
  return queryOptions({
    queryKey: statsKeys.summary(period, previous, list),
    queryFn: ({ signal }) => {
      const lists = list ? { list: [list] } : {};
      if (period === 'all-time')
        return api.get<SummaryStats>('/stats/summary', {
          query: lists,
          signal,
        });
      const { from, to } = rangeParams(period, previous);
      return api.get<SummaryStats>('/stats/summary', {
        query: { from, to, ...lists },
        signal,
      });
    },
  });
}

/** The filter of the statistics of one interest list, or of every source. */
export function listFilter(list: string | null): StatsFilter {
  return list ? { list: [list] } : {};
}

/**
 * One statistic for the period, in the bucket the period calls for unless
 * the filter names one. Statistics that take no bucket ignore it.
 */
export function statsQuery<V extends StatsView>(
  api: ApiClient,
  view: V,
  period: PeriodSelection,
  filter: StatsFilter = {},
  previous = false,
) {
  return queryOptions({
    queryKey: statsKeys.view(view, period, filter, previous),
    queryFn: ({ signal }) => {
      const { from, to, bucket } = rangeParams(period, previous);
      const takesBucket =
        view === 'volume' || view === 'share-of-voice' || view === 'spikes';
      return api.get<StatsViews[V]>(`/stats/${view}`, {
        query: { from, to, ...(takesBucket ? { bucket } : {}), ...filter },
        signal,
      });
    },
  });
}
