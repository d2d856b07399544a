import { Injectable } from '@nestjs/common';
import type { FeedItem } from '@lyt/contracts';
import { ItemsService } from '../items/items.service';
import { DemoFeed, DemoPost, demoPosts } from './demo-feed.generator';

/** Items per transaction: big enough for set-based inserts, small enough to keep locks short. */
const BATCH = 2000;
const DAY = 24 * 60 * 60 * 1000;

export interface HistoryRun {
  /** Each demo feed and the source its posts are stored under. */
  sources: { feed: DemoFeed; sourceId: string }[];
  from: number;
  to: number;
  origin: string;
  /** Posts per minute as a multiple of each feed's rate, per day of history (by its start). */
  scale?: (day: number) => number;
  run?: string;
  story?: { from: number; to: number };
  /** Stop after this many items (bulk history asks for an exact number). */
  limit?: number;
  /** Left out: e.g. the flaky feed's past outages, when Lyt heard nothing from it. */
  skip?: (feed: DemoFeed, post: DemoPost) => boolean;
  onProgress?: (stored: number) => void;
  /** After each batch: how many of a source's items were new, and the newest one's time. */
  onStored?: (sourceId: string, count: number, last: number) => void;
}

/**
 * Writes the demo feeds' past through the collectors' own storage path
 * (enrichment, matching into mentions, the statistics' triggers, stream
 * order), a day at a time and in batches, so that memory stays flat for
 * millions of items.
 */
@Injectable()
export class DemoHistory {
  constructor(private readonly items: ItemsService) {}

  async write(run: HistoryRun): Promise<number> {
    let stored = 0;
    const pending = new Map<string, FeedItem[]>();
    const flush = async (sourceId: string) => {
      const batch = pending.get(sourceId);
      if (!batch?.length) return;
      pending.set(sourceId, []);
      const fresh = await this.items.ingest(sourceId, batch);
      stored += fresh.length;
      run.onStored?.(
        sourceId,
        fresh.length,
        Math.max(0, ...fresh.map((item) => Date.parse(item.publishedAt))),
      );
      run.onProgress?.(stored);
    };
    let queued = 0;
    for (let day = run.from; day < run.to; day += DAY) {
      const until = Math.min(day + DAY, run.to);
      for (const { feed, sourceId } of run.sources) {
        const posts = demoPosts(feed, day, until, {
          origin: run.origin,
          scale: run.scale?.(day) ?? 1,
          run: run.run,
          story: run.story,
        });
        for (const post of posts) {
          if (run.limit !== undefined && queued >= run.limit) break;
          if (run.skip?.(feed, post)) continue;
          const batch = pending.get(sourceId) ?? [];
          pending.set(sourceId, batch);
          batch.push(toFeedItem(post));
          queued++;
          if (batch.length >= BATCH) await flush(sourceId);
        }
      }
    }
    for (const { sourceId } of run.sources) await flush(sourceId);
    return stored;
  }
}

/** What the collector's parser makes of the post in its feed. */
export function toFeedItem(post: DemoPost): FeedItem {
  return {
    guid: post.guid,
    url: post.url,
    title: post.title,
    text: post.text,
    author: post.author,
    publishedAt: new Date(post.publishedAt).toISOString(),
    hashtags: post.hashtags,
    mediaUrl: post.image,
    language: post.language,
  };
}
