import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hostsOf } from '../platforms/platform-post';

/** A link written out in a feed item's text (its HTML links are not kept). */
const WRITTEN_URL = /https?:\/\/[^\s<>"')\]]+/giu;

/** One of an account's posts as the insights read it. */
export interface InsightPost {
  accountId: string;
  mentionId: string | null;
  url: string | null;
  text: string;
  language: string | null;
  postedAt: Date;
  likes: number;
  boosts: number;
  replies: number;
  quotes: number;
  hasImage: boolean;
  linkHosts: string[];
  hashtags: string[];
  sharedUrl: string | null;
  sharedHandle: string | null;
  /** The post's item matched a company topic. */
  company: boolean;
}

/** Reads across accounts, their posts and what their posts matched; plain queries, no rules. */
@Injectable()
export class InsightsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Posts (boosts included) of the given accounts published in [from, to),
   * not deleted. A feed's posts are its source's visible items: no
   * engagement, no boosts, and the hosts of the links written in its text.
   */
  async postsOf(
    accountIds: string[],
    from: Date,
    to: Date,
  ): Promise<InsightPost[]> {
    if (accountIds.length === 0) return [];
    const rows: (Omit<InsightPost, 'linkHosts'> & {
      linkHosts: string[] | null;
    })[] = await this.dataSource.query(
      `SELECT ap.account_id AS "accountId",
              CASE WHEN st.seq IS NOT NULL AND NOT i.hidden AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
                   THEN st.seq::text END AS "mentionId",
              ap.url, ap.text, i.language, ap.posted_at AS "postedAt",
              ap.likes, ap.boosts, ap.replies, ap.quotes, ap.has_image AS "hasImage",
              ap.link_hosts AS "linkHosts", ap.hashtags, ap.shared_url AS "sharedUrl",
              ap.shared_handle AS "sharedHandle",
              EXISTS (SELECT 1 FROM mention m JOIN topic t ON t.id = m.topic_id
                       WHERE m.item_id = i.id AND t.kind = 'company') AS company
         FROM account_post ap
         LEFT JOIN item i ON i.id = ap.item_id
         LEFT JOIN item_stream st ON st.item_id = i.id
        WHERE ap.account_id = ANY($1::uuid[]) AND ap.deleted_at IS NULL
          AND ap.posted_at >= $2 AND ap.posted_at < $3
       UNION ALL
       SELECT a.id, CASE WHEN st.seq IS NOT NULL AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
                         THEN st.seq::text END,
              i.url, CASE WHEN i.text = '' THEN coalesce(i.title, '') ELSE i.text END, i.language,
              i.published_at, 0, 0, 0, 0, i.media_url IS NOT NULL, NULL, i.hashtags, NULL, NULL,
              EXISTS (SELECT 1 FROM mention m JOIN topic t ON t.id = m.topic_id
                       WHERE m.item_id = i.id AND t.kind = 'company')
         FROM account a
         JOIN item i ON i.source_id = a.source_id AND NOT i.hidden
         LEFT JOIN item_stream st ON st.item_id = i.id
        WHERE a.id = ANY($1::uuid[]) AND a.platform = 'feed'
          AND i.published_at >= $2 AND i.published_at < $3
        ORDER BY "postedAt" DESC`,
      [accountIds, from, to],
    );
    return rows.map((row) => ({
      ...row,
      linkHosts: row.linkHosts ?? hostsOf(row.text.match(WRITTEN_URL) ?? []),
    }));
  }

  /** Own accounts' posts by URL: what a boost of company content points at. */
  ownPostsByUrl(
    urls: string[],
  ): Promise<{ url: string; text: string; accountId: string }[]> {
    if (urls.length === 0) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT ap.url, ap.text, ap.account_id AS "accountId"
         FROM account_post ap JOIN account a ON a.id = ap.account_id
        WHERE a.role = 'own' AND ap.url = ANY($1::text[])`,
      [urls],
    );
  }

  async signals(): Promise<{ domains: string[]; hashtags: string[] }> {
    const rows: { kind: string; value: string }[] = await this.dataSource.query(
      `SELECT kind, value FROM ambassador_signal ORDER BY value`,
    );
    return {
      domains: rows
        .filter((row) => row.kind === 'domain')
        .map((row) => row.value),
      hashtags: rows
        .filter((row) => row.kind === 'hashtag')
        .map((row) => row.value),
    };
  }

  async replaceSignals(domains: string[], hashtags: string[]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM ambassador_signal`);
      await manager.query(
        `INSERT INTO ambassador_signal (kind, value)
         SELECT 'domain', unnest($1::text[]) UNION SELECT 'hashtag', unnest($2::text[])`,
        [domains, hashtags],
      );
    });
  }
}
