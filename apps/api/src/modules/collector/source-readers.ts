import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FeedItem } from '@lyt/contracts';
import type { AddressGuard } from '@lyt/feeds';
import type { SourceEntity } from '../sources/entities/source.entity';
import type { StoredItem } from '../items/item.types';

/** What one read of a source gave: its items, and what else must commit with them. */
export interface SourceRead {
  items: FeedItem[];
  etag?: string | null;
  lastModified?: string | null;
  /** The platform asked not to be called before this (its rate limit is spent): the next poll waits. */
  notBefore?: Date | null;
  /** Runs in the poll's transaction after the items are stored, with the ones new to the source. */
  inSameCommit?: (manager: EntityManager, fresh: StoredItem[]) => Promise<void>;
}

/**
 * Reads a source that is not a feed (a platform's JSON API) under the poll's
 * address guard. Throwing a FeedError fails the poll as a feed's error does:
 * counted, backed off, Retry-After honoured.
 */
export type SourceReader = (
  source: SourceEntity,
  guard: AddressGuard | undefined,
) => Promise<SourceRead>;

/** Readers by source kind; a kind without one is read as a feed. */
@Injectable()
export class SourceReaders {
  private readonly readers = new Map<string, SourceReader>();

  register(kind: string, reader: SourceReader): void {
    this.readers.set(kind, reader);
  }

  find(kind: string): SourceReader | undefined {
    return this.readers.get(kind);
  }
}
