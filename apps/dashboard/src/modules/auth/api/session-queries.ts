import type { Session } from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

export const sessionKeys = { me: ['session', 'me'] as const };

/** Who the token belongs to. Cached for the session: the cache is cleared whenever the token changes. */
export function meQuery(api: ApiClient) {
  return queryOptions({
    queryKey: sessionKeys.me,
    queryFn: ({ signal }) => api.get<Session>('/me', { signal }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
