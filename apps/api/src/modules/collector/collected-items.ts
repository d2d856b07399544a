import { Injectable } from '@nestjs/common';
import { Subject } from 'rxjs';
import type { EntityManager } from 'typeorm';
import type { FeedItem, Sentiment } from '@lyt/contracts';

/** An item as the collector stores it: the feed's fields plus what enrichment added. */
export interface EnrichedItem extends FeedItem {
  canonicalUrl: string | null;
  sentiment: Sentiment;
}

/** A row the poll inserted: new to its source. */
export interface StoredItem extends EnrichedItem {
  id: string;
  sourceId: string;
  /** The first copy of the same story from another source, or null for an original. */
  duplicateOf: string | null;
}

/** `item.collected`: new items committed by one poll. */
export interface ItemsCollectedEvent {
  sourceId: string;
  items: StoredItem[];
}

/** Work that must commit or fail together with the items, e.g. writing mentions. */
export type NewItemsHandler = (
  manager: EntityManager,
  items: StoredItem[],
) => Promise<void>;

/**
 * Where new items go on from the collector: handlers run inside the poll's
 * transaction; `collected$` fires only after that transaction committed.
 */
@Injectable()
export class CollectedItems {
  private readonly handlers: NewItemsHandler[] = [];
  private readonly collected = new Subject<ItemsCollectedEvent>();
  readonly collected$ = this.collected.asObservable();

  onNewItems(handler: NewItemsHandler): void {
    this.handlers.push(handler);
  }

  async runHandlers(
    manager: EntityManager,
    items: StoredItem[],
  ): Promise<void> {
    for (const handler of this.handlers) await handler(manager, items);
  }

  publish(event: ItemsCollectedEvent): void {
    if (event.items.length > 0) this.collected.next(event);
  }
}
