import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import { healthKeys, healthQuery } from '../../health/api/health-queries';
import { useLiveStatus } from '../../live/hooks/useLiveStatus';

/** The build this page runs, stamped by `vite build`; undefined under the dev server and in tests. */
export const PAGE_BUILD: string | undefined = import.meta.env.LYT_BUILD;

const RELOADED_KEY = 'lyt.screen.reloadedFor';
/** Once a build has been reloaded for, not again within this time: a server that answers another build than it serves must not make a wall flicker. */
const RELOAD_GUARD_MS = 10 * 60_000;

/** Whether a page running `page` should reload for a server serving `server`. */
export function shouldReload(
  page: string | undefined,
  server: string | null | undefined,
  lastReload: { build: string; at: number } | null,
  now: number,
): boolean {
  if (!page || !server || page === server) return false;
  return !(
    lastReload &&
    lastReload.build === server &&
    now - lastReload.at < RELOAD_GUARD_MS
  );
}

function lastReload(): { build: string; at: number } | null {
  try {
    const stored = JSON.parse(
      sessionStorage.getItem(RELOADED_KEY) ?? 'null',
    ) as {
      build?: unknown;
      at?: unknown;
    } | null;
    return typeof stored?.build === 'string' && typeof stored.at === 'number'
      ? { build: stored.build, at: stored.at }
      : null;
  } catch {
    return null;
  }
}

/**
 * A screen left running for days reloads itself when a new version of Lyt is
 * deployed: the server tells the build it serves (`GET /api/health`), asked
 * every 15 s and again whenever the live connection comes back (a deploy
 * restarts the api, so sockets reconnect).
 */
export function useReloadOnNewBuild(
  reload: () => void = () => window.location.reload(),
): void {
  const api = useApiClient();
  const queryClient = useQueryClient();
  const health = useQuery(healthQuery(api));
  const { status } = useLiveStatus();
  const server = health.data?.build;

  useEffect(() => {
    if (status === 'live')
      void queryClient.invalidateQueries({ queryKey: healthKeys.all });
  }, [status, queryClient]);

  useEffect(() => {
    if (!shouldReload(PAGE_BUILD, server, lastReload(), Date.now())) return;
    sessionStorage.setItem(
      RELOADED_KEY,
      JSON.stringify({ build: server, at: Date.now() }),
    );
    reload();
  }, [server, reload]);
}
