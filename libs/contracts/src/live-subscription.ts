import type { Mention, SentimentLabel } from './mention';
import type { TopicKind } from './topic';

/**
 * Which mentions a live subscriber wants, normalised (hashtags in their stored
 * form, without '#'; ids and languages lower-case). Each non-empty set
 * narrows: a mention must meet every one. The server filters its stream by it
 * and the browser filters one shared stream for each of its views by it, so
 * both decide alike.
 */
export interface MentionSubscriptionFilter {
  topics: ReadonlySet<string>;
  kinds: ReadonlySet<TopicKind>;
  hashtags: ReadonlySet<string>;
  sources?: ReadonlySet<string>;
  sentiments?: ReadonlySet<SentimentLabel>;
  languages?: ReadonlySet<string>;
}

export function wants(
  filter: MentionSubscriptionFilter,
  mention: Mention,
): boolean {
  if (
    filter.topics.size > 0 &&
    !mention.topics.some((topic) => filter.topics.has(topic.id))
  )
    return false;
  if (
    filter.kinds.size > 0 &&
    !mention.topics.some((topic) => filter.kinds.has(topic.kind))
  )
    return false;
  if (
    filter.hashtags.size > 0 &&
    !mention.hashtags.some((tag) => filter.hashtags.has(tag))
  )
    return false;
  if (filter.sources?.size && !filter.sources.has(mention.source.id))
    return false;
  if (
    filter.sentiments?.size &&
    !(mention.sentiment && filter.sentiments.has(mention.sentiment.label))
  )
    return false;
  if (
    filter.languages?.size &&
    !(mention.language && filter.languages.has(mention.language))
  )
    return false;
  return true;
}
