import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Column, ColumnFilter } from '@lyt/contracts';

interface ColumnRow {
  id: string;
  name: string;
  position: number;
  filter: ColumnFilter;
  created_at: Date;
}

const toColumn = (row: ColumnRow): Column => ({
  id: row.id,
  name: row.name,
  position: row.position,
  filter: row.filter,
  createdAt: row.created_at.toISOString(),
});

const COLUMNS = `id, name, position, filter, created_at`;

/** The `column` table. Writers that renumber positions hold the whole board (see `locked`). */
@Injectable()
export class ColumnsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(db: EntityManager = this.dataSource.manager): Promise<Column[]> {
    const rows: ColumnRow[] = await db.query(
      `SELECT ${COLUMNS} FROM "column" ORDER BY position, created_at`,
    );
    return rows.map(toColumn);
  }

  async find(id: string): Promise<Column | null> {
    const [row]: ColumnRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM "column" WHERE id = $1`,
      [id],
    );
    return row ? toColumn(row) : null;
  }

  /**
   * Runs `work` with the board to itself: two admins adding or reordering at
   * once are served one after the other, so positions stay 0…n−1 and the
   * limit on columns holds.
   */
  locked<T>(work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (db) => {
      await db.query(`LOCK TABLE "column" IN SHARE ROW EXCLUSIVE MODE`);
      return work(db);
    });
  }

  async insert(
    db: EntityManager,
    name: string,
    filter: ColumnFilter,
    position: number,
  ): Promise<Column> {
    const [row]: ColumnRow[] = await db.query(
      `INSERT INTO "column" (name, filter, position) VALUES ($1, $2, $3) RETURNING ${COLUMNS}`,
      [name, JSON.stringify(filter), position],
    );
    return toColumn(row!);
  }

  async update(
    id: string,
    changes: { name?: string; filter?: ColumnFilter },
  ): Promise<Column | null> {
    const [row]: ColumnRow[] = await this.dataSource.query(
      `WITH updated AS (
         UPDATE "column" SET name = coalesce($2, name), filter = coalesce($3::jsonb, filter)
          WHERE id = $1 RETURNING ${COLUMNS})
       SELECT * FROM updated`,
      [
        id,
        changes.name ?? null,
        changes.filter ? JSON.stringify(changes.filter) : null,
      ],
    );
    return row ? toColumn(row) : null;
  }

  async remove(db: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await db.query(
      `WITH deleted AS (DELETE FROM "column" WHERE id = $1 RETURNING id) SELECT id FROM deleted`,
      [id],
    );
    return rows.length > 0;
  }

  /** Positions 0…n−1 in the order of `ids`. */
  async setOrder(db: EntityManager, ids: string[]): Promise<void> {
    await db.query(
      `UPDATE "column" c SET position = o.position - 1
         FROM unnest($1::uuid[]) WITH ORDINALITY AS o (id, position)
        WHERE c.id = o.id`,
      [ids],
    );
  }
}
