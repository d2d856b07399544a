import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { listFilter, statsQuery } from '../../stats/api/stats-queries';
import type { PeriodSelection } from '../../stats/period';
import { type Outage, outagesOf } from '../blind-spots';

const NONE: Outage[] = [];

/** Where sources (of the list, if one) failed in the period, newest first (none until known). */
export function useBlindSpots(
  period: PeriodSelection,
  list: string | null,
): {
  outages: readonly Outage[];
  error: unknown;
} {
  const query = useQuery(
    statsQuery(useApiClient(), 'blind-spots', period, listFilter(list)),
  );
  const outages = useMemo(
    () => (query.data ? outagesOf(query.data) : NONE),
    [query.data],
  );
  return { outages, error: query.error };
}
