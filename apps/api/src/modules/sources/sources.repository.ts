import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { SourceEntity } from './entities/source.entity';
import { PollHistoryRepository } from './poll-history.repository';

export type NewSource = Pick<
  SourceEntity,
  'name' | 'url' | 'kind' | 'intervalSeconds'
>;
export type SourceChanges = Partial<
  Pick<SourceEntity, 'name' | 'url' | 'intervalSeconds' | 'enabled'>
>;

export interface PollOutcome {
  ok: boolean;
  /** `ok`, `not-modified`, or the error code. */
  status: string;
  error: string | null;
  etag?: string | null;
  lastModified?: string | null;
  newItems: number;
  nextPollAt: Date;
}

@Injectable()
export class SourcesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: PollHistoryRepository,
  ) {}

  private get sources() {
    return this.dataSource.getRepository(SourceEntity);
  }

  list(): Promise<SourceEntity[]> {
    return this.sources.find({ order: { createdAt: 'ASC' } });
  }

  find(id: string): Promise<SourceEntity | null> {
    return this.sources.findOne({ where: { id } });
  }

  findByUrl(url: string): Promise<SourceEntity | null> {
    return this.sources.findOne({ where: { url } });
  }

  async create(source: NewSource): Promise<SourceEntity> {
    const [row] = await this.dataSource.query(
      `INSERT INTO source (name, url, kind, interval_seconds, next_poll_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
      [source.name, source.url, source.kind, source.intervalSeconds],
    );
    return (await this.find(row.id))!;
  }

  async update(
    id: string,
    changes: SourceChanges,
    resetValidators: boolean,
  ): Promise<void> {
    await this.sources.update(id, {
      ...changes,
      ...(resetValidators
        ? { etag: null, lastModified: null, nextPollAt: () => 'now()' }
        : {}),
    } as never);
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.sources.delete(id);
    return (result.affected ?? 0) > 0;
  }

  /**
   * Takes up to `limit` due sources for this process. SKIP LOCKED lets any number of
   * collectors claim at once without waiting on, or taking, each other's rows; pushing
   * next_poll_at ahead by `leaseSeconds` keeps a claimed source from being claimed again
   * while it is polled, and frees it again if this process dies mid-poll.
   */
  claimDue(limit: number, leaseSeconds: number): Promise<SourceEntity[]> {
    return this.claim(
      `enabled AND next_poll_at <= now()`,
      [],
      limit,
      leaseSeconds,
    );
  }

  /** Claims one source whatever its schedule ("poll now"); null when another collector polls it right now. */
  async claimOne(
    id: string,
    leaseSeconds: number,
  ): Promise<SourceEntity | null> {
    const [source] = await this.claim(`id = $3`, [id], 1, leaseSeconds);
    return source ?? null;
  }

  private async claim(
    where: string,
    params: unknown[],
    limit: number,
    leaseSeconds: number,
  ): Promise<SourceEntity[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE source SET next_poll_at = now() + make_interval(secs => $2), last_polled_at = now()
          WHERE id IN (
            SELECT id FROM source WHERE ${where}
             ORDER BY next_poll_at LIMIT $1 FOR UPDATE SKIP LOCKED)
          RETURNING id)
       SELECT id FROM claimed`,
      [limit, leaseSeconds, ...params],
    );
    if (rows.length === 0) return [];
    return this.sources.find({ where: rows.map((row) => ({ id: row.id })) });
  }

  /** Counts as the poll's end, and goes into the source's poll history: run inside the transaction that stored its items. */
  async recordOutcome(
    manager: EntityManager,
    id: string,
    outcome: PollOutcome,
  ): Promise<void> {
    const validators =
      outcome.etag !== undefined ? `, etag = $7, last_modified = $8` : '';
    await manager.query(
      `UPDATE source SET
         next_poll_at = $2,
         last_status = $3,
         last_error = $4,
         error_count = CASE WHEN $5 THEN 0 ELSE error_count + 1 END,
         last_ok_at = CASE WHEN $5 THEN now() ELSE last_ok_at END,
         items_seen = items_seen + $6,
         last_new_item_at = CASE WHEN $6 > 0 THEN now() ELSE last_new_item_at END
         ${validators}
       WHERE id = $1`,
      [
        id,
        outcome.nextPollAt,
        outcome.status,
        outcome.error,
        outcome.ok,
        outcome.newItems,
        ...(outcome.etag !== undefined
          ? [outcome.etag, outcome.lastModified ?? null]
          : []),
      ],
    );
    await this.history.record(manager, id, outcome);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
