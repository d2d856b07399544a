import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live columns: filters the team saved in explore, shown side by side. The
 * filter is the `ColumnFilter` of libs/contracts as JSON (validated by the
 * api before it is stored). "column" is a keyword in SQL: always quoted.
 */
export class Columns1765100000000 implements MigrationInterface {
  name = 'Columns1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE "column" (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        position integer NOT NULL CHECK (position >= 0),
        filter jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(filter) = 'object'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE "column"`);
  }
}
