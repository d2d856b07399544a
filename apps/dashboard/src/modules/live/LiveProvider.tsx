import { createContext, type ReactNode, useContext } from 'react';
import type { LiveConnection } from './live-connection';

const LiveContext = createContext<LiveConnection | null>(null);

export type LiveProviderProps = {
  connection: LiveConnection;
  children: ReactNode;
};

/** Hands the tab's one live connection (made in app/runtime.ts) to the components. */
export function LiveProvider({ connection, children }: LiveProviderProps) {
  return (
    <LiveContext.Provider value={connection}>{children}</LiveContext.Provider>
  );
}

export function useLiveConnection(): LiveConnection {
  const connection = useContext(LiveContext);
  if (!connection) throw new Error('useLiveConnection needs a LiveProvider');
  return connection;
}
