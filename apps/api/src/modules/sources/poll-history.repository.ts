import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SourceOutage, SourceRef, TimeRange } from '@lyt/contracts';
import type { PollOutcome } from './sources.repository';

export interface SourceOutages {
  source: SourceRef;
  outages: SourceOutage[];
}

/**
 * The `poll_run` table: each source's history of health as stretches of
 * polls with the same outcome (see the PollHistory migration).
 */
@Injectable()
export class PollHistoryRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Adds one poll, in the transaction that records its outcome: it extends the
   * source's current stretch when it ended the same way (ok or failing), else
   * closes that stretch and opens the next.
   */
  async record(
    manager: EntityManager,
    sourceId: string,
    outcome: Pick<PollOutcome, 'ok' | 'status' | 'error' | 'newItems'>,
  ): Promise<void> {
    // One statement: the open stretch is extended, or closed and the next one opened. The
    // insert's one-time filter runs both updates first, so the unique index on the open
    // stretch sees it closed before the new one arrives.
    await manager.query(
      `WITH extended AS (
         UPDATE poll_run
            SET last_at = now(), polls = polls + 1, new_items = new_items + $5, status = $3, error = $4
          WHERE source_id = $1 AND ended_at IS NULL AND ok = $2
          RETURNING id),
       closed AS (
         UPDATE poll_run SET ended_at = now()
          WHERE source_id = $1 AND ended_at IS NULL AND ok <> $2
          RETURNING id)
       INSERT INTO poll_run (source_id, ok, started_at, last_at, polls, status, error, new_items)
       SELECT $1, $2, now(), now(), 1, $3, $4, $5
        WHERE NOT EXISTS (SELECT 1 FROM extended) AND (SELECT count(*) FROM closed) >= 0`,
      [sourceId, outcome.ok, outcome.status, outcome.error, outcome.newItems],
    );
  }

  /** Per source (by name), its failing stretches that overlap `range`, oldest first. */
  async outages(range: TimeRange): Promise<SourceOutages[]> {
    const rows: {
      source_id: string;
      source_name: string;
      started_at: Date;
      ended_at: Date | null;
      last_at: Date;
      polls: number;
      status: string;
      error: string | null;
    }[] = await this.dataSource.query(
      `SELECT r.source_id, s.name AS source_name, r.started_at, r.ended_at, r.last_at, r.polls,
              r.status, r.error
         FROM poll_run r JOIN source s ON s.id = r.source_id
        WHERE NOT r.ok AND r.started_at < $2 AND (r.ended_at IS NULL OR r.ended_at > $1)
        ORDER BY s.name, s.id, r.started_at`,
      [range.from, range.to],
    );
    const bySource = new Map<string, SourceOutages>();
    for (const row of rows) {
      let entry = bySource.get(row.source_id);
      if (!entry) {
        entry = {
          source: { id: row.source_id, name: row.source_name },
          outages: [],
        };
        bySource.set(row.source_id, entry);
      }
      entry.outages.push({
        from: row.started_at.toISOString(),
        to: row.ended_at?.toISOString() ?? null,
        lastPolledAt: row.last_at.toISOString(),
        failedPolls: row.polls,
        status: row.status,
        error: row.error,
      });
    }
    return [...bySource.values()];
  }

  /** Forgets stretches that ended more than `days` ago; returns how many. */
  async prune(days: number): Promise<number> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH pruned AS (
         DELETE FROM poll_run WHERE ended_at < now() - make_interval(days => $1) RETURNING id)
       SELECT id FROM pruned`,
      [days],
    );
    return rows.length;
  }
}
