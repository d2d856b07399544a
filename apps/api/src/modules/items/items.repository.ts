import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { step } from '../../common/step-timer.util';
import type {
  EnrichedItem,
  HiddenChange,
  StoredItem,
  TopicMatch,
} from './item.types';
import { DELETED_ON_PLATFORM } from './mention.view';

/** Every write to `item` and `mention`. */
@Injectable()
export class ItemsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Stores a poll's items in one statement; those the source delivered before are
   * skipped by the unique (source_id, guid). Returns only the new rows.
   */
  async insertNew(
    manager: EntityManager,
    sourceId: string,
    items: EnrichedItem[],
  ): Promise<StoredItem[]> {
    if (items.length === 0) return [];
    const rows = items.map((item) => ({
      guid: item.guid,
      url: item.url,
      canonical_url: item.canonicalUrl,
      title: item.title,
      text: item.text,
      author: item.author,
      published_at: item.publishedAt,
      hashtags: item.hashtags,
      media_url: item.mediaUrl,
      language: item.language,
      sentiment_score: item.sentiment.score,
      sentiment_label: item.sentiment.label,
    }));
    // Planned without statistics (a young table, or autovacuum behind), the per-row duplicate
    // lookup is costed high enough for JIT, whose ~20 ms of compiling outweighs the statement
    // itself (200 rows in a few ms); so are the statistics triggers of the mention insert that
    // follows (at 88k unanalysed rows 67–130 ms with JIT, 4–10 ms without). The setting lasts
    // to the end of the transaction, which stores short statements only.
    await manager.query(`SET LOCAL jit = off`);
    const inserted: {
      id: string;
      guid: string;
      duplicate_of: string | null;
    }[] = await manager.query(
      `INSERT INTO item (source_id, guid, url, canonical_url, title, text, author, published_at, hashtags,
                         media_url, language, sentiment_score, sentiment_label, duplicate_of)
       SELECT $1, x.guid, x.url, x.canonical_url, x.title, x.text, x.author, x.published_at, x.hashtags,
              x.media_url, x.language, x.sentiment_score, x.sentiment_label,
              (SELECT first.id FROM item first
                WHERE first.canonical_url = x.canonical_url AND first.source_id <> $1 AND first.duplicate_of IS NULL
                ORDER BY first.id LIMIT 1)
         FROM jsonb_to_recordset($2::jsonb) AS x(
              guid text, url text, canonical_url text, title text, text text, author text,
              published_at timestamptz, hashtags text[], media_url text, language text,
              sentiment_score real, sentiment_label text)
       ON CONFLICT (source_id, guid) DO NOTHING
       RETURNING id::text, guid, duplicate_of::text`,
      [sourceId, JSON.stringify(rows)],
    );
    const byGuid = new Map(items.map((item) => [item.guid, item]));
    return inserted.map((row) => ({
      ...byGuid.get(row.guid)!,
      id: row.id,
      sourceId,
      duplicateOf: row.duplicate_of,
    }));
  }

  /**
   * Asks for the new items to be given their place in commit order, and every
   * api process to be told that the stream moved: a deferred trigger does both
   * while this transaction commits (see the StreamAtCommit migration), under
   * the lock that serialises those commits, so a lower seq is always visible
   * before a higher one and no statement of ours waits inside that lock.
   */
  async publish(manager: EntityManager, items: StoredItem[]): Promise<void> {
    if (items.length === 0) return;
    await step('publish', () =>
      manager.query(`INSERT INTO item_stream_request (item_ids) VALUES ($1)`, [
        items.map((item) => item.id),
      ]),
    );
  }

  async insertMatches(
    manager: EntityManager,
    rows: TopicMatch[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO mention (item_id, topic_id, terms)
       SELECT x."itemId"::bigint, x."topicId"::uuid, x.terms
         FROM jsonb_to_recordset($1::jsonb) AS x("itemId" text, "topicId" text, terms text[])
       ON CONFLICT (item_id, topic_id) DO UPDATE SET terms = EXCLUDED.terms`,
      [JSON.stringify(rows)],
    );
  }

  /** Replaces one topic's mentions among items `(afterId, throughId]` with `rows`, atomically. */
  async replaceMatches(
    topicId: string,
    afterId: string,
    throughId: string,
    rows: TopicMatch[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // The statistics' triggers lock the items whose mentions change, once for the DELETE and
      // once for the INSERT: taken here at once and in order, two passes cannot deadlock.
      await manager.query(
        `SELECT 1 FROM item WHERE id > $1 AND id <= $2 ORDER BY id FOR NO KEY UPDATE`,
        [afterId, throughId],
      );
      await manager.query(
        `DELETE FROM mention WHERE topic_id = $1 AND item_id > $2 AND item_id <= $3`,
        [topicId, afterId, throughId],
      );
      await this.insertMatches(manager, rows);
    });
  }

  /**
   * Hides or shows the item whose seq is `seq`, in one committed statement;
   * null when there is none. The row lock makes two admins hiding at once see
   * each other: only the first finds it visible. A repeated hide keeps the
   * first hidden_at, the moment screens were told. A SELECT around the
   * UPDATE, so that TypeORM hands back the rows alone.
   */
  async setHidden(seq: string, hidden: boolean): Promise<HiddenChange | null> {
    // A post deleted on its platform stays hidden: showing it is refused, not done.
    const rows: {
      hidden: boolean;
      was_hidden: boolean;
      hidden_reason: string | null;
    }[] = await this.dataSource.query(
      `WITH before AS (
              SELECT id, hidden, hidden_reason FROM item
               WHERE id = (SELECT item_id FROM item_stream WHERE seq = $1) FOR UPDATE),
            changed AS (
              UPDATE item
                 SET hidden = $2,
                     hidden_at = CASE WHEN $2 THEN coalesce(item.hidden_at, now()) END
                FROM before
               WHERE item.id = before.id AND ($2 OR before.hidden_reason IS NULL)
           RETURNING item.hidden)
       SELECT coalesce((SELECT hidden FROM changed), before.hidden) AS hidden,
              before.hidden AS was_hidden, before.hidden_reason
         FROM before`,
      [seq, hidden],
    );
    const [row] = rows;
    return row
      ? {
          hidden: row.hidden,
          wasHidden: row.was_hidden,
          deletedOnPlatform: row.hidden_reason === DELETED_ON_PLATFORM,
        }
      : null;
  }

  /**
   * Hides the items of posts their platform no longer has, as moderation
   * hides (the statistics drop them through their triggers), marked so that
   * they are not shown again. On commit, every api process is told the seqs
   * that were visible (HIDDEN_CHANNEL), and tells its screens.
   */
  async hideDeletedOnPlatform(itemIds: string[]): Promise<string[]> {
    if (itemIds.length === 0) return [];
    const rows: { seq: string }[] = await this.dataSource.query(
      `WITH before AS (
              SELECT id, hidden FROM item WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE),
            changed AS (
              UPDATE item
                 SET hidden = true, hidden_at = coalesce(item.hidden_at, now()), hidden_reason = $2
                FROM before
               WHERE item.id = before.id
           RETURNING item.id, before.hidden AS was_hidden),
            told AS (
              SELECT st.seq::text AS seq, pg_notify($3, st.seq::text)
                FROM changed JOIN item_stream st ON st.item_id = changed.id
               WHERE NOT changed.was_hidden)
       SELECT seq FROM told`,
      [itemIds, DELETED_ON_PLATFORM, HIDDEN_CHANNEL],
    );
    return rows.map((row) => row.seq);
  }
}

/** NOTIFY channel (the StreamAtCommit trigger's): the payload is the highest seq just committed, never the items themselves. */
export const ITEMS_CHANNEL = 'lyt_items';
/** NOTIFY channel: the payload is the seq of a mention a collector hid (its post was deleted on its platform). */
export const HIDDEN_CHANNEL = 'lyt_hidden';
