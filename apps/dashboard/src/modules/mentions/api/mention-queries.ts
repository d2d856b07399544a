import type { Mention, MentionListParams, MentionPage } from '@lyt/contracts';
import {
  infiniteQueryOptions,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import type { ApiClient } from '../../api/api-client';

/** Filters without the paging: what identifies one list. */
export type MentionListFilter = Omit<MentionListParams, 'cursor'>;

export const mentionKeys = {
  all: ['mentions'] as const,
  /** Every list of mentions, whatever its filter: what `hidden` and moderation touch. */
  lists: () => [...mentionKeys.all, 'list'] as const,
  list: (filter: MentionListFilter) =>
    [...mentionKeys.lists(), filter] as const,
  /** Moderation's list: outside `lists()`, so that hiding a mention does not take it out of here. */
  hidden: () => [...mentionKeys.all, 'hidden'] as const,
};

/** Newest first, page after page over `nextCursor`. */
export function mentionListQuery(api: ApiClient, filter: MentionListFilter) {
  return infiniteQueryOptions({
    queryKey: mentionKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      api.get<MentionPage>('/mentions', {
        query: { ...filter, cursor: pageParam ?? undefined },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** The hidden mentions (admin), newest first, page after page. */
export function hiddenMentionsQuery(api: ApiClient) {
  return infiniteQueryOptions({
    queryKey: mentionKeys.hidden(),
    queryFn: ({ pageParam, signal }) =>
      api.get<MentionPage>('/mentions/hidden', {
        query: { cursor: pageParam ?? undefined, limit: 20 },
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

type MentionListData = InfiniteData<MentionPage, string | null> | MentionPage;

function without(data: MentionListData, id: string): MentionListData {
  const keep = (items: Mention[]) =>
    items.filter((mention) => mention.id !== id);
  if ('pages' in data)
    return {
      ...data,
      pages: data.pages.map((page) => ({ ...page, items: keep(page.items) })),
    };
  return { ...data, items: keep(data.items) };
}

/**
 * A mention was hidden: it leaves every cached list at once. A list being
 * fetched right now is cancelled first, so that its answer (perhaps read
 * before the hide) cannot bring the mention back; the next fetch asks anew.
 */
export async function removeMentionFromCaches(
  queryClient: QueryClient,
  id: string,
): Promise<void> {
  await queryClient.cancelQueries({ queryKey: mentionKeys.lists() });
  queryClient.setQueriesData<MentionListData>(
    { queryKey: mentionKeys.lists() },
    (data) => (data ? without(data, id) : data),
  );
}
