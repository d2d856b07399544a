import type { Role } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from 'react';
import { useMessages } from '../../i18n/messages';
import { ApiError } from '../api/api-client';
import { useApiClient } from '../api/ApiClientProvider';
import { useLiveConnection } from '../live/LiveProvider';
import { Button, Spinner } from '../ui';
import { meQuery } from './api/session-queries';
import { authMessages } from './auth.messages';
import { TokenPrompt } from './components/TokenPrompt';
import type { SessionStore, SignedOutReason } from './session-store';

interface SessionValue {
  role: Role;
  isAdmin: boolean;
  signOut(): void;
}

const SessionContext = createContext<SessionValue | null>(null);

export type SessionGateProps = {
  store: SessionStore;
  children: ReactNode;
  /** What shows without a session; the token form by default. */
  signedOut?: (reason: SignedOutReason) => ReactNode;
};

/**
 * Lets the app in once the server accepts the token (`GET /api/me`), then
 * opens the live connection. Without a token it asks for one; while Lyt
 * cannot be reached it says so and keeps trying.
 */
export function SessionGate({ store, children, signedOut }: SessionGateProps) {
  const t = useMessages(authMessages);
  const api = useApiClient();
  const live = useLiveConnection();
  const { token, reason } = useSyncExternalStore(store.subscribe, store.get);
  const me = useQuery({
    ...meQuery(api),
    enabled: token !== null,
    // Unreachable: keep knocking, slowly, so a restarted server lets the page in by itself.
    refetchInterval: (query) =>
      query.state.error instanceof ApiError && query.state.error.transient
        ? 5_000
        : false,
  });
  const role = me.data?.role;

  useEffect(() => {
    if (role) live.connect();
  }, [role, live]);

  const value = useMemo(
    () =>
      role
        ? {
            role,
            isAdmin: role === 'admin',
            signOut: () => store.signOut('signed-out'),
          }
        : null,
    [role, store],
  );

  if (token === null)
    return signedOut ? (
      signedOut(reason)
    ) : (
      <TokenPrompt reason={reason} onSubmit={(next) => store.signIn(next)} />
    );
  if (value)
    return (
      <SessionContext.Provider value={value}>
        {children}
      </SessionContext.Provider>
    );
  if (
    me.isError &&
    !(me.error instanceof ApiError && me.error.status === 401)
  ) {
    return (
      <main className="gate" role="alert">
        <p className="gate__title">{t('unreachable')}</p>
        <p className="gate__text">{t('unreachableHint')}</p>
        <Button icon="refresh" onClick={() => void me.refetch()}>
          {t('retry')}
        </Button>
      </main>
    );
  }
  return (
    <main className="gate" aria-busy="true">
      <Spinner size={24} label={t('checking')} />
    </main>
  );
}

/** The signed-in role; only inside SessionGate. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionGate');
  return value;
}
