import {
  type Bucket,
  DEFAULT_RANGE_DAYS,
  HOURLY_DEFAULT_MAX_DAYS,
  HOURLY_MAX_DAYS,
  MAX_COMPARED_HASHTAGS,
  MAX_RANGE_DAYS,
  type TimeRange,
  TOPIC_KINDS,
  type TopicKind,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { DEFAULT_LIMIT, MAX_LIMIT } from './stats.constant';
import {
  fail,
  list,
  type RawQuery,
  readInstant,
  readLimit,
  rejectUnknown,
  single,
  UUID,
} from '../../common/query-params.util';

export type { RawQuery };
export { readInstant };

export type StatsParam =
  'from' | 'to' | 'bucket' | 'topic' | 'kind' | 'hashtag' | 'list' | 'limit';

/** A statistics request with its defaults filled in. */
export interface StatsQuery {
  /** As asked; each statistic widens it to whole buckets or hours. */
  period: TimeRange;
  bucket: Bucket;
  /** Empty: every topic. */
  topics: string[];
  /** Empty: every kind. */
  kinds: TopicKind[];
  /** Normalised (no '#', lower-case); at most MAX_COMPARED_HASHTAGS; only the hashtag statistics read it. */
  hashtags?: string[];
  /** Interest lists: only mentions of items from a source of any of them. Empty or absent: every source. */
  lists?: string[];
  limit: number;
}

const DAY_MS = 86_400_000;
/**
 * Reads a `/api/stats/*` query string that may carry the `accepted`
 * parameters; anything wrong is a 400 whose message starts with the field.
 * Defaults: to = now, from = to − 7 days, bucket = hour up to 3 days and day
 * beyond, limit = 10.
 */
export function readStatsQuery(
  query: RawQuery,
  accepted: readonly StatsParam[],
  now: Date = new Date(),
): StatsQuery {
  rejectUnknown(query, accepted);
  const to = readInstant('to', single(query, 'to')) ?? now;
  const from =
    readInstant('from', single(query, 'from')) ??
    new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  if (from >= to) fail('from', 'must be before to');
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days > MAX_RANGE_DAYS)
    fail('from', `must be at most ${MAX_RANGE_DAYS} days before to`);
  return {
    period: { from, to },
    bucket: readBucket(single(query, 'bucket'), days),
    topics: list(query, 'topic', (value) =>
      UUID.test(value) ? value.toLowerCase() : fail('topic', 'must be a UUID'),
    ),
    kinds: list(query, 'kind', (value) =>
      (TOPIC_KINDS as readonly string[]).includes(value)
        ? (value as TopicKind)
        : fail('kind', `must be one of ${TOPIC_KINDS.join(', ')}`),
    ),
    hashtags: readHashtags(query),
    lists: readLists(query),
    limit: readLimit(single(query, 'limit'), DEFAULT_LIMIT, MAX_LIMIT),
  };
}

/** `list=<uuid>`, repeatable: a source of any of the lists. */
export function readLists(query: RawQuery): string[] {
  return list(query, 'list', (value) =>
    UUID.test(value) ? value.toLowerCase() : fail('list', 'must be a UUID'),
  );
}

function readHashtags(query: RawQuery): string[] {
  const hashtags = list(
    query,
    'hashtag',
    (value) =>
      (value.length <= 100 ? normaliseHashtag(value) : null) ??
      fail(
        'hashtag',
        `"${value.slice(0, 100)}" is not a hashtag like dkbiz or #dkbiz`,
      ),
  );
  const unique = [...new Set(hashtags)];
  if (unique.length > MAX_COMPARED_HASHTAGS)
    fail('hashtag', `at most ${MAX_COMPARED_HASHTAGS} at a time`);
  return unique;
}

function readBucket(raw: string | undefined, days: number): Bucket {
  if (raw === undefined)
    return days <= HOURLY_DEFAULT_MAX_DAYS ? 'hour' : 'day';
  if (raw !== 'hour' && raw !== 'day') fail('bucket', 'must be hour or day');
  if (raw === 'hour' && days > HOURLY_MAX_DAYS)
    fail(
      'bucket',
      `hour needs a range of at most ${HOURLY_MAX_DAYS} days; use day`,
    );
  return raw;
}
