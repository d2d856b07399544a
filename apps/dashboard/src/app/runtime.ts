import type { QueryClient } from '@tanstack/react-query';
import { ApiClient } from '../modules/api/api-client';
import { createQueryClient } from '../modules/api/query-client';
import { SessionStore } from '../modules/auth/session-store';
import { LiveConnection } from '../modules/live/live-connection';
import { removeMentionFromCaches } from '../modules/mentions/api/mention-queries';
import { statsKeys } from '../modules/stats/api/stats-queries';

/** Everything a browser tab holds outside React: one of each. */
export interface LytRuntime {
  session: SessionStore;
  api: ApiClient;
  queryClient: QueryClient;
  live: LiveConnection;
}

/**
 * Wires the tab together: the token store feeds the api client and the live
 * socket; a refused token ends the session; a hidden mention leaves every
 * cached list and the statistics are read again; a new token starts afresh.
 */
export function createRuntime({
  baseUrl = '',
}: { baseUrl?: string } = {}): LytRuntime {
  const session = new SessionStore();
  const queryClient = createQueryClient();
  const api = new ApiClient({
    baseUrl,
    token: session.token,
    onUnauthorized: () => session.signOut('rejected'),
  });
  const live = new LiveConnection({
    url: baseUrl,
    token: session.token,
    onUnauthorized: () => session.signOut('rejected'),
    onHidden: (id) => {
      void removeMentionFromCaches(queryClient, id);
      void queryClient.invalidateQueries({ queryKey: statsKeys.all });
    },
  });

  let token = session.token();
  session.subscribe(() => {
    if (session.token() === token) return;
    token = session.token();
    // Nothing read with one token is shown under another.
    live.reset();
    queryClient.clear();
  });
  return { session, api, queryClient, live };
}
