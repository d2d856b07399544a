import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { FeedItem } from '@lyt/contracts';
import { enrich } from '@lyt/enrichment';
import { step } from '../../common/step-timer.util';
import { canonicalUrl } from './canonical-url.util';
import type { EnrichedItem, NewItemsHandler, StoredItem } from './item.types';
import { ItemsRepository } from './items.repository';

/**
 * The one way items enter the database, for the collector and for bulk
 * history alike: enrich, insert what is new to the source, let the handlers
 * (matching writes mentions, alerts write their outbox) work in the same
 * transaction, and ask for the new items' place in the stream, drawn as it
 * commits.
 */
@Injectable()
export class ItemsService {
  private readonly handlers: NewItemsHandler[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly items: ItemsRepository,
  ) {}

  /** Runs `handler` in the transaction of every batch that stored new items, in the order registered. */
  onNewItems(handler: NewItemsHandler): void {
    this.handlers.push(handler);
  }

  /**
   * Language (detected when the feed gives none), sentiment, and the URL form
   * that links copies: CPU work, done before a transaction holds a connection.
   * It yields to the event loop every SLICE_MS, so that a poll of a large feed
   * does not hold up the requests and the other polls' queries meanwhile.
   */
  async prepare(items: FeedItem[]): Promise<EnrichedItem[]> {
    const prepared: EnrichedItem[] = [];
    let sliceStarted = performance.now();
    for (const item of items) {
      prepared.push(enrichItem(item));
      if (performance.now() - sliceStarted >= SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStarted = performance.now();
      }
    }
    return prepared;
  }

  /**
   * Stores `items` for `sourceId` inside `manager`'s transaction and returns the
   * new ones. `inSameCommit` runs after the handlers: work that must commit
   * with the items, such as the source's new state.
   */
  async store(
    manager: EntityManager,
    sourceId: string,
    items: EnrichedItem[],
    inSameCommit?: (stored: StoredItem[]) => Promise<void>,
  ): Promise<StoredItem[]> {
    const stored = await step('insert', () =>
      this.items.insertNew(manager, sourceId, items),
    );
    if (stored.length > 0)
      for (const handler of this.handlers) await handler(manager, stored);
    if (inSameCommit) await step('outcome', () => inSameCommit(stored));
    await this.items.publish(manager, stored);
    return stored;
  }

  /** `prepare` and `store` in a transaction of its own, e.g. for history imported in bulk. */
  async ingest(sourceId: string, items: FeedItem[]): Promise<StoredItem[]> {
    const prepared = await this.prepare(items);
    return this.dataSource.transaction((manager) =>
      this.store(manager, sourceId, prepared),
    );
  }
}

/** The longest stretch of enrichment between two turns of the event loop. */
const SLICE_MS = 2;

function enrichItem(item: FeedItem): EnrichedItem {
  const { language, sentiment } = enrich({
    title: item.title,
    text: item.text,
    language: item.language,
  });
  return { ...item, language, sentiment, canonicalUrl: canonicalUrl(item.url) };
}
