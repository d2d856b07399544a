import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface MentionRow {
  itemId: string;
  topicId: string;
  terms: string[];
}

/** What matching reads of an item. */
export interface MatchableItem {
  id: string;
  title: string | null;
  text: string;
  url: string | null;
  author: string | null;
  publishedAt: string;
  hashtags: string[];
}

const MATCHABLE = `i.id::text, i.title, i.text, i.url, i.author, i.published_at AS "publishedAt", i.hashtags`;

@Injectable()
export class MentionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, rows: MentionRow[]): Promise<void> {
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
  async replaceRange(
    topicId: string,
    afterId: string,
    throughId: string,
    rows: MentionRow[],
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
      await this.insert(manager, rows);
    });
  }

  /** Originals (not cross-source copies) after `afterId` up to `throughId`, oldest first. */
  itemsAfter(
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

  async itemBounds(): Promise<{ maxId: string; count: number }> {
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

  /** The newest visible items, for trying a query before it is saved. */
  recentItems(limit: number): Promise<MatchableItem[]> {
    return this.dataSource.query(
      `SELECT ${MATCHABLE} FROM item i WHERE NOT i.hidden AND i.duplicate_of IS NULL
        ORDER BY i.published_at DESC, i.id DESC LIMIT $1`,
      [limit],
    );
  }
}
