import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { step, timeSteps } from '../../common/step-timer.util';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import type { SourceEntity } from '../sources/entities/source.entity';
import { SourcesRepository } from '../sources/sources.repository';
import { DatabaseAvailability } from '../health/database-availability.service';
import {
  CLAIM_STALE_SECONDS,
  CollectorHeartbeat,
} from './collector-heartbeat.service';
import {
  DATABASE_UNAVAILABLE,
  PollResult,
  SourcePoller,
} from './source-poller.service';

const TICK_MS = 1000;
/** Polls in flight in one process. */
const CONCURRENCY = 8;
/** Polls in flight against one host, so that many feeds on one server are fetched politely. */
const PER_HOST = 2;

/**
 * The scheduled collector: every second it claims due sources (never one a live
 * collector holds) and polls them with bounded concurrency, overall and per host.
 * While the database is unreachable it claims nothing; polls that the outage
 * interrupted are polled again as soon as it answers, if the claim is still ours.
 */
@Injectable()
export class CollectorService
  implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(CollectorService.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly hostQueues = new Map<string, Set<Promise<unknown>>>();
  private readonly interrupted = new Set<string>();
  private retrying: Promise<void> | undefined;
  private ticking = false;
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
      setInterval(() => void this.tick(), TICK_MS),
    );
    this.logger.log(
      `collecting: up to ${CONCURRENCY} polls at once, ${PER_HOST} per host`,
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

  async tick(): Promise<void> {
    if (this.ticking || this.stopping || !this.database.isUp) return;
    this.ticking = true;
    try {
      const free = CONCURRENCY - this.inFlight.size;
      if (free <= 0) return;
      const due = await this.sources.claimDue(
        this.heartbeat.id,
        free,
        CLAIM_STALE_SECONDS,
      );
      for (const source of due) this.start(source);
    } catch (error) {
      if (!this.database.report(error))
        this.logger.error(`claiming due sources failed: ${String(error)}`);
    } finally {
      this.ticking = false;
    }
  }

  private start(source: SourceEntity): void {
    this.track(this.run(source)).catch((error: unknown) =>
      this.logger.error(`polling ${source.url} failed: ${String(error)}`),
    );
  }

  private async run(source: SourceEntity): Promise<PollResult> {
    let result: PollResult;
    try {
      const timed = await timeSteps(() => this.pollPolitely(source));
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

  private async pollPolitely(source: SourceEntity): Promise<PollResult> {
    const host = hostOf(source.url);
    // One queue per host for the life of the process: there are as many hosts as sources at most.
    const queue = this.hostQueues.get(host) ?? new Set();
    this.hostQueues.set(host, queue);
    await step('host wait', async () => {
      while (queue.size >= PER_HOST)
        await Promise.race(queue).catch(() => undefined);
    });
    const poll = this.poller.poll(source);
    queue.add(poll);
    try {
      return await poll;
    } finally {
      queue.delete(poll);
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const done = () => this.inFlight.delete(work);
    work.then(done, done);
    return work;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
