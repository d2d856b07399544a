import type { SentimentLabel } from './mention';
import type { TopicKind } from './topic';

/**
 * What a live column shows: the filters of `GET /api/mentions` that a live
 * stream can follow (no free text, no dates), in the same parameter names, so
 * that a column back-fills from that route and opens in explore as a link.
 * Each non-empty list narrows; within a list any value matches.
 */
export interface ColumnFilter {
  topic?: string[];
  kind?: TopicKind[];
  /** Lower-case, without '#'. */
  hashtag?: string[];
  source?: string[];
  sentiment?: SentimentLabel[];
  /** ISO 639-1. */
  language?: string[];
  /** An interest list's id: only mentions from its sources (live: the list's `sourceIds`). */
  list?: string;
}

/** A saved filter shown as a live column in explore (and on a screen with `?column=`); the team shares them. */
export interface Column {
  id: string;
  name: string;
  /** 0, 1, 2, …: left to right. */
  position: number;
  filter: ColumnFilter;
  createdAt: string;
}

/** The most columns a board holds: each is a subscription on every open tab. */
export const MAX_COLUMNS = 20;
