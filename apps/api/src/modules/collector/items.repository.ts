import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EnrichedItem, StoredItem } from './collected-items';

@Injectable()
export class ItemsRepository {
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
   * Gives the poll's new items their place in commit order and tells every api
   * process, on commit, that the stream moved. Call last in the transaction: the
   * lock serialises the commits of concurrent polls from here on, so a lower seq
   * is always visible before a higher one.
   */
  async publish(manager: EntityManager, items: StoredItem[]): Promise<void> {
    if (items.length === 0) return;
    await manager.query('SELECT pg_advisory_xact_lock($1)', [STREAM_LOCK]);
    const [{ last }] = await manager.query(
      `WITH numbered AS (
         UPDATE item SET seq = ordered.seq
           FROM (SELECT id, nextval('item_seq') AS seq
                   FROM (SELECT id FROM item WHERE id = ANY($1::bigint[]) ORDER BY id) AS by_id) AS ordered
          WHERE item.id = ordered.id
          RETURNING item.seq)
       SELECT max(seq)::text AS last FROM numbered`,
      [items.map((item) => item.id)],
    );
    await manager.query(`SELECT pg_notify($1, $2)`, [ITEMS_CHANNEL, last]);
  }
}

/** Serialises the commit of new items across every collector process. */
const STREAM_LOCK = 0x6c797402;
/** NOTIFY channel: the payload is the highest seq just committed, never the items themselves. */
export const ITEMS_CHANNEL = 'lyt_items';
