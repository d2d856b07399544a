import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  blockPrivateAddresses,
  fetchFeed,
  FeedError,
  FeedHttpError,
  parseFeed,
} from '@lyt/feeds';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import {
  DemoFeedAddress,
  type FetchTarget,
} from '../demo/demo-feed-address.service';
import type { SourceEntity } from '../sources/entities/source.entity';
import { PollOutcome, SourcesRepository } from '../sources/sources.repository';
import { step } from '../../common/step-timer.util';
import { ItemsService } from '../items/items.service';
import { DatabaseAvailability } from '../health/database-availability.service';
import { delayAfterFailure, delayAfterSuccess } from './poll-schedule.util';
import { HostSlots } from './host-slots';
import { SourceRead, SourceReaders } from './source-readers';

export interface PollResult {
  status: string;
  newItems: number;
  error: string | null;
}

/** A poll that met an unreachable database: nothing was stored or charged to the source, and it is retried. */
export const DATABASE_UNAVAILABLE = 'database-unavailable';

/** One poll of one claimed source: fetch, parse, enrich, store, and only then remember the validators. */
@Injectable()
export class SourcePoller {
  private readonly logger = new Logger(SourcePoller.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sources: SourcesRepository,
    private readonly items: ItemsService,
    private readonly address: DemoFeedAddress,
    private readonly database: DatabaseAvailability,
    private readonly readers: SourceReaders,
    private readonly hosts: HostSlots,
  ) {}

  /**
   * Everything a poll stores happens in one transaction, so a poll that loses
   * the database stores nothing; the source is not marked failing for an
   * outage of our own, and the caller retries it.
   */
  async poll(source: SourceEntity): Promise<PollResult> {
    try {
      return await this.fetchAndStore(source);
    } catch (error) {
      if (this.database.report(error)) return interrupted(error);
      throw error;
    }
  }

  private async fetchAndStore(source: SourceEntity): Promise<PollResult> {
    try {
      const guard = this.config.allowPrivateFeeds
        ? undefined
        : blockPrivateAddresses;
      const reader = this.readers.find(source.kind);
      const read = reader
        ? await this.hosts.run(source.url, () => reader(source, guard))
        : await this.readFeed(source, await this.address.target(source));
      if (read === 'not-modified') {
        await this.sources.transaction((manager) =>
          this.sources.recordOutcome(
            manager,
            source,
            this.success(source, 'not-modified', 0),
          ),
        );
        return { status: 'not-modified', newItems: 0, error: null };
      }
      const prepared = await step('enrich', () =>
        this.items.prepare(read.items),
      );
      const stored = await step('transaction', () =>
        this.sources.transaction((manager) =>
          this.items.store(manager, source.id, prepared, async (fresh) => {
            await read.inSameCommit?.(manager, fresh);
            await this.sources.recordOutcome(manager, source, {
              ...this.success(source, 'ok', fresh.length, read.notBefore),
              etag: read.etag ?? null,
              lastModified: read.lastModified ?? null,
            });
          }),
        ),
      );
      return { status: 'ok', newItems: stored.length, error: null };
    } catch (error) {
      if (!(error instanceof FeedError) && this.database.report(error))
        return interrupted(error);
      return this.fail(source, error);
    }
  }

  /** A feed: a conditional GET (holding a slot of its host), then parse; the validators are saved with the items. */
  private async readFeed(
    source: SourceEntity,
    target: FetchTarget,
  ): Promise<SourceRead | 'not-modified'> {
    const fetched = await this.hosts.run(source.url, () =>
      step('fetch', () =>
        fetchFeed(target.url, {
          etag: source.etag,
          lastModified: source.lastModified,
          guard: target.guard,
        }),
      ),
    );
    if (fetched.status === 'not-modified') return 'not-modified';
    const feed = await step('parse', () =>
      parseFeed(fetched.body, fetched.finalUrl),
    );
    return {
      items: feed.items,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
    };
  }

  private success(
    source: SourceEntity,
    status: string,
    newItems: number,
    notBefore?: Date | null,
  ): PollOutcome {
    const due = Date.now() + delayAfterSuccess(source.intervalSeconds) * 1000;
    const nextPollAt = new Date(Math.max(due, notBefore?.getTime() ?? 0));
    return { ok: true, status, error: null, newItems, nextPollAt };
  }

  private async fail(
    source: SourceEntity,
    error: unknown,
  ): Promise<PollResult> {
    const known = error instanceof FeedError;
    const message = known
      ? error.message
      : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    if (!known)
      this.logger.error(
        `polling ${source.url} failed: ${error instanceof Error ? error.stack : message}`,
      );
    const retryAfter =
      error instanceof FeedHttpError ? error.retryAfterSeconds : null;
    const delay = delayAfterFailure(
      source.intervalSeconds,
      source.errorCount + 1,
      retryAfter,
    );
    const status = known ? error.code : 'internal';
    await this.sources.transaction((manager) =>
      this.sources.recordOutcome(manager, source, {
        ok: false,
        status,
        error: message,
        newItems: 0,
        nextPollAt: new Date(Date.now() + delay * 1000),
      }),
    );
    return { status, newItems: 0, error: message };
  }
}

function interrupted(error: unknown): PollResult {
  return {
    status: DATABASE_UNAVAILABLE,
    newItems: 0,
    error: `the database became unavailable: ${error instanceof Error ? error.message : String(error)}`,
  };
}
