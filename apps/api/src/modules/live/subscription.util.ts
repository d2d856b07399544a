import {
  DEFAULT_SUBSCRIPTION_ID,
  type MentionSubscriptionFilter,
  SENTIMENT_LABELS,
  type SentimentLabel,
  type SubscribeRequest,
  SUBSCRIPTION_ID_PATTERN,
  TOPIC_KINDS,
  type TopicKind,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { UUID } from '../../common/query-params.util';
import type { MentionFilter } from '../items/mention-filter';

/** A validated `subscribe` request; `wants` (in contracts) tells which mentions it receives. */
export interface Subscription extends Required<MentionSubscriptionFilter> {
  id: string;
  since: string | null;
}

const MAX_LIST = 100;
const LANGUAGE = /^[a-z]{2}$/i;

type Field = keyof Omit<SubscribeRequest, 'id' | 'since'>;

/** Reads a client's `subscribe` payload, or says which field is wrong. */
export function parseSubscription(
  payload: unknown,
): Subscription | { error: string } {
  const request = (payload ?? {}) as Record<keyof SubscribeRequest, unknown>;
  if (typeof request !== 'object' || Array.isArray(request))
    return { error: 'subscribe: expected an object' };
  const lists = {} as Record<Field, string[]>;
  const rules: [Field, (item: string) => boolean, string][] = [
    ['topics', (id) => UUID.test(id), 'invalid'],
    [
      'kinds',
      (kind) => (TOPIC_KINDS as readonly string[]).includes(kind),
      `must be among ${TOPIC_KINDS.join(', ')}`,
    ],
    [
      'hashtags',
      (tag) => tag.length <= 100 && normaliseHashtag(tag) !== null,
      'invalid',
    ],
    ['sources', (id) => UUID.test(id), 'must be source ids'],
    [
      'sentiments',
      (label) => (SENTIMENT_LABELS as readonly string[]).includes(label),
      `must be among ${SENTIMENT_LABELS.join(', ')}`,
    ],
    ['languages', (code) => LANGUAGE.test(code), 'must be ISO 639-1 codes'],
  ];
  for (const [field, valid, problem] of rules) {
    const value = request[field];
    if (value === undefined || value === null) {
      lists[field] = [];
      continue;
    }
    if (
      !Array.isArray(value) ||
      value.length > MAX_LIST ||
      !value.every((item) => typeof item === 'string' && valid(item))
    )
      return { error: `${field}: ${problem}` };
    lists[field] = value as string[];
  }
  const id = request.id ?? DEFAULT_SUBSCRIPTION_ID;
  if (typeof id !== 'string' || !SUBSCRIPTION_ID_PATTERN.test(id))
    return { error: 'id: 1 to 64 letters, digits, - or _' };
  const since = request.since;
  if (
    since !== undefined &&
    since !== null &&
    !(typeof since === 'string' && /^\d{1,18}$/.test(since))
  ) {
    return { error: 'since: must be a mention id' };
  }
  return {
    id,
    topics: new Set(lists.topics.map((topic) => topic.toLowerCase())),
    kinds: new Set(lists.kinds as TopicKind[]),
    // The list was validated above: each entry is a hashtag in any spelling.
    hashtags: new Set(lists.hashtags.map((tag) => normaliseHashtag(tag)!)),
    sources: new Set(lists.sources.map((source) => source.toLowerCase())),
    sentiments: new Set(lists.sentiments as SentimentLabel[]),
    languages: new Set(lists.languages.map((code) => code.toLowerCase())),
    since: typeof since === 'string' ? since : null,
  };
}

/** The same filter, for the replay query. */
export function subscriptionFilter(subscription: Subscription): MentionFilter {
  return {
    topics: [...subscription.topics],
    kinds: [...subscription.kinds],
    hashtags: [...subscription.hashtags],
    sources: [...subscription.sources],
    sentiments: [...subscription.sentiments],
    languages: [...subscription.languages],
  };
}
