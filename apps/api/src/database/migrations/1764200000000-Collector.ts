import { MigrationInterface, QueryRunner } from 'typeorm';

export class Collector1764200000000 implements MigrationInterface {
  name = 'Collector1764200000000';

  async up(db: QueryRunner): Promise<void> {
    // The same story reached through two sources is stored twice (each source's history stays
    // complete) but linked to the first copy, so that it is counted and matched once.
    await db.query(
      `ALTER TABLE item ADD COLUMN duplicate_of bigint REFERENCES item (id) ON DELETE SET NULL`,
    );
    await db.query(`ALTER TABLE source ADD COLUMN last_polled_at timestamptz`);
    await db.query(`ALTER TABLE source ADD COLUMN last_status text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE source DROP COLUMN last_status`);
    await db.query(`ALTER TABLE source DROP COLUMN last_polled_at`);
    await db.query(`ALTER TABLE item DROP COLUMN duplicate_of`);
  }
}
