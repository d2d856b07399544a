import {
  type MentionSubscriptionFilter,
  type SubscribeRequest,
  TOPIC_KINDS,
  type TopicKind,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { UUID } from '../../common/query-params.util';

/** A validated `subscribe` request; `wants` (in contracts) tells which mentions it receives. */
export interface Subscription extends MentionSubscriptionFilter {
  since: string | null;
}

const MAX_LIST = 100;

/** Reads a client's `subscribe` payload, or says which field is wrong. */
export function parseSubscription(
  payload: unknown,
): Subscription | { error: string } {
  const request = (payload ?? {}) as Record<keyof SubscribeRequest, unknown>;
  if (typeof request !== 'object' || Array.isArray(request))
    return { error: 'subscribe: expected an object' };
  const list = (
    field: string,
    value: unknown,
    valid: (item: string) => boolean,
  ) => {
    if (value === undefined || value === null) return [];
    if (
      !Array.isArray(value) ||
      value.length > MAX_LIST ||
      !value.every((item) => typeof item === 'string' && valid(item))
    ) {
      return { error: `${field}: invalid` };
    }
    return value as string[];
  };
  const topics = list('topics', request.topics, (id) => UUID.test(id));
  if (!Array.isArray(topics)) return topics;
  const kinds = list('kinds', request.kinds, (kind) =>
    (TOPIC_KINDS as readonly string[]).includes(kind),
  );
  if (!Array.isArray(kinds))
    return { error: `kinds: must be among ${TOPIC_KINDS.join(', ')}` };
  const hashtags = list(
    'hashtags',
    request.hashtags,
    (tag) => tag.length <= 100 && normaliseHashtag(tag) !== null,
  );
  if (!Array.isArray(hashtags)) return hashtags;
  const since = request.since;
  if (
    since !== undefined &&
    since !== null &&
    !(typeof since === 'string' && /^\d{1,18}$/.test(since))
  ) {
    return { error: 'since: must be a mention id' };
  }
  return {
    topics: new Set(topics),
    kinds: new Set(kinds as TopicKind[]),
    // The list was validated above: each entry is a hashtag in any spelling.
    hashtags: new Set(hashtags.map((tag) => normaliseHashtag(tag)!)),
    since: typeof since === 'string' ? since : null,
  };
}

/** The same filter, for the replay query. */
export function subscriptionFilter(subscription: Subscription) {
  return {
    topics: [...subscription.topics],
    kinds: [...subscription.kinds],
    hashtags: [...subscription.hashtags],
  };
}
