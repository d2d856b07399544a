import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { timeSteps } from '../../common/step-timer.util';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import type { SourceEntity } from '../sources/entities/source.entity';
import { SourcesRepository } from '../sources/sources.repository';
import { DatabaseAvailability } from '../health/database-availability.service';
import {
  CLAIM_STALE_SECONDS,
  CollectorHeartbeat,
} from './collector-heartbeat.service';
import { PER_HOST } from './host-slots';
import {
  DATABASE_UNAVAILABLE,
  PollResult,
  SourcePoller,
} from './source-poller.service';

/** The longest it waits before looking for due sources again (others' new sources, schedules coming due). */
const TICK_MS = 1000;
/** Polls in flight in one process: enough to overlap one poll's requests with another's storing. */
const CONCURRENCY = 8;

/**
 * The scheduled collector: it claims due sources (never one a live collector
 * holds) whenever a poll slot is free — as soon as a poll ends, a source is
 * added here, or at the latest every second — and polls them with bounded
 * concurrency (requests to one host are bounded by HostSlots). A backlog drains
 * as fast as the polls go. While the database is unreachable it claims
 * nothing; polls that the outage interrupted are polled again as soon as it
 * answers, if the claim is still ours.
 */
@Injectable()
export class CollectorService
  implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(CollectorService.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly interrupted = new Set<string>();
  private retrying: Promise<void> | undefined;
  private pumping = false;
  private pumpAgain = false;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourcesRepository,
    private readonly poller: SourcePoller,
    private readonly scheduler: SchedulerRegistry,
    private readonly database: DatabaseAvailability,
    private readonly heartbeat: CollectorHeartbeat,
  ) {}

  /** Every process polls (the api's "poll now" too), so every process has a collector identity. */
  async onModuleInit(): Promise<void> {
    await this.heartbeat.start();
  }

  onApplicationBootstrap(): void {
    if (!this.config.roles.has('collector')) return;
    this.scheduler.addInterval(
      'collector',
      setInterval(() => this.wake(), TICK_MS),
    );
    this.logger.log(
      `collecting: up to ${CONCURRENCY} polls at once, ${PER_HOST} requests per host`,
    );
  }

  /** Lets polls in flight commit before the database goes away. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.scheduler.doesExist('interval', 'collector'))
      this.scheduler.deleteInterval('collector');
    await Promise.allSettled([...this.inFlight]);
    await this.heartbeat.stop();
  }

  /** Polls one source now, whatever its schedule or backoff; null when another collector is polling it. */
  async pollNow(id: string): Promise<PollResult | null> {
    const source = await this.sources.claimOne(
      id,
      this.heartbeat.id,
      CLAIM_STALE_SECONDS,
    );
    return source ? this.track(this.run(source)) : null;
  }

  /** Looks for due sources now (a source was added, a poll ended); one claim at a time. */
  wake(): void {
    if (!this.config.roles.has('collector')) return;
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    void this.pump().finally(() => (this.pumping = false));
  }

  private async pump(): Promise<void> {
    do {
      this.pumpAgain = false;
      if (this.stopping || !this.database.isUp) return;
      const free = CONCURRENCY - this.inFlight.size;
      if (free <= 0) return;
      try {
        const due = await this.sources.claimDue(
          this.heartbeat.id,
          free,
          CLAIM_STALE_SECONDS,
        );
        for (const source of due) this.start(source);
        // As many as asked for: more may be due.
        if (due.length === free) this.pumpAgain = true;
      } catch (error) {
        if (!this.database.report(error))
          this.logger.error(`claiming due sources failed: ${String(error)}`);
        return;
      }
    } while (this.pumpAgain);
  }

  private start(source: SourceEntity): void {
    this.track(this.run(source)).catch((error: unknown) =>
      this.logger.error(`polling ${source.url} failed: ${String(error)}`),
    );
  }

  private async run(source: SourceEntity): Promise<PollResult> {
    let result: PollResult;
    try {
      const timed = await timeSteps(() => this.poller.poll(source));
      result = timed.result;
      this.logger.debug(
        `poll timings ${JSON.stringify({ source: source.id, status: result.status, newItems: result.newItems, steps: timed.steps })}`,
      );
    } catch (error) {
      // No outcome was recorded: give the claim up, or the source would wait for this process to end.
      await this.sources
        .release(
          source.id,
          this.heartbeat.id,
          new Date(Date.now() + source.intervalSeconds * 1000),
        )
        .catch(() => undefined);
      throw error;
    }
    if (result.status === DATABASE_UNAVAILABLE) this.retryWhenUp(source.id);
    return result;
  }

  private retryWhenUp(id: string): void {
    this.interrupted.add(id);
    this.retrying ??= this.database.whenUp().then(async () => {
      this.retrying = undefined;
      if (this.stopping) return;
      const retries = [...this.interrupted];
      this.interrupted.clear();
      // Beat first: a collector that saw our heartbeat go stale during the outage may have taken
      // a claim; once the beat is in, no other can, and reclaiming tells which are still ours.
      if (!(await this.heartbeat.beat())) {
        setTimeout(() => retries.forEach((id) => this.retryWhenUp(id)), 1000);
        return;
      }
      for (const id of retries) {
        const source = await this.sources
          .reclaim(id, this.heartbeat.id)
          .catch((error: unknown) => {
            if (this.database.report(error)) this.retryWhenUp(id);
            return null;
          });
        if (source) this.start(source);
      }
    });
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const done = () => {
      this.inFlight.delete(work);
      this.wake();
    };
    work.then(done, done);
    return work;
  }
}
