import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Backoff } from '../../common/backoff.util';
import { isDatabaseUnavailable } from '../../database/database-errors.util';

/** A load balancer must not wait longer than this for an answer from health. */
export const PROBE_TIMEOUT_MS = 2000;

/**
 * The one place that knows whether the database answers. Whoever meets an
 * error that means "unreachable" reports it here; from then on collectors,
 * the relay and background jobs pause (instead of failing every second) while
 * this service probes with backoff, and they resume when it answers again.
 * The outage is logged once when it starts and once when it ends.
 */
@Injectable()
export class DatabaseAvailability implements OnModuleDestroy {
  private readonly logger = new Logger('Database');
  private available = true;
  private downSince = 0;
  private probe: Promise<boolean> | undefined;
  private pendingQuery: Promise<Error | null> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private readonly backoff = new Backoff(250, 2000);
  private readonly waiting = new Set<() => void>();
  private stopped = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    // Nothing may wait for a database that this process no longer watches.
    this.release();
  }

  get isUp(): boolean {
    return this.available;
  }

  /** Resolves at once while the database is up, else when it answers again (or this process stops). */
  whenUp(): Promise<void> {
    if (this.available || this.stopped) return Promise.resolve();
    return new Promise((resolve) => this.waiting.add(resolve));
  }

  /**
   * Tells whether `error` means the database is unreachable; if so, pauses
   * everything that consults this service until a probe succeeds.
   */
  report(error: unknown): boolean {
    if (!isDatabaseUnavailable(error)) return false;
    this.markDown(error);
    return true;
  }

  /**
   * Health's answer: while an outage is known, at once (the background probe
   * keeps it current); otherwise a probe that gives up after two seconds, so a
   * frozen server reads as down instead of hanging the caller.
   */
  async check(): Promise<boolean> {
    if (!this.available) return false;
    return this.probeOnce();
  }

  private probeOnce(): Promise<boolean> {
    // One probe at a time: a frozen server must not collect a connection per health request.
    this.probe ??= this.runProbe().finally(() => (this.probe = undefined));
    return this.probe;
  }

  private async runProbe(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Error>((resolve) => {
      timer = setTimeout(
        () => resolve(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)),
        PROBE_TIMEOUT_MS,
      );
    });
    // A frozen server never answers: later probes wait on the same query instead of
    // each holding another pool connection until it thaws.
    const query = (this.pendingQuery ??= this.dataSource
      .query('SELECT 1')
      .then(
        () => null,
        (error: unknown) =>
          error instanceof Error ? error : new Error(String(error)),
      )
      .finally(() => (this.pendingQuery = undefined)));
    const failure = await Promise.race([query, timeout]).finally(() =>
      clearTimeout(timer),
    );
    if (failure === null) {
      this.markUp();
      return true;
    }
    // A query that fails for another reason (say, a missing privilege) still means "not usable".
    this.markDown(failure);
    return false;
  }

  private markDown(error: unknown): void {
    if (this.stopped) return;
    if (this.available) {
      this.available = false;
      this.downSince = Date.now();
      this.logger.warn(
        `database unavailable (${explain(error)}): pausing collection and background work until it answers`,
      );
    }
    this.scheduleProbe();
  }

  private markUp(): void {
    this.backoff.reset();
    clearTimeout(this.retry);
    this.retry = undefined;
    if (this.available) return;
    this.available = true;
    this.logger.log(
      `database available again after ${((Date.now() - this.downSince) / 1000).toFixed(1)} s: resuming`,
    );
    this.release();
  }

  private scheduleProbe(): void {
    if (this.retry || this.stopped) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.probeOnce();
    }, this.backoff.next());
  }

  private release(): void {
    for (const resolve of this.waiting) resolve();
    this.waiting.clear();
  }
}

function explain(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code}: ${error.message}` : error.message;
}
