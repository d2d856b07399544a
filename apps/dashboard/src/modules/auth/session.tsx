import {
  createContext,
  ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Role, Session } from '@lyt/contracts';
import { useLanguage } from '../../i18n/language';
import { ApiError, apiRequest } from '../api/api-client';
import { TokenPrompt } from './components/TokenPrompt';
import { forgetToken, readToken, storeToken } from './token-storage';

interface SessionContextValue {
  token: string;
  role: Role;
  signOut(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

type SessionState =
  | { status: 'checking'; token: string }
  | { status: 'signed-in'; token: string; role: Role }
  | { status: 'signed-out'; rejected: boolean }
  | { status: 'unreachable'; token: string };

type SessionProviderProps = { children: ReactNode };

/** Checks the stored token with `/api/me`; without a valid one, asks for it. */
export function SessionProvider({ children }: SessionProviderProps) {
  const { t } = useLanguage();
  const [state, setState] = useState<SessionState>(() => {
    const token = readToken();
    return token
      ? { status: 'checking', token }
      : { status: 'signed-out', rejected: false };
  });

  const checkingToken = state.status === 'checking' ? state.token : null;
  useEffect(() => {
    if (!checkingToken) return;
    let cancelled = false;
    apiRequest<Session>(checkingToken, '/me').then(
      (session) =>
        !cancelled &&
        setState({
          status: 'signed-in',
          token: checkingToken,
          role: session.role,
        }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) {
          forgetToken();
          setState({ status: 'signed-out', rejected: true });
        } else {
          setState({ status: 'unreachable', token: checkingToken });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [checkingToken]);

  const signIn = useCallback((token: string) => {
    storeToken(token);
    setState({ status: 'checking', token });
  }, []);

  const signOut = useCallback(() => {
    forgetToken();
    setState({ status: 'signed-out', rejected: false });
  }, []);

  const value = useMemo(
    () =>
      state.status === 'signed-in'
        ? { token: state.token, role: state.role, signOut }
        : null,
    [state, signOut],
  );

  switch (state.status) {
    case 'signed-out':
      return <TokenPrompt rejected={state.rejected} onSubmit={signIn} />;
    case 'checking':
      return <p className="status-line">{t('loading')}</p>;
    case 'unreachable':
      return (
        <p className="status-line" role="alert">
          {t('error.unreachable')}{' '}
          <button
            type="button"
            onClick={() => setState({ status: 'checking', token: state.token })}
          >
            ↻
          </button>
        </p>
      );
    case 'signed-in':
      return (
        <SessionContext.Provider value={value}>
          {children}
        </SessionContext.Provider>
      );
  }
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a signed-in SessionProvider');
  return value;
}
