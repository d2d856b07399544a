import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcome of every poll, kept as a source's history of health: one row
 * per stretch of consecutive polls that all succeeded or all failed (a poll
 * like the one before extends its row, one that differs closes it and opens
 * the next). A failing stretch is a blind spot: from its first failed poll to
 * the first successful one after it, Lyt heard nothing from the source.
 * Written in the poll's own transaction; stretches that ended long ago are
 * pruned (PollHistoryPruner). History starts with this migration: earlier
 * polls were not kept.
 */
export class PollHistory1764900001000 implements MigrationInterface {
  name = 'PollHistory1764900001000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE poll_run (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        source_id uuid NOT NULL REFERENCES source (id) ON DELETE CASCADE,
        ok boolean NOT NULL,
        -- The first and the latest poll of the stretch.
        started_at timestamptz NOT NULL,
        last_at timestamptz NOT NULL,
        -- The first poll of the next stretch; null while this one lasts.
        ended_at timestamptz,
        polls integer NOT NULL CHECK (polls > 0),
        new_items integer NOT NULL DEFAULT 0,
        -- The latest poll's status (ok, not-modified, or an error code) and, failing, its error in words.
        status text NOT NULL,
        error text,
        CHECK (ended_at IS NULL OR ended_at >= last_at)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX poll_run_current_idx ON poll_run (source_id) WHERE ended_at IS NULL`,
    );
    // Blind spots in a period: failing stretches that started before its end.
    await db.query(
      `CREATE INDEX poll_run_outage_idx ON poll_run (started_at) WHERE NOT ok`,
    );
    await db.query(
      `CREATE INDEX poll_run_ended_idx ON poll_run (ended_at) WHERE ended_at IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE poll_run`);
  }
}
