import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApiClient } from '../../api/ApiClientProvider';
import {
  type MentionListFilter,
  mentionListQuery,
} from '../api/mention-queries';

/** The mentions a filter selects, newest first; `fetchNextPage()` loads the next page. */
export function useMentions(filter: MentionListFilter) {
  const api = useApiClient();
  const query = useInfiniteQuery(mentionListQuery(api, filter));
  const mentions = useMemo(
    () => query.data?.pages.flatMap((page) => page.items) ?? [],
    [query.data],
  );
  return { ...query, mentions };
}
