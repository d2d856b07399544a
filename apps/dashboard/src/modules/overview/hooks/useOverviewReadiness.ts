import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { summaryQuery } from '../../stats/api/stats-queries';

/**
 * How far Lyt is set up: no topic yet, no source yet, sources but not one
 * mention so far (still collecting), or ready to read. All time, not the period.
 */
export type OverviewReadiness =
  'loading' | 'no-topic' | 'no-source' | 'collecting' | 'ready';

export function useOverviewReadiness(): {
  readiness: OverviewReadiness;
  items: number;
} {
  const summary = useQuery({
    ...summaryQuery(useApiClient(), 'all-time'),
    // While setting up, look again often: the page turns into the overview by itself.
    refetchInterval: (query) =>
      (query.state.data?.mentions ?? 0) === 0 ? 5_000 : false,
  });
  const data = summary.data;
  if (!data)
    return { readiness: summary.isError ? 'ready' : 'loading', items: 0 };
  const readiness: OverviewReadiness =
    data.topics === 0
      ? 'no-topic'
      : data.sources === 0
        ? 'no-source'
        : data.mentions === 0
          ? 'collecting'
          : 'ready';
  return { readiness, items: data.items };
}
