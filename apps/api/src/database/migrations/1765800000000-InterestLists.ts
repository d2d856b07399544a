import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interest lists (tip 2): named lists of sources ("Branchemedier",
 * "Politikere", "Kunder"); an account is in a list through its source.
 * `list=` on the mention filters keeps the mentions from a list's sources.
 */
export class InterestLists1765800000000 implements MigrationInterface {
  name = 'InterestLists1765800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE interest_list (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX interest_list_name_idx ON interest_list (lower(name))`,
    );
    await db.query(`
      CREATE TABLE interest_list_member (
        list_id uuid NOT NULL REFERENCES interest_list (id) ON DELETE CASCADE,
        source_id uuid NOT NULL REFERENCES source (id) ON DELETE CASCADE,
        PRIMARY KEY (list_id, source_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE interest_list_member`);
    await db.query(`DROP TABLE interest_list`);
  }
}
