import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  type Bucket,
  STATS_TIME_ZONE,
  type SummaryStats,
  type TimeRange,
} from '@lyt/contracts';
import type {
  Facet,
  KeyCount,
  Period,
  TopicBucket,
  TopicCounts,
} from './stats.repository';

// The rollups have no source dimension, so the statistics of an interest
// list count item and mention themselves, by the rollups' rule: a visible
// original (not hidden, not a copy) published in the range, and for the
// facets, once per item that matched any topic. $1 is the sources, $2..$3
// the range; item_source_published_idx reads only the list's items.
const LISTED = `i.source_id = ANY($1::uuid[]) AND i.published_at >= $2 AND i.published_at < $3
  AND NOT i.hidden AND i.duplicate_of IS NULL`;
const MENTIONED = `EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)`;

/** Each mentioned item's keys of a facet, once each (an item can carry a hashtag twice). */
const FACET_KEYS: Record<Facet, string> = {
  hashtag: `CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.hashtags) AS key) AS keys`,
  author: `CROSS JOIN LATERAL (SELECT i.author AS key WHERE i.author IS NOT NULL) AS keys`,
  source: `CROSS JOIN LATERAL (SELECT i.source_id::text AS key) AS keys`,
};

/** The statistics restricted to some sources (an interest list's), read from item and mention. */
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
      `SELECT count(*) AS items,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)) AS mentions,
              (SELECT count(*) FROM source WHERE id = ANY($1::uuid[])) AS sources,
              (SELECT count(*) FROM topic) AS topics
         FROM item i
        WHERE i.source_id = ANY($1::uuid[]) AND NOT i.hidden
          AND ($2::timestamptz IS NULL OR i.published_at >= $2)
          AND ($3::timestamptz IS NULL OR i.published_at < $3)`,
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
        `SELECT m.topic_id, date_trunc($5, i.published_at, $6) AS t, count(*)::int AS mentions
           FROM item i JOIN mention m ON m.item_id = i.id
          WHERE ${LISTED} AND m.topic_id = ANY($4::uuid[])
          GROUP BY 1, 2`,
        [sources, range.from, range.to, topicIds, bucket, STATS_TIME_ZONE],
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
      `SELECT m.topic_id, count(*)::int AS mentions,
              count(*) FILTER (WHERE i.sentiment_label = 'positive')::int AS positive,
              count(*) FILTER (WHERE i.sentiment_label = 'neutral')::int AS neutral,
              count(*) FILTER (WHERE i.sentiment_label = 'negative')::int AS negative,
              count(i.sentiment_score)::int AS scored,
              coalesce(sum(i.sentiment_score::numeric), 0)::text AS sentiment_sum
         FROM item i JOIN mention m ON m.item_id = i.id
        WHERE ${LISTED} AND m.topic_id = ANY($4::uuid[])
        GROUP BY 1`,
      [sources, range.from, range.to, topicIds],
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

  /** The most frequent keys of a facet, ties by key. */
  top(
    sources: string[],
    facet: Facet,
    range: TimeRange,
    limit: number,
  ): Promise<KeyCount[]> {
    return this.dataSource.query(
      `SELECT key, count(*)::int AS count
         FROM item i ${FACET_KEYS[facet]}
        WHERE ${LISTED} AND ${MENTIONED}
        GROUP BY key ORDER BY 2 DESC, key LIMIT $4`,
      [sources, range.from, range.to, limit],
    );
  }

  /** The counts of the given keys; absent keys have none. */
  async counts(
    sources: string[],
    facet: Facet,
    keys: string[],
    range: TimeRange,
  ): Promise<Map<string, number>> {
    const rows: KeyCount[] = await this.dataSource.query(
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
}
