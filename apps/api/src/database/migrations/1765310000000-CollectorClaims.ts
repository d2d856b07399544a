import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A claim names the process that holds it. Each process that polls has a row
 * in `collector`, renewed every second over a connection of its own, which
 * records that connection's server process (`backend_pid`). A claim is held
 * while its collector's heartbeat is fresh and that server process exists: a
 * collector that was killed loses its connection, so its claims are free at
 * once, and one on a machine that vanished without closing it loses them when
 * the heartbeat goes stale. Deleting a collector (it stopped) frees its claims.
 */
export class CollectorClaims1765310000000 implements MigrationInterface {
  name = 'CollectorClaims1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE collector (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        host text NOT NULL,
        pid integer NOT NULL,
        backend_pid integer,
        started_at timestamptz NOT NULL DEFAULT now(),
        heartbeat_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(
      `ALTER TABLE source ADD COLUMN claimed_by uuid REFERENCES collector (id) ON DELETE SET NULL`,
    );
    await db.query(
      `CREATE INDEX source_claimed_by_idx ON source (claimed_by) WHERE claimed_by IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE source DROP COLUMN claimed_by`);
    await db.query(`DROP TABLE collector`);
  }
}
