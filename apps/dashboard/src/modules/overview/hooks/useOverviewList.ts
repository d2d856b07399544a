import type { InterestList } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { interestListsQuery } from '../../accounts/api/account-queries';
import { useApiClient } from '../../api/ApiClientProvider';
import { readOverviewList, writeOverviewList } from '../overview-list';

/**
 * The interest list the overview's figures count, from the URL, and a way to
 * choose another that keeps history. A list that no longer exists counts as
 * none (every source) rather than failing every chart.
 */
export function useOverviewList(): {
  list: string | null;
  lists: InterestList[];
  setList(next: string | null): void;
} {
  const [search, setSearch] = useSearchParams();
  const lists = useQuery(interestListsQuery(useApiClient()));
  const asked = readOverviewList(search);
  const list =
    asked && lists.data && !lists.data.some((entry) => entry.id === asked)
      ? null
      : asked;
  const setList = useCallback(
    (next: string | null) =>
      setSearch((current) => writeOverviewList(current, next)),
    [setSearch],
  );
  return { list, lists: lists.data ?? [], setList };
}
