import { useSyncExternalStore } from 'react';
import type { LiveState } from '../live-connection';
import { useLiveConnection } from '../LiveProvider';

/** The live connection's state: connecting, live, reconnecting, offline or unauthorized. */
export function useLiveStatus(): LiveState {
  const connection = useLiveConnection();
  return useSyncExternalStore(connection.subscribeState, connection.getState);
}
