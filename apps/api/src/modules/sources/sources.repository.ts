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

/** Whether `error` is the insert of a source whose URL is a source already. */
export function isDuplicateUrl(error: unknown): boolean {
  const { code, constraint } = error as { code?: string; constraint?: string };
  return code === '23505' && constraint === 'source_url_key';
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

  /**
   * Adds a source, due at once, and hands back its whole row from the one
   * statement. A URL that is a source already fails on the unique url
   * (`isDuplicateUrl`).
   */
  async create(source: NewSource): Promise<SourceEntity> {
    const [row]: Record<string, unknown>[] = await this.dataSource.query(
      `INSERT INTO source (name, url, kind, interval_seconds, next_poll_at) VALUES ($1, $2, $3, $4, now()) RETURNING *`,
      [source.name, source.url, source.kind, source.intervalSeconds],
    );
    const entity = this.sources.create();
    for (const column of this.sources.metadata.columns)
      column.setEntityValue(entity, row![column.databaseName]);
    return entity;
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
   * Takes up to `limit` due sources for `collector`. SKIP LOCKED lets any number of
   * collectors claim at once without waiting on, or taking, each other's rows;
   * `claimed_by` keeps a claimed source from being claimed again while it is
   * polled. A claim is void once its collector is gone: the server process of
   * its heartbeat connection has ended (it died), or it has not beaten for
   * `staleSeconds` (its machine vanished).
   */
  claimDue(
    collector: string,
    limit: number,
    staleSeconds: number,
  ): Promise<SourceEntity[]> {
    return this.claim(
      `s.enabled AND s.next_poll_at <= now()`,
      [],
      collector,
      limit,
      staleSeconds,
    );
  }

  /** Claims one source whatever its schedule ("poll now"); null when a live collector polls it right now. */
  async claimOne(
    id: string,
    collector: string,
    staleSeconds: number,
  ): Promise<SourceEntity | null> {
    const [source] = await this.claim(
      `s.id = $4`,
      [id],
      collector,
      1,
      staleSeconds,
    );
    return source ?? null;
  }

  /** The source again if `collector` still holds its claim (a poll an outage interrupted), else null. */
  async reclaim(id: string, collector: string): Promise<SourceEntity | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH renewed AS (
         UPDATE source SET last_polled_at = now() WHERE id = $1 AND claimed_by = $2 RETURNING id)
       SELECT id FROM renewed`,
      [id, collector],
    );
    return rows.length > 0 ? this.find(id) : null;
  }

  /** Gives up `collector`'s claim without an outcome (a poll that failed unexpectedly), due again at `nextPollAt`. */
  async release(
    id: string,
    collector: string,
    nextPollAt: Date,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE source SET claimed_by = NULL, next_poll_at = $3 WHERE id = $1 AND claimed_by = $2`,
      [id, collector, nextPollAt],
    );
  }

  private async claim(
    where: string,
    params: unknown[],
    collector: string,
    limit: number,
    staleSeconds: number,
  ): Promise<SourceEntity[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE source SET claimed_by = $3, last_polled_at = now()
          WHERE id IN (
            SELECT s.id FROM source s
             WHERE ${where}
               AND (s.claimed_by IS NULL OR NOT EXISTS (
                     SELECT 1 FROM collector c JOIN pg_stat_activity a ON a.pid = c.backend_pid
                      WHERE c.id = s.claimed_by AND c.heartbeat_at > now() - make_interval(secs => $2)))
             ORDER BY s.next_poll_at LIMIT $1 FOR UPDATE OF s SKIP LOCKED)
          RETURNING id)
       SELECT id FROM claimed`,
      [limit, staleSeconds, collector, ...params],
    );
    if (rows.length === 0) return [];
    return this.sources.find({ where: rows.map((row) => ({ id: row.id })) });
  }

  /** Counts as the poll's end, and goes into the source's poll history: run inside the transaction that stored its items. */
  async recordOutcome(
    manager: EntityManager,
    source: Pick<SourceEntity, 'id' | 'claimedBy'>,
    outcome: PollOutcome,
  ): Promise<void> {
    const validators =
      outcome.etag !== undefined ? `, etag = $8, last_modified = $9` : '';
    await manager.query(
      `UPDATE source SET
         claimed_by = CASE WHEN claimed_by = $7 THEN NULL ELSE claimed_by END,
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
        source.id,
        outcome.nextPollAt,
        outcome.status,
        outcome.error,
        outcome.ok,
        outcome.newItems,
        source.claimedBy,
        ...(outcome.etag !== undefined
          ? [outcome.etag, outcome.lastModified ?? null]
          : []),
      ],
    );
    await this.history.record(manager, source.id, outcome);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
