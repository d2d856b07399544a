import type {
  ColumnFilter,
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

/** A live column's filter (in the names of `GET /api/mentions`) as a live view's. */
export function columnLiveFilter(filter: ColumnFilter): LiveFilter {
  return {
    topics: filter.topic,
    kinds: filter.kind,
    hashtags: filter.hashtag,
    sources: filter.source,
    sentiments: filter.sentiment,
    languages: filter.language,
  };
}
