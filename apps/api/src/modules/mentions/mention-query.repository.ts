import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Mention } from '@lyt/contracts';
import type { MentionKey } from './mention-cursor.util';
import { mentionConditions, MentionFilter } from './mention-filter';
import { MENTION_COLUMNS, MentionRow, toMention } from './mention.view';

/** A mention with its place in the newest-first order, to continue after it. */
export interface KeyedMention {
  mention: Mention;
  key: MentionKey;
}

@Injectable()
export class MentionQueryRepository {
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
      'i.seq > $1',
      'i.seq <= $2',
      ...mentionConditions(filter, params),
    ];
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
    const [row] = await this.dataSource.query(
      `SELECT coalesce(max(seq), 0)::text AS last FROM item`,
    );
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
        `(i.published_at, i.seq) < (${at}, $${params.length}::bigint)`,
      );
    }
    params.push(limit);
    const rows: (MentionRow & { published_at_micros: string })[] =
      await this.dataSource.query(
        `SELECT ${MENTION_COLUMNS},
                trunc(extract(epoch FROM i.published_at) * 1000000)::text AS published_at_micros
           FROM item i JOIN source s ON s.id = i.source_id
          WHERE ${conditions.join(' AND ')}
          ORDER BY i.published_at DESC, i.seq DESC
          LIMIT $${params.length}`,
        params,
      );
    return rows.map((row) => ({
      mention: toMention(row),
      key: { publishedAtMicros: row.published_at_micros, seq: row.id },
    }));
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
