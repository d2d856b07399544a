import type { Mention } from '@lyt/contracts';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { LiveFilter } from '../live-filter';
import { useLiveConnection } from '../LiveProvider';

export type LiveMentionsOptions = {
  /** At most this many, newest first (default 50). */
  limit?: number;
  /** Mentions from the API to start with (a newest-first page); live ones are merged in by id. */
  backfill?: readonly Mention[];
};

/**
 * The newest mentions a filter wants, arriving live over the tab's one
 * connection. Hidden mentions leave at once. Equal filters in any spelling
 * share one view; the component re-renders at most every 50 ms under a flood.
 */
export function useLiveMentions(
  filter: LiveFilter = {},
  { limit = 50, backfill }: LiveMentionsOptions = {},
): readonly Mention[] {
  const connection = useLiveConnection();
  const filterKey = JSON.stringify(filter);
  const view = useMemo(
    () => connection.view(JSON.parse(filterKey) as LiveFilter, limit),
    [connection, filterKey, limit],
  );
  useEffect(() => {
    if (backfill) view.seed(backfill);
  }, [view, backfill]);
  return useSyncExternalStore(view.subscribe, view.getSnapshot);
}
