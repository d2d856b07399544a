import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLiveConnection } from '../../live/LiveProvider';
import { statsKeys } from '../../stats/api/stats-queries';

/**
 * While `enabled` (a period that runs up to now), the statistics of the
 * current period are read again when new mentions arrive live: at most once
 * per `everyMs`, so a flood costs one refresh, not one per mention. The
 * periods before are left alone: new mentions do not change them.
 */
export function useStatsFollowLive(enabled: boolean, everyMs = 10_000): void {
  const connection = useLiveConnection();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    const view = connection.view({}, 1);
    // Joining, the view is handed the mentions the tab has seen already: those change nothing.
    let seen = connection.recent()[0]?.id;
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      timer = undefined;
      last = Date.now();
      void queryClient.invalidateQueries({
        queryKey: statsKeys.all,
        predicate: (query) => {
          const options = query.queryKey[query.queryKey.length - 1];
          return !(
            typeof options === 'object' &&
            options !== null &&
            'previous' in options &&
            options.previous
          );
        },
      });
    };
    const unsubscribe = view.subscribe(() => {
      const newest = view.getSnapshot()[0]?.id;
      if (newest === seen) return;
      seen = newest;
      if (timer) return;
      timer = setTimeout(refresh, Math.max(0, last + everyMs - Date.now()));
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [connection, queryClient, enabled, everyMs]);
}
