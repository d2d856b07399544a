import type { SourceRef } from './source';
import type { TopicKind, TopicRef } from './topic';

export const SENTIMENT_LABELS = ['positive', 'neutral', 'negative'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export interface Sentiment {
  /** Normalised to -1…1. */
  score: number;
  label: SentimentLabel;
}

/** An item that matched at least one topic, as REST and the live stream show it. */
export interface Mention {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  author: string | null;
  publishedAt: string;
  hashtags: string[];
  mediaUrl: string | null;
  language: string | null;
  sentiment: Sentiment | null;
  source: SourceRef;
  /** Every topic the mention matched, by name; what each matched on is in `terms`. */
  topics: MentionTopic[];
  /** The platform's counts for a post read through its API (an account, a hashtag, a search); null for a feed's item. */
  engagement: MentionEngagement | null;
  /** Hidden because the post was deleted on its platform: it is not shown again. */
  deletedOnPlatform: boolean;
}

/** Likes, boosts (reposts), replies and quotes of a post, as the platform last said. */
export interface MentionEngagement {
  likes: number;
  boosts: number;
  replies: number;
  /** Bluesky's quotes; 0 on Mastodon. */
  quotes: number;
  /** Their sum: what `sort=engagement` orders by. */
  total: number;
  /** When the platform was last asked. */
  refreshedAt: string;
}

/** A topic a mention matched, and why. */
export interface MentionTopic extends TopicRef {
  /**
   * The query's terms that hit, as written in the query (`novo`, `"grøn omstilling"`,
   * `#dkbiz`, `@novo`, `vind*`), each once, in reading order. Never empty: a valid
   * query has a term to look for.
   */
  terms: string[];
}

export interface MentionPage {
  items: Mention[];
  nextCursor: string | null;
}

/** The filters of `GET /api/mentions` that may repeat, matching any of their values. */
export const MENTION_LIST_FILTERS = [
  'topic',
  'kind',
  'hashtag',
  'source',
  'sentiment',
  'language',
] as const satisfies readonly (keyof MentionListParams)[];
/** Every filter of `GET /api/mentions`, `/api/mentions.csv` and explore's URL. */
export const MENTION_FILTERS = [
  ...MENTION_LIST_FILTERS,
  'q',
  'from',
  'to',
  'list',
] as const satisfies readonly (keyof MentionListParams)[];
export type MentionFilterParam = (typeof MENTION_FILTERS)[number];

/**
 * The orders of `GET /api/mentions`: `newest` (the default) by publication,
 * `engagement` by likes + boosts + replies + quotes, highest first; posts
 * without counts (a feed's) come after every post with counts, newest first.
 */
export const MENTION_SORTS = ['newest', 'engagement'] as const;
export type MentionSort = (typeof MENTION_SORTS)[number];

/**
 * The query string of `GET /api/mentions` (and, without cursor and limit,
 * `/api/mentions.csv`). Lists repeat the parameter and match any of their values.
 */
export interface MentionListParams {
  topic?: string[];
  kind?: TopicKind[];
  /** With or without '#', any case. */
  hashtag?: string[];
  source?: string[];
  sentiment?: SentimentLabel[];
  /** ISO 639-1. */
  language?: string[];
  /** Free text, searched in Danish and English. */
  q?: string;
  /** An interest list's id: only mentions from its sources. */
  list?: string;
  /** ISO 8601. */
  from?: string;
  to?: string;
  /** The `nextCursor` of the page before (of the same sort). */
  cursor?: string;
  limit?: number;
  /** `GET /api/mentions` only; default `newest`. */
  sort?: MentionSort;
}

/** `PATCH /api/mentions/:id {hidden}` (admin) answers the mention's new visibility. */
export interface MentionVisibility {
  id: string;
  hidden: boolean;
}
