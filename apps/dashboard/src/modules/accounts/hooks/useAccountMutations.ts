import type {
  Account,
  AccountRole,
  AmbassadorSettings,
  Goal,
  GoalMetric,
  GoalPeriod,
} from '@lyt/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { mentionKeys } from '../../mentions/api/mention-queries';
import { sourceKeys } from '../../sources/api/source-queries';
import { statsKeys } from '../../stats/api/stats-queries';
import { accountKeys } from '../api/account-queries';

export type NewAccount = ({ handle: string } | { url: string }) & {
  role: AccountRole;
  name?: string;
};

export type NewGoal = {
  name: string;
  metric: GoalMetric;
  target: number;
  accountId?: string;
  hashtag?: string;
  period?: GoalPeriod;
  deadline?: string;
};

/** An account brings a source, and with it items, mentions and statistics: all are fetched anew. */
function useInvalidateAccounts(withSources: boolean) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: accountKeys.all }),
      ...(withSources
        ? [
            queryClient.invalidateQueries({ queryKey: sourceKeys.all }),
            queryClient.invalidateQueries({ queryKey: mentionKeys.all }),
            queryClient.invalidateQueries({ queryKey: statsKeys.all }),
          ]
        : []),
    ]);
}

const path = (id: string) => `/accounts/${encodeURIComponent(id)}`;

export function useAddAccount() {
  const api = useApiClient();
  const invalidate = useInvalidateAccounts(true);
  return useMutation({
    mutationFn: (account: NewAccount) =>
      api.post<Account>('/accounts', account),
    onSuccess: invalidate,
  });
}

/** A new role or name; a role moves the account between the comparison and the ranking. */
export function useChangeAccount() {
  const api = useApiClient();
  const invalidate = useInvalidateAccounts(false);
  return useMutation({
    mutationFn: ({
      id,
      ...changes
    }: {
      id: string;
      role?: AccountRole;
      name?: string;
    }) => api.patch<Account>(path(id), changes),
    onSuccess: invalidate,
  });
}

export function useRemoveAccount() {
  const api = useApiClient();
  const invalidate = useInvalidateAccounts(true);
  return useMutation({
    mutationFn: (id: string) => api.delete(path(id)),
    onSuccess: invalidate,
  });
}

export function useAddGoal() {
  const api = useApiClient();
  const invalidate = useInvalidateAccounts(false);
  return useMutation({
    mutationFn: (goal: NewGoal) => api.post<Goal>('/goals', goal),
    onSuccess: invalidate,
  });
}

export function useChangeGoal() {
  const api = useApiClient();
  const invalidate = useInvalidateAccounts(false);
  return useMutation({
    mutationFn: ({
      id,
      ...changes
    }: {
      id: string;
      name?: string;
      target?: number;
      deadline?: string;
    }) => api.patch<Goal>(`/goals/${encodeURIComponent(id)}`, changes),
    onSuccess: invalidate,
  });
}

export function useRemoveGoal() {
  const api = useApiClient();
  const invalidate = useInvalidateAccounts(false);
  return useMutation({
    mutationFn: (id: string) => api.delete(`/goals/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}

export function useSaveAmbassadorSettings() {
  const api = useApiClient();
  const invalidate = useInvalidateAccounts(false);
  return useMutation({
    mutationFn: (settings: AmbassadorSettings) =>
      api.put<AmbassadorSettings>('/accounts/ambassador-settings', settings),
    onSuccess: invalidate,
  });
}
