import type {
  MentionSubscriptionFilter,
  SubscribeRequest,
  TopicKind,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';

/** What one live view wants: the subscribe request without `since` (the connection owns that). */
export type LiveFilter = Omit<SubscribeRequest, 'since'>;

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
  };
  return {
    request,
    rule: {
      topics: new Set(request.topics),
      kinds: new Set(request.kinds),
      hashtags: new Set(request.hashtags),
    },
    key: JSON.stringify(request),
  };
}

export const EVERYTHING: LiveFilter = {};
