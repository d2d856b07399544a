import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface HiddenChange {
  hidden: boolean;
  /** Whether the item was hidden before this change. */
  wasHidden: boolean;
}

@Injectable()
export class MentionModerationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Hides or shows the item whose seq is `seq`, in one committed statement;
   * null when there is none. The row lock makes two admins hiding at once see
   * each other: only the first finds it visible. A repeated hide keeps the
   * first hidden_at, the moment screens were told. A SELECT around the
   * UPDATE, so that TypeORM hands back the rows alone.
   */
  async setHidden(seq: string, hidden: boolean): Promise<HiddenChange | null> {
    const rows: { hidden: boolean; was_hidden: boolean }[] =
      await this.dataSource.query(
        `WITH before AS (SELECT id, hidden FROM item WHERE seq = $1 FOR UPDATE),
              changed AS (
                UPDATE item
                   SET hidden = $2,
                       hidden_at = CASE WHEN $2 THEN coalesce(item.hidden_at, now()) END
                  FROM before
                 WHERE item.id = before.id
             RETURNING item.hidden, before.hidden AS was_hidden)
         SELECT hidden, was_hidden FROM changed`,
        [seq, hidden],
      );
    const [row] = rows;
    return row ? { hidden: row.hidden, wasHidden: row.was_hidden } : null;
  }
}
