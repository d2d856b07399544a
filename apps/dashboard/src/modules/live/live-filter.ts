import type {
  ColumnFilter,
  InterestList,
  MentionSubscriptionFilter,
  SentimentLabel,
  SubscribeRequest,
  TopicKind,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';

/** What one live view wants: the subscribe request without `id` and `since` (the connection owns those). */
export type LiveFilter = Omit<SubscribeRequest, 'id' | 'since'>;

/**
 * The filter in the form the shared rule (`wants`) reads, and a key equal for
 * equal filters in any order or spelling ("#DKbiz" = "dkbiz"). A string that
 * is not a hashtag is an error here, as the server would refuse it: never a
 * view that silently shows nothing.
 */
export function normaliseLiveFilter(filter: LiveFilter): {
  rule: MentionSubscriptionFilter;
  request: LiveFilter;
  key: string;
} {
  const hashtags = (filter.hashtags ?? []).map((written) => {
    const tag = normaliseHashtag(written);
    if (tag === null) throw new Error(`"${written}" is not a hashtag`);
    return tag;
  });
  const sorted = <T extends string>(values: T[] | undefined) =>
    [...new Set(values ?? [])].sort();
  const request: LiveFilter = {
    topics: sorted(filter.topics?.map((id) => id.toLowerCase())),
    kinds: sorted<TopicKind>(filter.kinds),
    hashtags: sorted(hashtags),
    sources: sorted(filter.sources?.map((id) => id.toLowerCase())),
    sentiments: sorted<SentimentLabel>(filter.sentiments),
    languages: sorted(filter.languages?.map((code) => code.toLowerCase())),
  };
  // Empty lists filter nothing: leave them out, so the request (and older servers) see only what narrows.
  for (const name of Object.keys(request) as (keyof LiveFilter)[])
    if ((request[name] as string[]).length === 0) delete request[name];
  return {
    request,
    rule: {
      topics: new Set(request.topics),
      kinds: new Set(request.kinds),
      hashtags: new Set(request.hashtags),
      sources: new Set(request.sources),
      sentiments: new Set(request.sentiments),
      languages: new Set(request.languages),
    },
    key: JSON.stringify(request),
  };
}

export const EVERYTHING: LiveFilter = {};

/** No source has this id: a view that wants it receives nothing (a list with no sources, or not loaded yet). */
export const NO_SOURCE = '00000000-0000-0000-0000-000000000000';

/**
 * A live column's filter (in the names of `GET /api/mentions`) as a live
 * view's. A `list` becomes its sources (`sourceIds` already holds its
 * accounts' sources), narrowed by the column's own sources if it has any;
 * until the lists are loaded, or for a list that is gone, the view wants nothing.
 */
export function columnLiveFilter(
  filter: ColumnFilter,
  lists?: readonly InterestList[],
): LiveFilter {
  let sources = filter.source;
  if (filter.list) {
    const members = lists?.find((list) => list.id === filter.list)?.sourceIds;
    const allowed = (members ?? []).filter(
      (id) => !filter.source?.length || filter.source.includes(id),
    );
    sources = allowed.length > 0 ? allowed : [NO_SOURCE];
  }
  return {
    topics: filter.topic,
    kinds: filter.kind,
    hashtags: filter.hashtag,
    sources,
    sentiments: filter.sentiment,
    languages: filter.language,
  };
}
