import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import type { SourceEntity } from '../sources/entities/source.entity';
import { SourcesRepository } from '../sources/sources.repository';
import { DatabaseAvailability } from '../health/database-availability.service';
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
/** Longer than a whole fetch may take (20 s) plus storing it: a claim outlives its poll. */
const LEASE_SECONDS = 120;
/** An interrupted poll is retried by its claimer only while this much of the lease is left for it. */
const RETRY_LEASE_MARGIN_SECONDS = 30;

interface Claimed {
  source: SourceEntity;
  /** When this process claimed it (ms): the claim is ours until the lease runs out. */
  claimedAt: number;
}

/**
 * The scheduled collector: every second it claims due sources (never one another
 * collector holds) and polls them with bounded concurrency, overall and per host.
 * While the database is unreachable it claims nothing; polls that the outage
 * interrupted are polled again as soon as it answers.
 */
@Injectable()
export class CollectorService
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(CollectorService.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly hostQueues = new Map<string, Set<Promise<unknown>>>();
  private readonly interrupted = new Map<string, Claimed>();
  private retrying: Promise<void> | undefined;
  private ticking = false;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourcesRepository,
    private readonly poller: SourcePoller,
    private readonly scheduler: SchedulerRegistry,
    private readonly database: DatabaseAvailability,
  ) {}

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
  }

  /** Polls one source now, whatever its schedule or backoff; null when another collector is polling it. */
  async pollNow(id: string): Promise<PollResult | null> {
    const claimedAt = Date.now();
    const source = await this.sources.claimOne(id, LEASE_SECONDS);
    return source ? this.track(this.run({ source, claimedAt })) : null;
  }

  async tick(): Promise<void> {
    if (this.ticking || this.stopping || !this.database.isUp) return;
    this.ticking = true;
    try {
      const free = CONCURRENCY - this.inFlight.size;
      if (free <= 0) return;
      const claimedAt = Date.now();
      const due = await this.sources.claimDue(free, LEASE_SECONDS);
      for (const source of due) this.start({ source, claimedAt });
    } catch (error) {
      if (!this.database.report(error))
        this.logger.error(`claiming due sources failed: ${String(error)}`);
    } finally {
      this.ticking = false;
    }
  }

  private start(claimed: Claimed): void {
    this.track(this.run(claimed)).catch((error: unknown) =>
      this.logger.error(
        `polling ${claimed.source.url} failed: ${String(error)}`,
      ),
    );
  }

  private async run(claimed: Claimed): Promise<PollResult> {
    const result = await this.pollPolitely(claimed.source);
    if (result.status === DATABASE_UNAVAILABLE) this.retryWhenUp(claimed);
    return result;
  }

  private retryWhenUp(claimed: Claimed): void {
    this.interrupted.set(claimed.source.id, claimed);
    this.retrying ??= this.database.whenUp().then(() => {
      this.retrying = undefined;
      if (this.stopping) return;
      const retries = [...this.interrupted.values()];
      this.interrupted.clear();
      for (const retry of retries) {
        // Past that, the lease runs out and the schedule makes the source due for whichever collector claims it.
        const leaseLeft = retry.claimedAt + LEASE_SECONDS * 1000 - Date.now();
        if (leaseLeft > RETRY_LEASE_MARGIN_SECONDS * 1000) this.start(retry);
      }
    });
  }

  private async pollPolitely(source: SourceEntity): Promise<PollResult> {
    const host = hostOf(source.url);
    // One queue per host for the life of the process: there are as many hosts as sources at most.
    const queue = this.hostQueues.get(host) ?? new Set();
    this.hostQueues.set(host, queue);
    while (queue.size >= PER_HOST)
      await Promise.race(queue).catch(() => undefined);
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
