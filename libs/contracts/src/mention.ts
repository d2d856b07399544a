import type { SourceRef } from './source';
import type { TopicRef } from './topic';

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
  topics: TopicRef[];
}

export interface MentionPage {
  items: Mention[];
  nextCursor: string | null;
}
