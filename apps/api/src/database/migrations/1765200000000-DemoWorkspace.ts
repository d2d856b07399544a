import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The demo workspace: topics and sources it seeded carry `demo`, so they can be
 * labelled and removed together (their items, mentions, rollups and poll
 * history go with them by cascade and the statistics' triggers). The one row
 * of `demo_workspace` remembers that the demo was seeded and outlives its
 * removal, so that a later start never seeds it again.
 */
export class DemoWorkspace1765200000000 implements MigrationInterface {
  name = 'DemoWorkspace1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE topic ADD COLUMN demo boolean NOT NULL DEFAULT false`,
    );
    await db.query(
      `ALTER TABLE source ADD COLUMN demo boolean NOT NULL DEFAULT false`,
    );
    await db.query(`
      CREATE TABLE demo_workspace (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        seeded_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE demo_workspace`);
    await db.query(`ALTER TABLE source DROP COLUMN demo`);
    await db.query(`ALTER TABLE topic DROP COLUMN demo`);
  }
}
