import type { EntityManager } from 'typeorm';
import type { FeedItem, Sentiment } from '@lyt/contracts';

/** An item as it is stored: the feed's fields plus what enrichment added. */
export interface EnrichedItem extends FeedItem {
  canonicalUrl: string | null;
  sentiment: Sentiment;
}

/** A row a batch inserted: new to its source. */
export interface StoredItem extends EnrichedItem {
  id: string;
  sourceId: string;
  /** The first copy of the same story from another source, or null for an original. */
  duplicateOf: string | null;
}

/** Work that must commit or fail together with new items, e.g. writing their mentions. */
export type NewItemsHandler = (
  manager: EntityManager,
  items: StoredItem[],
) => Promise<void>;

/** A row of `mention`: an item matched a topic, on these query terms. */
export interface TopicMatch {
  itemId: string;
  topicId: string;
  terms: string[];
}

/** What matching reads of a stored item. */
export interface MatchableItem {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  author: string | null;
  publishedAt: string;
  hashtags: string[];
}

/** The outcome of hiding or showing an item. */
export interface HiddenChange {
  hidden: boolean;
  /** Whether the item was hidden before this change. */
  wasHidden: boolean;
  /** Its post was deleted on its platform: it stays hidden. */
  deletedOnPlatform: boolean;
}

/**
 * A mention's place in the newest-first order: published_at, then seq. The
 * time is kept in whole microseconds since the Unix epoch, PostgreSQL's own
 * precision, so that a page never ends between two rows a millisecond apart.
 */
export interface MentionKey {
  /** Microseconds since 1970-01-01T00:00:00Z, as an integer string. */
  publishedAtMicros: string;
  seq: string;
  /**
   * In the most-engaging order only, which comes first: likes + boosts +
   * replies + quotes, as an integer string, -1 for a post without counts.
   */
  engagement?: string;
}
