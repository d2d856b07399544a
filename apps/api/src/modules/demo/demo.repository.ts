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
   * user's. Concurrent starts wait for each other; the second finds the marker
   * and gets null.
   */
  async seedOnce<T>(
    seed: (manager: EntityManager, seededAt: Date) => Promise<T>,
  ): Promise<T | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK]);
      const [row] = await manager.query(
        `SELECT NOT EXISTS (SELECT 1 FROM demo_workspace)
            AND NOT EXISTS (SELECT 1 FROM topic) AND NOT EXISTS (SELECT 1 FROM source) AS empty`,
      );
      if (!row.empty) return null;
      const [{ seeded_at }] = await manager.query(
        `INSERT INTO demo_workspace DEFAULT VALUES RETURNING seeded_at`,
      );
      return seed(manager, seeded_at);
    });
  }

  /**
   * The demo's topics and sources, created (flagged demo) when the demo is not
   * there; returns the sources' ids in the order given. Marks the database as
   * seeded, so that a later first start does not add a second demo.
   */
  async ensureWorkspace(
    topics: readonly {
      name: string;
      kind: string;
      query: string;
      color: string;
    }[],
    sources: { name: string; url: string; intervalSeconds: number }[],
  ): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK]);
      await manager.query(
        `INSERT INTO demo_workspace DEFAULT VALUES ON CONFLICT (id) DO NOTHING`,
      );
      if (
        !(await manager.query(`SELECT 1 FROM topic WHERE demo LIMIT 1`)).length
      )
        for (const topic of topics) await this.insertTopic(manager, topic);
      const ids: string[] = [];
      for (const source of sources) {
        const [existing] = await manager.query(
          `SELECT id FROM source WHERE demo AND name = $1 ORDER BY created_at LIMIT 1`,
          [source.name],
        );
        if (existing) {
          ids.push(existing.id);
          continue;
        }
        const id = await this.insertSource(manager, source);
        await manager.query(
          `UPDATE source SET next_poll_at = now() WHERE id = $1`,
          [id],
        );
        ids.push(id);
      }
      return ids;
    });
  }

  async insertTopic(
    manager: EntityManager,
    topic: { name: string; kind: string; query: string; color: string },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO topic (name, kind, query, color, demo) VALUES ($1, $2, $3, $4, true) RETURNING id`,
      [topic.name, topic.kind, topic.query, topic.color],
    );
    return row.id;
  }

  /** A demo source, not due until its history is written (`startPolling`). */
  async insertSource(
    manager: EntityManager,
    source: { name: string; url: string; intervalSeconds: number },
  ): Promise<string> {
    const [row] = await manager.query(
      `INSERT INTO source (name, url, kind, interval_seconds, demo, next_poll_at)
       VALUES ($1, $2, 'feed', $3, true, now() + interval '1 day') RETURNING id`,
      [source.name, source.url, source.intervalSeconds],
    );
    return row.id;
  }

  /**
   * The demo sources' health as their history left it, and their stretches of
   * polls (ok, and failing during `outages`), so that source health and blind
   * spots have a past; then they are due at once.
   */
  async finishHistory(
    sources: {
      id: string;
      from: Date;
      to: Date;
      intervalSeconds: number;
      items: number;
      lastItemAt: Date | null;
      outages: { start: Date; end: Date; error: string }[];
    }[],
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      for (const source of sources) {
        const polls = (from: Date, to: Date) =>
          Math.max(
            1,
            Math.round(
              (to.getTime() - from.getTime()) / (source.intervalSeconds * 1000),
            ),
          );
        let okFrom = source.from;
        for (const outage of source.outages) {
          await manager.query(
            `INSERT INTO poll_run (source_id, ok, started_at, last_at, ended_at, polls, status, error, new_items)
             VALUES ($1, true, $2, $3, $3, $4, 'ok', NULL, 0),
                    ($1, false, $3, $5, $5, $6, 'http-status', $7, 0)`,
            [
              source.id,
              okFrom,
              outage.start,
              polls(okFrom, outage.start),
              outage.end,
              polls(outage.start, outage.end),
              outage.error,
            ],
          );
          okFrom = outage.end;
        }
        await manager.query(
          `INSERT INTO poll_run (source_id, ok, started_at, last_at, polls, status, new_items)
           VALUES ($1, true, $2, $3, $4, 'ok', $5)`,
          [
            source.id,
            okFrom,
            source.to,
            polls(okFrom, source.to),
            source.items,
          ],
        );
        await manager.query(
          `UPDATE source SET last_ok_at = $2, last_polled_at = $2, last_status = 'ok', items_seen = $3,
                  last_new_item_at = $4, next_poll_at = now()
            WHERE id = $1`,
          [source.id, source.to, source.items, source.lastItemAt],
        );
      }
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
      // With their mentions gone the items count in no statistic, so the per-row trigger that
      // takes a deleted item out of the rollups has nothing to do: skipped for this statement,
      // inside this transaction only (it waits for, and briefly blocks, other writers of item).
      const quick = await this.withoutItemDeleteTrigger(manager);
      const [{ items }] = await manager.query(
        `WITH removed AS (
           DELETE FROM item WHERE source_id IN (SELECT id FROM source WHERE demo) RETURNING 1)
         SELECT count(*)::int AS items FROM removed`,
      );
      if (quick)
        await manager.query(
          `ALTER TABLE item ENABLE TRIGGER stats_item_deleted`,
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

  /** False when the trigger cannot be switched off (not the table's owner, or busy): the slow way then. */
  private async withoutItemDeleteTrigger(
    manager: EntityManager,
  ): Promise<boolean> {
    await manager.query('SAVEPOINT item_trigger');
    try {
      await manager.query(`SET LOCAL lock_timeout = '10s'`);
      await manager.query(
        `ALTER TABLE item DISABLE TRIGGER stats_item_deleted`,
      );
      await manager.query(`SET LOCAL lock_timeout = 0`);
      return true;
    } catch {
      await manager.query('ROLLBACK TO SAVEPOINT item_trigger');
      return false;
    }
  }
}
