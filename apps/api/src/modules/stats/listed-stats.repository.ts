import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type Bucket,
  STATS_TIME_ZONE,
  type SummaryStats,
  type TimeRange,
  wholeDays,
} from '@lyt/contracts';
import { STATS_COMPACTION_LOCK } from './stats.constant';
import type {
  Facet,
  KeyCount,
  Period,
  TopicBucket,
  TopicCounts,
} from './stats.repository';

// The per-topic statistics of an interest list add its sources' hours in
// stats.topic_source_hour (TopicSourceHours) and the changes not folded yet;
// its sources' mentions per source are the 'source' facet of the rollups.
// Hashtags and authors have no source dimension in the rollups: those count
// item and mention themselves, by the rollups' rule: a visible original (not
// hidden, not a copy) published in the range, once per item that matched any
// topic. $1 is the sources, $2..$3 the range; item_source_published_idx reads
// only the list's items.
const LISTED = `i.source_id = ANY($1::uuid[]) AND i.published_at >= $2 AND i.published_at < $3
  AND NOT i.hidden AND i.duplicate_of IS NULL`;
const MENTIONED = `EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)`;

// $1 the topics, $2 the sources, $3..$4 the range.
const TOPIC_SOURCE_ROWS = `
  SELECT topic_id, hour, mentions, positive, neutral, negative, scored, sentiment_sum
    FROM stats.topic_source_hour
   WHERE topic_id = ANY($1::uuid[]) AND source_id = ANY($2::uuid[]) AND hour >= $3 AND hour < $4
  UNION ALL
  SELECT topic_id, hour, mentions, positive, neutral, negative, scored, sentiment_sum
    FROM stats.topic_source_change
   WHERE topic_id = ANY($1::uuid[]) AND source_id = ANY($2::uuid[]) AND hour >= $3 AND hour < $4`;

// The sources' ($1) mentioned items: whole days ($3..$4) from facet_day, the hours
// before and after them from facet_hour, and what is not folded yet.
const SOURCE_ROWS = `
  SELECT key, count FROM stats.facet_day
   WHERE facet = 'source' AND key = ANY($1::text[]) AND day >= $3 AND day < $4
  UNION ALL
  SELECT key, count FROM stats.facet_hour
   WHERE facet = 'source' AND key = ANY($1::text[])
     AND (hour >= $2 AND hour < $3 OR hour >= $4 AND hour < $5)
  UNION ALL
  SELECT key, count FROM stats.facet_change
   WHERE facet = 'source' AND key = ANY($1::text[]) AND hour >= $2 AND hour < $5`;

/** Each mentioned item's keys of a facet, once each (an item can carry a hashtag twice). */
const FACET_KEYS: Record<Facet, string> = {
  hashtag: `CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.hashtags) AS key) AS keys`,
  author: `CROSS JOIN LATERAL (SELECT i.author AS key WHERE i.author IS NOT NULL) AS keys`,
  source: `CROSS JOIN LATERAL (SELECT i.source_id::text AS key) AS keys`,
};

/** The statistics restricted to some sources (an interest list's), and the fold of their per-source rollup. */
@Injectable()
export class ListedStatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The member sources of the lists, or the ids that name no list. Members
   * are sources; an account is a member through its source.
   */
  async sourcesOf(
    listIds: string[],
  ): Promise<{ sources: string[]; unknown: string[] }> {
    const rows: { id: string; sources: string[] }[] =
      await this.dataSource.query(
        `SELECT l.id::text,
                array(SELECT m.source_id::text FROM interest_list_member m WHERE m.list_id = l.id) AS sources
           FROM interest_list l WHERE l.id = ANY($1::uuid[])`,
        [listIds],
      );
    const known = new Set(rows.map((row) => row.id));
    return {
      sources: [...new Set(rows.flatMap((row) => row.sources))],
      unknown: listIds.filter((id) => !known.has(id)),
    };
  }

  /** As `StatsRepository.summary`, for items of these sources; `sources` counts them. */
  async summary(
    sources: string[],
    { from, to }: Period,
  ): Promise<SummaryStats> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM item i
           WHERE i.source_id = ANY($1::uuid[]) AND NOT i.hidden
             AND ($2::timestamptz IS NULL OR i.published_at >= $2)
             AND ($3::timestamptz IS NULL OR i.published_at < $3)) AS items,
         -- A semi-join the planner can hash, not a subplan per item.
         (SELECT count(*) FROM item i
           WHERE i.source_id = ANY($1::uuid[]) AND NOT i.hidden
             AND ($2::timestamptz IS NULL OR i.published_at >= $2)
             AND ($3::timestamptz IS NULL OR i.published_at < $3)
             AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)) AS mentions,
         (SELECT count(*) FROM source WHERE id = ANY($1::uuid[])) AS sources,
         (SELECT count(*) FROM topic) AS topics`,
      [sources, from, to],
    );
    return {
      items: Number(row.items),
      mentions: Number(row.mentions),
      sources: Number(row.sources),
      topics: Number(row.topics),
    };
  }

  /** Mentions per topic per bucket in an aligned range; buckets without mentions are absent. */
  async topicBuckets(
    sources: string[],
    topicIds: string[],
    range: TimeRange,
    bucket: Bucket,
  ): Promise<TopicBucket[]> {
    const rows: { topic_id: string; t: Date; mentions: number }[] =
      await this.dataSource.query(
        `SELECT topic_id, date_trunc($5, hour, $6) AS t, sum(mentions)::int AS mentions
           FROM (${TOPIC_SOURCE_ROWS}) AS counted
          GROUP BY 1, 2`,
        [topicIds, sources, range.from, range.to, bucket, STATS_TIME_ZONE],
      );
    return rows.map((row) => ({
      topicId: row.topic_id,
      t: row.t,
      mentions: row.mentions,
    }));
  }

  /** Mentions and their sentiment per topic in an hour-aligned range. */
  async topicTotals(
    sources: string[],
    topicIds: string[],
    range: TimeRange,
  ): Promise<TopicCounts[]> {
    const rows: {
      topic_id: string;
      mentions: number;
      positive: number;
      neutral: number;
      negative: number;
      scored: number;
      sentiment_sum: string;
    }[] = await this.dataSource.query(
      `SELECT topic_id, sum(mentions)::int AS mentions, sum(positive)::int AS positive,
              sum(neutral)::int AS neutral, sum(negative)::int AS negative,
              sum(scored)::int AS scored, sum(sentiment_sum)::text AS sentiment_sum
         FROM (${TOPIC_SOURCE_ROWS}) AS counted
        GROUP BY 1`,
      [topicIds, sources, range.from, range.to],
    );
    return rows.map((row) => ({
      topicId: row.topic_id,
      mentions: row.mentions,
      positive: row.positive,
      neutral: row.neutral,
      negative: row.negative,
      scored: row.scored,
      sentimentSum: Number(row.sentiment_sum),
    }));
  }

  /** The most frequent keys of a facet in an hour-aligned range, ties by key. */
  top(
    sources: string[],
    facet: Facet,
    range: TimeRange,
    limit: number,
  ): Promise<KeyCount[]> {
    if (facet === 'source') {
      const days = wholeDays(range);
      return this.dataSource.query(
        `SELECT key, sum(count)::int AS count FROM (${SOURCE_ROWS}) AS counted
          GROUP BY key HAVING sum(count) > 0
          ORDER BY 2 DESC, key LIMIT $6`,
        [sources, range.from, days.from, days.to, range.to, limit],
      );
    }
    return this.dataSource.query(
      `SELECT key, count(*)::int AS count
         FROM item i ${FACET_KEYS[facet]}
        WHERE ${LISTED} AND ${MENTIONED}
        GROUP BY key ORDER BY 2 DESC, key LIMIT $4`,
      [sources, range.from, range.to, limit],
    );
  }

  /** The counts of the given keys in an hour-aligned range; absent keys have none. */
  async counts(
    sources: string[],
    facet: Facet,
    keys: string[],
    range: TimeRange,
  ): Promise<Map<string, number>> {
    const days = wholeDays(range);
    const rows: KeyCount[] =
      facet === 'source'
        ? await this.dataSource.query(
            `SELECT key, sum(count)::int AS count FROM (${SOURCE_ROWS}) AS counted
              WHERE key = ANY($6::text[])
              GROUP BY key HAVING sum(count) <> 0`,
            [sources, range.from, days.from, days.to, range.to, keys],
          )
        : await this.dataSource.query(
            `SELECT key, count(*)::int AS count
               FROM item i ${FACET_KEYS[facet]}
              WHERE ${LISTED} AND key = ANY($4::text[]) AND ${MENTIONED}
              GROUP BY key`,
            [sources, range.from, range.to, keys],
          );
    return new Map(rows.map((row) => [row.key, row.count]));
  }

  /** Per hashtag, the mentioned items carrying it per bucket; buckets without any are absent. */
  hashtagBuckets(
    sources: string[],
    tags: string[],
    range: TimeRange,
    bucket: Bucket,
  ): Promise<{ key: string; t: Date; count: number }[]> {
    return this.dataSource.query(
      `SELECT key, date_trunc($5, i.published_at, $6) AS t, count(*)::int AS count
         FROM item i ${FACET_KEYS.hashtag}
        WHERE ${LISTED} AND i.hashtags && $4::text[] AND key = ANY($4::text[]) AND ${MENTIONED}
        GROUP BY 1, 2`,
      [sources, range.from, range.to, tags, bucket, STATS_TIME_ZONE],
    );
  }

  /** As `StatsRepository.hashtagPartners`: each mentioned item's first ten hashtags, paired. */
  hashtagPartners(
    sources: string[],
    tags: string[],
    days: TimeRange,
    limit: number,
  ): Promise<{ tag: string; other: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT tag, other, count FROM (
         SELECT p.tag, p.other, count(*)::int AS count,
                row_number() OVER (PARTITION BY p.tag ORDER BY count(*) DESC, p.other) AS rank
           FROM item i CROSS JOIN LATERAL stats.hashtag_pairs(i.hashtags) AS p
          WHERE ${LISTED} AND i.hashtags && $4::text[] AND p.tag = ANY($4::text[]) AND ${MENTIONED}
          GROUP BY 1, 2) AS ranked
        WHERE rank <= $5 ORDER BY tag, rank`,
      [sources, days.from, days.to, tags, limit],
    );
  }

  /**
   * Folds the pending changes of stats.topic_source_hour, under the lock of
   * the other rollups' fold: returns how many change rows it folded, or null
   * when another process is folding.
   */
  compact(): Promise<number | null> {
    return this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(
        `SELECT pg_try_advisory_xact_lock($1) AS locked`,
        [STATS_COMPACTION_LOCK],
      );
      if (!locked) return null;
      const [{ moved }] = await manager.query(FOLD_TOPIC_SOURCES);
      return moved;
    });
  }
}

// Sets absolute values: safe because the lock makes the fold the only writer of topic_source_hour.
const FOLD_TOPIC_SOURCES = `
  WITH moved AS (DELETE FROM stats.topic_source_change RETURNING *),
  merged AS (
    SELECT s.topic_id, s.source_id, s.hour, s.mentions + coalesce(h.mentions, 0) AS mentions,
           s.positive + coalesce(h.positive, 0) AS positive,
           s.neutral + coalesce(h.neutral, 0) AS neutral,
           s.negative + coalesce(h.negative, 0) AS negative,
           s.scored + coalesce(h.scored, 0) AS scored,
           s.sentiment_sum + coalesce(h.sentiment_sum, 0) AS sentiment_sum
      FROM (SELECT topic_id, source_id, hour, sum(mentions) AS mentions, sum(positive) AS positive,
                   sum(neutral) AS neutral, sum(negative) AS negative, sum(scored) AS scored,
                   sum(sentiment_sum) AS sentiment_sum
              FROM moved GROUP BY topic_id, source_id, hour) AS s
      LEFT JOIN stats.topic_source_hour h
        ON h.topic_id = s.topic_id AND h.source_id = s.source_id AND h.hour = s.hour),
  emptied AS (
    DELETE FROM stats.topic_source_hour h USING merged m
     WHERE h.topic_id = m.topic_id AND h.source_id = m.source_id AND h.hour = m.hour
       AND m.mentions = 0),
  kept AS (
    INSERT INTO stats.topic_source_hour
    SELECT topic_id, source_id, hour, mentions, positive, neutral, negative, scored, sentiment_sum
      FROM merged WHERE mentions <> 0
    ON CONFLICT (topic_id, source_id, hour) DO UPDATE
       SET mentions = excluded.mentions, positive = excluded.positive, neutral = excluded.neutral,
           negative = excluded.negative, scored = excluded.scored,
           sentiment_sum = excluded.sentiment_sum)
  SELECT count(*)::int AS moved FROM moved`;
