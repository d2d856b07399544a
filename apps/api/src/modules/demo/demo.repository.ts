import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { DemoRemoval } from '@lyt/contracts';

/** Serialises seeding and removal across every process that shares the database. */
const DEMO_LOCK = 0x6c797403;

/** The demo workspace's marker row and the rows flagged `demo`: plain queries, no rules. */
@Injectable()
export class DemoRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async isActive(): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM topic WHERE demo) OR EXISTS (SELECT 1 FROM source WHERE demo) AS active`,
    );
    return row.active;
  }

  /**
   * Runs `seed` once for the lifetime of the database: only when it was never
   * seeded (the marker outlives a removal) and holds no topic or source of the
   * user's. Concurrent starts wait for each other; the second finds the marker.
   */
  async seedOnce(
    seed: (manager: EntityManager, seededAt: Date) => Promise<void>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK]);
      const [row] = await manager.query(
        `SELECT NOT EXISTS (SELECT 1 FROM demo_workspace)
            AND NOT EXISTS (SELECT 1 FROM topic) AND NOT EXISTS (SELECT 1 FROM source) AS empty`,
      );
      if (!row.empty) return false;
      const [{ seeded_at }] = await manager.query(
        `INSERT INTO demo_workspace DEFAULT VALUES RETURNING seeded_at`,
      );
      await seed(manager, seeded_at);
      return true;
    });
  }

  /**
   * Removes everything of the demo in one transaction: its mentions first in one
   * statement (the statistics' triggers take them out of the rollups at once),
   * then its items, sources (poll history goes with them) and topics. Marks the
   * demo removed, so that it is never seeded again, also when there was none.
   */
  remove(): Promise<DemoRemoval> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK]);
      const [{ mentions }] = await manager.query(
        `WITH removed AS (
           DELETE FROM mention m
            WHERE m.topic_id IN (SELECT id FROM topic WHERE demo)
               OR m.item_id IN (SELECT i.id FROM item i JOIN source s ON s.id = i.source_id WHERE s.demo)
           RETURNING 1)
         SELECT count(*)::int AS mentions FROM removed`,
      );
      const [{ items }] = await manager.query(
        `WITH removed AS (
           DELETE FROM item WHERE source_id IN (SELECT id FROM source WHERE demo) RETURNING 1)
         SELECT count(*)::int AS items FROM removed`,
      );
      const [{ sources }] = await manager.query(
        `WITH removed AS (DELETE FROM source WHERE demo RETURNING 1)
         SELECT count(*)::int AS sources FROM removed`,
      );
      const [{ topics }] = await manager.query(
        `WITH removed AS (DELETE FROM topic WHERE demo RETURNING id)
         SELECT count(*)::int AS topics FROM removed`,
      );
      await manager.query(
        `INSERT INTO demo_workspace (seeded_at, removed_at) VALUES (now(), now())
         ON CONFLICT (id) DO UPDATE SET removed_at = coalesce(demo_workspace.removed_at, now())`,
      );
      return { removed: { topics, sources, items, mentions } };
    });
  }
}
