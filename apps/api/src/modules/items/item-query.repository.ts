import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Mention } from '@lyt/contracts';
import type { MatchableItem, MentionKey } from './item.types';
import { mentionConditions, MentionFilter } from './mention-filter';
import {
  MENTION_COLUMNS,
  MENTION_FROM,
  MentionRow,
  toMention,
} from './mention.view';

/** A mention with its place in the newest-first order, to continue after it. */
export interface KeyedMention {
  mention: Mention;
  key: MentionKey;
}

const MATCHABLE = `i.id::text, i.title, i.text, i.url, i.author, i.published_at AS "publishedAt", i.hashtags`;

/** Every read of `item`: mentions for lists, the live stream and alerts; items for matching. */
@Injectable()
export class ItemQueryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Mentions with seq in (afterSeq, throughSeq], in commit order: what the live stream sends and replays. */
  async inSeqRange(
    afterSeq: string,
    throughSeq: string,
    filter: MentionFilter,
    limit: number,
  ): Promise<Mention[]> {
    const params: unknown[] = [afterSeq, throughSeq];
    const conditions = [
      'st.seq > $1',
      'st.seq <= $2',
      ...mentionConditions(filter, params),
    ];
    params.push(limit);
    const rows: MentionRow[] = await this.dataSource.query(
      `SELECT ${MENTION_COLUMNS} FROM ${MENTION_FROM}
        WHERE ${conditions.join(' AND ')} ORDER BY st.seq LIMIT $${params.length}`,
      params,
    );
    return rows.map(toMention);
  }

  /** The newest seq committed so far: where a live stream starts. */
  async lastSeq(): Promise<string> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(max(seq), 0)::text AS last FROM item_stream`,
    );
    return row.last;
  }

  /** Ids of mentions hidden in the last `hours`: a screen that was away drops them on resume. */
  async hiddenSince(hours: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT st.seq::text AS id FROM item i JOIN item_stream st ON st.item_id = i.id
        WHERE i.hidden AND i.hidden_at > now() - make_interval(hours => $1)`,
      [hours],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Up to `limit` mentions newest first (published_at, then seq, both
   * descending), strictly after `after`. A keyset rather than an offset: items
   * committed while a client pages cannot shift or repeat the rows it has yet
   * to see.
   */
  async newestFirst(
    filter: MentionFilter,
    after: MentionKey | null,
    limit: number,
  ): Promise<KeyedMention[]> {
    const params: unknown[] = [];
    const conditions = mentionConditions(filter, params);
    if (after) {
      params.push(after.publishedAtMicros, after.seq);
      const at = fromMicros(`$${params.length - 1}::numeric`);
      // The plain bound on published_at is what lets an index on it start the scan at the cursor.
      conditions.push(
        `i.published_at <= ${at}`,
        `(i.published_at, st.seq) < (${at}, $${params.length}::bigint)`,
      );
    }
    params.push(limit);
    const rows: (MentionRow & { published_at_micros: string })[] =
      await this.dataSource.query(
        `SELECT ${MENTION_COLUMNS},
                trunc(extract(epoch FROM i.published_at) * 1000000)::text AS published_at_micros
           FROM ${MENTION_FROM}
          WHERE ${conditions.join(' AND ')}
          ORDER BY i.published_at DESC, st.seq DESC
          LIMIT $${params.length}`,
        params,
      );
    return rows.map((row) => ({
      mention: toMention(row),
      key: { publishedAtMicros: row.published_at_micros, seq: row.id },
    }));
  }

  /**
   * Up to `limit` mentions, the most engaging first (likes + boosts + replies
   * + quotes as the platform last said), then newest first; a post without
   * counts (a feed's) after every post with them. A keyset as `newestFirst`,
   * with the count in front.
   */
  async mostEngaging(
    filter: MentionFilter,
    after: MentionKey | null,
    limit: number,
  ): Promise<KeyedMention[]> {
    const params: unknown[] = [];
    const conditions = mentionConditions(filter, params).join(' AND ');
    const total = 'ap.likes + ap.boosts + ap.replies + ap.quotes';
    let counted = 'true';
    let uncounted = 'true';
    if (after) {
      params.push(after.engagement ?? '-1', after.publishedAtMicros, after.seq);
      const [count, at, seq] = [
        `$${params.length - 2}::int`,
        fromMicros(`$${params.length - 1}::numeric`),
        `$${params.length}::bigint`,
      ];
      // After a post with counts: the rest of them, then every post without. After one without: the rest of those.
      counted = `${count} >= 0 AND (${total}) <= ${count} AND ((${total}), i.published_at, st.seq) < (${count}, ${at}, ${seq})`;
      uncounted = `(${count} >= 0 OR (i.published_at, st.seq) < (${at}, ${seq}))`;
    }
    params.push(limit);
    const page = `$${params.length}`;
    // Posts with counts in the order of an index on their sum, and posts
    // without (feeds) newest first through the index on published_at: each
    // part stops at the page's size. A mention's columns (topics, counts) are
    // read for the page alone.
    const rows: (MentionRow & {
      published_at_micros: string;
      engagement_order: string;
    })[] = await this.dataSource.query(
      `WITH counted AS (
         SELECT i.id AS item_id, (${total}) AS engagement_order, i.published_at AS ranked_at, st.seq AS ranked_seq
           FROM account_post ap JOIN (${MENTION_FROM}) ON i.id = ap.item_id
          WHERE ${conditions} AND ${counted}
          ORDER BY (${total}) DESC, i.published_at DESC, st.seq DESC
          LIMIT ${page}),
       uncounted AS (
         SELECT i.id AS item_id, -1 AS engagement_order, i.published_at AS ranked_at, st.seq AS ranked_seq
           FROM ${MENTION_FROM}
          WHERE ${conditions} AND ${uncounted}
            AND NOT EXISTS (SELECT 1 FROM account_post ap WHERE ap.item_id = i.id)
          ORDER BY i.published_at DESC, st.seq DESC
          LIMIT ${page}),
       ranked AS (
         SELECT * FROM counted UNION ALL SELECT * FROM uncounted
          ORDER BY engagement_order DESC, ranked_at DESC, ranked_seq DESC
          LIMIT ${page})
       SELECT ${MENTION_COLUMNS},
              trunc(extract(epoch FROM i.published_at) * 1000000)::text AS published_at_micros,
              r.engagement_order::text AS engagement_order
         FROM ranked r JOIN (${MENTION_FROM}) ON i.id = r.item_id
        ORDER BY r.engagement_order DESC, r.ranked_at DESC, r.ranked_seq DESC`,
      params,
    );
    return rows.map((row) => ({
      mention: toMention(row),
      key: {
        publishedAtMicros: row.published_at_micros,
        seq: row.id,
        engagement: row.engagement_order,
      },
    }));
  }

  /** Originals (not cross-source copies) after `afterId` up to `throughId`, oldest first. */
  originalsAfter(
    afterId: string,
    throughId: string,
    limit: number,
  ): Promise<MatchableItem[]> {
    return this.dataSource.query(
      `SELECT ${MATCHABLE} FROM item i
        WHERE i.id > $1 AND i.id <= $2 AND i.duplicate_of IS NULL
        ORDER BY i.id LIMIT $3`,
      [afterId, throughId, limit],
    );
  }

  async originalBounds(): Promise<{ maxId: string; count: number }> {
    const [row] = await this.dataSource.query(
      `SELECT coalesce(max(id), 0)::text AS "maxId", count(*)::int AS count FROM item WHERE duplicate_of IS NULL`,
    );
    return row;
  }

  async countOriginalsAfter(afterId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM item WHERE id > $1 AND duplicate_of IS NULL`,
      [afterId],
    );
    return row.count;
  }

  /** The newest visible originals, for trying a query before it is saved. */
  recentOriginals(limit: number): Promise<MatchableItem[]> {
    return this.dataSource.query(
      `SELECT ${MATCHABLE} FROM item i WHERE NOT i.hidden AND i.duplicate_of IS NULL
        ORDER BY i.published_at DESC, i.id DESC LIMIT $1`,
      [limit],
    );
  }
}

/**
 * The timestamptz `micros` microseconds after the Unix epoch, exactly: whole
 * days and the seconds within the day, since a float of all the seconds would
 * round far from 1970. Added in UTC, where every day has 24 hours.
 */
function fromMicros(micros: string): string {
  return `((timestamp 'epoch' + make_interval(days => div(${micros}, 86400000000)::int,
    secs => mod(${micros}, 86400000000) / 1000000)) AT TIME ZONE 'UTC')`;
}
