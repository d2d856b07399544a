import { MigrationInterface, QueryRunner } from 'typeorm';

export class TopicRematch1764210000000 implements MigrationInterface {
  name = 'TopicRematch1764210000000';

  async up(db: QueryRunner): Promise<void> {
    // Progress of re-applying a topic's query to stored history; query_version lets a
    // running pass notice that the query changed under it and give way to a new one.
    await db.query(`
      ALTER TABLE topic
        ADD COLUMN query_version integer NOT NULL DEFAULT 1,
        ADD COLUMN rematch_status text NOT NULL DEFAULT 'done' CHECK (rematch_status IN ('running', 'done')),
        ADD COLUMN rematch_processed integer NOT NULL DEFAULT 0,
        ADD COLUMN rematch_total integer NOT NULL DEFAULT 0,
        ADD COLUMN rematch_finished_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE topic
        DROP COLUMN query_version, DROP COLUMN rematch_status, DROP COLUMN rematch_processed,
        DROP COLUMN rematch_total, DROP COLUMN rematch_finished_at`);
  }
}
