import type { SourceRef } from './source';
import type { Bucket } from './stats-time';
import type { TopicKind } from './topic';

/** `GET /api/stats/summary`: counts in the period (all time without from/to). */
export interface SummaryStats {
  items: number;
  mentions: number;
  sources: number;
  topics: number;
}

/** `GET /api/health`: 200 while the database answers, 503 with `db: down` while it does not. */
export interface HealthStatus {
  status: 'ok' | 'error';
  db: 'up' | 'down';
  /**
   * The dashboard build this server serves, stamped when it was built (the same
   * on every replica of one deployment); null when the dashboard is not built.
   * An open page whose own build differs reloads itself.
   */
  build: string | null;
}

/** The file beside the built dashboard's index.html that names its build. */
export const BUILD_FILE = 'build.json';

/** What `build.json` holds. */
export interface BuildStamp {
  build: string;
}

/** Without `from`, a statistic covers this many days before `to`. */
export const DEFAULT_RANGE_DAYS = 7;
/** Longer ranges would make queries and charts too heavy to be useful. */
export const MAX_RANGE_DAYS = 400;
/** Up to this range the default bucket is an hour, beyond it a day. */
export const HOURLY_DEFAULT_MAX_DAYS = 3;
/** 31 × 24 = 744 points a line: more than a chart can show well. */
export const HOURLY_MAX_DAYS = 31;
/** The most entries a top list (hashtags, authors, sources) answers. */
export const MAX_STATS_LIMIT = 100;

/** The query string of `/api/stats/*` (each statistic accepts a subset; see the OpenAPI document). */
export interface StatsParams {
  /** ISO 8601; default `to` − 7 days. */
  from?: string;
  /** ISO 8601; default now. */
  to?: string;
  bucket?: Bucket;
  topic?: string[];
  kind?: TopicKind[];
  /** Interest list ids (`GET /api/lists`): only mentions of items from a source of any of them. */
  list?: string[];
  limit?: number;
}

/** A topic as the charts need it: colour included. */
export interface StatsTopic {
  id: string;
  name: string;
  kind: TopicKind;
  color: string;
}

/** The period a statistic covers, widened to whole buckets (or hours); ISO 8601 UTC. */
export interface CoveredPeriod {
  from: string;
  to: string;
}

export interface VolumeStats extends CoveredPeriod {
  bucket: Bucket;
  series: {
    topic: StatsTopic;
    total: number;
    /** One point per bucket, empty buckets included. */
    points: { t: string; count: number }[];
  }[];
}

export interface ShareOfVoiceStats extends CoveredPeriod {
  bucket: Bucket;
  /** Mentions of all the topics below in the period. */
  total: number;
  /** Company topics, then competitors, then industry; shares of the period sum to 1. */
  topics: { topic: StatsTopic; count: number; share: number }[];
  /** Per bucket, topics in the same order; shares are 0 in a bucket without mentions. */
  points: {
    t: string;
    total: number;
    topics: { id: string; count: number; share: number }[];
  }[];
}

export interface SentimentStats extends CoveredPeriod {
  topics: {
    topic: StatsTopic;
    mentions: number;
    positive: number;
    neutral: number;
    negative: number;
    /** Mean score (-1…1) of the scored mentions; null when none has a score. */
    meanScore: number | null;
  }[];
}

export interface HashtagStats extends CoveredPeriod {
  /** The period of equal length just before. */
  previousFrom: string;
  previousTo: string;
  hashtags: {
    tag: string;
    /** Mentions carrying it (each matched item once, however many topics it matched). */
    count: number;
    previous: number;
    /** (count − previous) / previous; null when it did not occur before. */
    trend: number | null;
    isNew: boolean;
  }[];
}

/** Mentions count once each, however many topics they matched: the sources add up to the summary's mentions. */
export interface AuthorStats extends CoveredPeriod {
  authors: { author: string; mentions: number }[];
}

export interface SourceStats extends CoveredPeriod {
  sources: { source: SourceRef; mentions: number }[];
}

export interface SpikeStats extends CoveredPeriod {
  bucket: Bucket;
  /** The rule: count ≥ minCount and count > baseline + k·max(σ, √baseline) over `window` buckets before. */
  window: number;
  k: number;
  minCount: number;
  /** Newest first. */
  spikes: {
    topic: StatsTopic;
    t: string;
    count: number;
    /** Mean of the window before the bucket. */
    baseline: number;
    stddev: number;
    /** count / baseline: how far above; null when the baseline is 0. */
    factor: number | null;
  }[];
}

/**
 * A stretch of time in which a source failed every poll: what it published
 * then may be missing from every statistic (a blind spot).
 */
export interface SourceOutage {
  /** The first failed poll. */
  from: string;
  /** The first successful poll after it; null while the source still fails. */
  to: string | null;
  /** The latest failed poll. */
  lastPolledAt: string;
  /** How many polls failed in the stretch. */
  failedPolls: number;
  /** The latest failure: its code (`http-status`, `timeout`, `not-a-feed`, …) and in words. */
  status: string;
  error: string | null;
}

/** `GET /api/stats/blind-spots`: per source, the outages that overlap the period, oldest first. */
export interface BlindSpotStats extends CoveredPeriod {
  sources: { source: SourceRef; outages: SourceOutage[] }[];
}

/** The most hashtags one hashtag statistic compares. */
export const MAX_COMPARED_HASHTAGS = 10;

/** `GET /api/stats/hashtag-volume?hashtag=…`: the mentions carrying each hashtag, per bucket, side by side. */
export interface HashtagVolumeStats extends CoveredPeriod {
  bucket: Bucket;
  /** In the order asked. */
  series: {
    tag: string;
    total: number;
    /** One point per bucket, empty buckets included. */
    points: { t: string; count: number }[];
  }[];
}

/**
 * `GET /api/stats/hashtag-pairs?hashtag=…`: the hashtags that occur in the same
 * mentions as each asked one, most frequent first. Whole Copenhagen days; an
 * item's first ten hashtags pair up.
 */
export interface HashtagPairStats extends CoveredPeriod {
  /** In the order asked. */
  hashtags: {
    tag: string;
    /** Mentions carrying it in the period. */
    mentions: number;
    /** Mentions carrying it and `tag` as well. */
    pairs: { tag: string; count: number }[];
  }[];
}
