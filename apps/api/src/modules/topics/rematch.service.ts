import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { compileQuery } from '@lyt/matching';
import { DatabaseAvailability } from '../health/database-availability.service';
import type { TopicEntity } from './entities/topic.entity';
import { ItemQueryRepository } from '../items/item-query.repository';
import { ItemsRepository } from '../items/items.repository';
import { matchAll } from './topic-matcher.service';
import { TopicsRepository } from './topics.repository';

const BATCH = 1000;

/**
 * Re-applies a topic's query to stored history in batches, in the background,
 * recording progress on the topic. Collection goes on meanwhile: each batch is
 * its own short transaction, and the pass catches up with items stored while it
 * ran. A changed query abandons the running pass for a new one.
 */
@Injectable()
export class RematchService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RematchService.name);
  private readonly running = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly topics: TopicsRepository,
    private readonly itemQuery: ItemQueryRepository,
    private readonly items: ItemsRepository,
    private readonly database: DatabaseAvailability,
  ) {}

  /** Picks up passes that a stopped process left unfinished. */
  async onApplicationBootstrap(): Promise<void> {
    await this.resumeUnfinished();
  }

  private async resumeUnfinished(): Promise<void> {
    for (const topic of await this.topics.unfinishedRematches())
      this.start(topic);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running.values()]);
  }

  start(topic: TopicEntity): void {
    const key = `${topic.id}:${topic.queryVersion}`;
    if (this.running.has(key)) return;
    const pass = this.run(topic)
      .catch((error: unknown) => {
        // Each batch is its own transaction: a pass cut off by an outage runs again once the database is back.
        if (this.database.report(error)) this.resumeWhenUp();
        else
          this.logger.error(
            `re-matching topic ${topic.id} failed: ${String(error)}`,
          );
      })
      .finally(() => this.running.delete(key));
    this.running.set(key, pass);
  }

  private resumeWhenUp(): void {
    void this.database.whenUp().then(() => {
      if (this.stopping) return;
      this.resumeUnfinished().catch((error: unknown) => {
        if (this.database.report(error)) this.resumeWhenUp();
        else this.logger.error(`resuming re-matches failed: ${String(error)}`);
      });
    });
  }

  /** Resolves when every pass this process runs has ended: for tests and shutdown. */
  async idle(): Promise<void> {
    while (this.running.size > 0)
      await Promise.allSettled([...this.running.values()]);
  }

  private async run(topic: TopicEntity): Promise<void> {
    // One pass per topic at a time across all processes. A pass for an older query gives way
    // at its next batch; one that finds its generation finished or replaced has nothing to do.
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', [
        `rematch:${topic.id}`,
      ]);
      try {
        const current = await this.topics.find(topic.id);
        if (
          current?.queryVersion !== topic.queryVersion ||
          current.rematchStatus === 'done'
        )
          return;
        await this.pass(current);
      } finally {
        await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [
          `rematch:${topic.id}`,
        ]);
      }
    } finally {
      await lock.release();
    }
  }

  private async pass(topic: TopicEntity): Promise<void> {
    const query = compileQuery(topic.query);
    let { maxId: upper, count: total } = await this.itemQuery.originalBounds();
    let cursor = '0';
    let processed = 0;
    for (;;) {
      if (this.stopping) return;
      const batch = await this.itemQuery.originalsAfter(cursor, upper, BATCH);
      if (batch.length === 0) {
        const { maxId } = await this.itemQuery.originalBounds();
        if (BigInt(maxId) <= BigInt(upper)) break;
        total = processed + (await this.itemQuery.countOriginalsAfter(cursor));
        upper = maxId;
        continue;
      }
      const last = batch[batch.length - 1]!.id;
      await this.items.replaceMatches(
        topic.id,
        cursor,
        last,
        matchAll([{ id: topic.id, query }], batch),
      );
      processed += batch.length;
      cursor = last;
      if (
        !(await this.topics.recordRematch(
          topic.id,
          topic.queryVersion,
          processed,
          Math.max(total, processed),
          false,
        ))
      ) {
        return;
      }
    }
    await this.topics.recordRematch(
      topic.id,
      topic.queryVersion,
      processed,
      processed,
      true,
    );
  }
}
