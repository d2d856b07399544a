import type { SourceRef, TopicKind } from '@lyt/contracts';
import type { Bucket } from './stats-time.util';

/** A topic as the charts need it: colour included. */
export interface StatsTopic {
  id: string;
  name: string;
  kind: TopicKind;
  color: string;
}

/** The period a statistic covers, widened to whole buckets (or hours); ISO 8601 UTC. */
interface Covered {
  from: string;
  to: string;
}

export interface VolumeStats extends Covered {
  bucket: Bucket;
  series: {
    topic: StatsTopic;
    total: number;
    /** One point per bucket, empty buckets included. */
    points: { t: string; count: number }[];
  }[];
}

export interface ShareOfVoiceStats extends Covered {
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

export interface SentimentStats extends Covered {
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

export interface HashtagStats extends Covered {
  /** The period of equal length just before. */
  previousFrom: string;
  previousTo: string;
  hashtags: {
    tag: string;
    /** Visible items carrying it. */
    count: number;
    previous: number;
    /** (count − previous) / previous; null when it did not occur before. */
    trend: number | null;
    isNew: boolean;
  }[];
}

export interface AuthorStats extends Covered {
  authors: { author: string; mentions: number }[];
}

export interface SourceStats extends Covered {
  sources: { source: SourceRef; mentions: number }[];
}

export interface SpikeStats extends Covered {
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
