import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { DigestMention, Mention } from '@lyt/contracts';
import { mentionConditions } from '../items/mention-filter';
import {
  MENTION_COLUMNS,
  MENTION_FROM,
  MentionRow,
  toMention,
} from '../items/mention.view';

/** How far from an original its copies are looked for: the same story runs within a day or two. */
const COPY_WINDOW = `interval '2 days'`;

/** The mentions a digest names; the figures come from the statistics. */
@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The period's mentions of the topics (every topic when none) that reached
   * furthest: picked up by the most other sources, then the newest.
   */
  async widestReach(
    topics: string[],
    period: { from: Date; to: Date },
    limit: number,
  ): Promise<DigestMention[]> {
    const params: unknown[] = [];
    const conditions = mentionConditions(
      { topics, from: period.from, to: period.to },
      params,
    );
    params.push(period.from, period.to, limit);
    const n = params.length;
    const rows: (MentionRow & { copies: number })[] =
      await this.dataSource.query(
        `WITH copies AS (
         SELECT c.duplicate_of AS id, count(*) AS n FROM item c
          WHERE c.duplicate_of IS NOT NULL AND NOT c.hidden
            AND c.published_at >= $${n - 2}::timestamptz - ${COPY_WINDOW}
            AND c.published_at < $${n - 1}::timestamptz + ${COPY_WINDOW}
          GROUP BY 1)
       SELECT ${MENTION_COLUMNS}, coalesce(copies.n, 0)::int AS copies
         FROM ${MENTION_FROM}
         LEFT JOIN copies ON copies.id = i.id
        WHERE ${conditions.join(' AND ')}
        ORDER BY coalesce(copies.n, 0) DESC, i.published_at DESC, st.seq DESC LIMIT $${n}`,
        params,
      );
    return rows.map((row) => ({ ...toMention(row), sources: 1 + row.copies }));
  }

  /** The period's negative mentions of the topics, the most negative first. */
  async mostNegative(
    topics: string[],
    period: { from: Date; to: Date },
    limit: number,
  ): Promise<Mention[]> {
    const params: unknown[] = [];
    const conditions = mentionConditions(
      { topics, sentiments: ['negative'], from: period.from, to: period.to },
      params,
    );
    params.push(limit);
    const rows: MentionRow[] = await this.dataSource.query(
      `SELECT ${MENTION_COLUMNS} FROM ${MENTION_FROM}
        WHERE ${conditions.join(' AND ')}
        ORDER BY i.sentiment_score ASC, i.published_at DESC, st.seq DESC LIMIT $${params.length}`,
      params,
    );
    return rows.map(toMention);
  }
}
