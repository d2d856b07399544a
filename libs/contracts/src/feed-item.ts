/** One normalised feed entry: the `lyt parse` JSON Lines contract. */
export interface FeedItem {
  guid: string;
  /** Absolute URL of the item, or null when the feed gives none. */
  url: string | null;
  /** Null for title-less posts (Mastodon, Bluesky). */
  title: string | null;
  /** Plain text of the richest body: no markup, entities decoded, whitespace collapsed. */
  text: string;
  author: string | null;
  /** ISO 8601 UTC. */
  publishedAt: string;
  /** Lower-cased, without '#', unique, in order of first appearance. */
  hashtags: string[];
  mediaUrl: string | null;
  /** ISO 639-1, or null when unknown. */
  language: string | null;
}
