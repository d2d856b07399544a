import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Mention } from '@lyt/contracts';
import { mentionConditions, MentionFilter } from './mention-filter';
import { MENTION_COLUMNS, MentionRow, toMention } from './mention.view';

@Injectable()
export class MentionQueryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Mentions with seq in (afterSeq, throughSeq], in commit order: what the live stream sends and replays. */
  async inSeqRange(afterSeq: string, throughSeq: string, filter: MentionFilter, limit: number): Promise<Mention[]> {
    const params: unknown[] = [afterSeq, throughSeq];
    const conditions = ['i.seq > $1', 'i.seq <= $2', ...mentionConditions(filter, params)];
    params.push(limit);
    const rows: MentionRow[] = await this.dataSource.query(
      `SELECT ${MENTION_COLUMNS} FROM item i JOIN source s ON s.id = i.source_id
        WHERE ${conditions.join(' AND ')} ORDER BY i.seq LIMIT $${params.length}`,
      params,
    );
    return rows.map(toMention);
  }

  /** The newest seq committed so far: where a live stream starts. */
  async lastSeq(): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS last FROM item`);
    return row.last;
  }

  /** Ids of mentions hidden in the last `hours`: a screen that was away drops them on resume. */
  async hiddenSince(hours: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT seq::text AS id FROM item WHERE hidden AND hidden_at > now() - make_interval(hours => $1) AND seq IS NOT NULL`,
      [hours],
    );
    return rows.map((row) => row.id);
  }
}
