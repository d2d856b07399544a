import { useEffect, useState } from 'react';
import { useSession } from '../../auth/session';
import { ApiError, apiRequest } from '../api-client';

export type ApiState<T> =
  | { status: 'loading' }
  | { status: 'ok'; data: T }
  | { status: 'error'; message: string };

/** Loads `path` once per change of path or token; a 401 signs the browser out. */
export function useApi<T>(path: string): ApiState<T> {
  const { token, signOut } = useSession();
  const [state, setState] = useState<ApiState<T>>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    apiRequest<T>(token, path).then(
      (data) => !cancelled && setState({ status: 'ok', data }),
      (error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) signOut();
        else
          setState({
            status: 'error',
            message: error instanceof Error ? error.message : String(error),
          });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [path, token, signOut]);

  return state;
}
