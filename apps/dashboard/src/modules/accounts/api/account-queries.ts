import type {
  Account,
  AccountComparison,
  AmbassadorSettings,
  AmbassadorStats,
  Goal,
  InterestList,
} from '@lyt/contracts';
import { queryOptions } from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';
import { type PeriodSelection, resolvePeriod } from '../../stats/period';

/** Keys hold the period as chosen, as the statistics' do: one entry per selection, resolved at each fetch. */
export const accountKeys = {
  all: ['accounts'] as const,
  list: (period: PeriodSelection) =>
    [...accountKeys.all, 'list', period] as const,
  comparison: (period: PeriodSelection) =>
    [...accountKeys.all, 'comparison', period] as const,
  ambassadors: (period: PeriodSelection) =>
    [...accountKeys.all, 'ambassadors', period] as const,
  settings: () => [...accountKeys.all, 'ambassador-settings'] as const,
  goals: () => [...accountKeys.all, 'goals'] as const,
  lists: () => [...accountKeys.all, 'lists'] as const,
};

const range = (period: PeriodSelection) => {
  const { from, to } = resolvePeriod(period, new Date());
  return { from: from.toISOString(), to: to.toISOString() };
};

/** Accounts gain followers and posts while the page is open: fetched again every minute. */
export function accountListQuery(api: ApiClient, period: PeriodSelection) {
  return queryOptions({
    queryKey: accountKeys.list(period),
    queryFn: ({ signal }) =>
      api.get<Account[]>('/accounts', { query: range(period), signal }),
    refetchInterval: 60_000,
  });
}

export function comparisonQuery(api: ApiClient, period: PeriodSelection) {
  return queryOptions({
    queryKey: accountKeys.comparison(period),
    queryFn: ({ signal }) =>
      api.get<AccountComparison>('/accounts/comparison', {
        query: range(period),
        signal,
      }),
    refetchInterval: 60_000,
  });
}

export function ambassadorsQuery(api: ApiClient, period: PeriodSelection) {
  return queryOptions({
    queryKey: accountKeys.ambassadors(period),
    queryFn: ({ signal }) =>
      api.get<AmbassadorStats>('/accounts/ambassadors', {
        query: range(period),
        signal,
      }),
    refetchInterval: 60_000,
  });
}

export function ambassadorSettingsQuery(api: ApiClient) {
  return queryOptions({
    queryKey: accountKeys.settings(),
    queryFn: ({ signal }) =>
      api.get<AmbassadorSettings>('/accounts/ambassador-settings', { signal }),
  });
}

/** Goals measure now: their own windows, not the page's period. */
export function goalsQuery(api: ApiClient) {
  return queryOptions({
    queryKey: accountKeys.goals(),
    queryFn: ({ signal }) => api.get<Goal[]>('/goals', { signal }),
    refetchInterval: 60_000,
  });
}

export function interestListsQuery(api: ApiClient) {
  return queryOptions({
    queryKey: accountKeys.lists(),
    queryFn: ({ signal }) => api.get<InterestList[]>('/lists', { signal }),
  });
}
