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
import { PollResult, SourcePoller } from './source-poller.service';

const TICK_MS = 1000;
/** Polls in flight in one process. */
const CONCURRENCY = 8;
/** Polls in flight against one host, so that many feeds on one server are fetched politely. */
const PER_HOST = 2;
/** Longer than a whole fetch may take (20 s) plus storing it: a claim outlives its poll. */
const LEASE_SECONDS = 120;

/**
 * The scheduled collector: every second it claims due sources (never one another
 * collector holds) and polls them with bounded concurrency, overall and per host.
 */
@Injectable()
export class CollectorService
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(CollectorService.name);
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly hostQueues = new Map<string, Set<Promise<unknown>>>();
  private ticking = false;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourcesRepository,
    private readonly poller: SourcePoller,
    private readonly scheduler: SchedulerRegistry,
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
    const source = await this.sources.claimOne(id, LEASE_SECONDS);
    return source ? this.track(this.pollPolitely(source)) : null;
  }

  async tick(): Promise<void> {
    if (this.ticking || this.stopping) return;
    this.ticking = true;
    try {
      const free = CONCURRENCY - this.inFlight.size;
      if (free <= 0) return;
      const due = await this.sources.claimDue(free, LEASE_SECONDS);
      for (const source of due) {
        this.track(this.pollPolitely(source)).catch((error: unknown) =>
          this.logger.error(`polling ${source.url} failed: ${String(error)}`),
        );
      }
    } catch (error) {
      this.logger.error(`claiming due sources failed: ${String(error)}`);
    } finally {
      this.ticking = false;
    }
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
