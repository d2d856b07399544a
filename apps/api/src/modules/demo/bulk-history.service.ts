import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { DEMO_FEEDS, demoExpectedPosts } from './demo-feed.generator';
import { DemoHistory } from './demo-history.service';
import { DemoRepository } from './demo.repository';
import { DEMO_TOPICS } from './demo-content.constant';

const DAY = 24 * 60 * 60 * 1000;

export interface BulkHistoryRequest {
  items: number;
  days: number;
  onProgress?: (stored: number) => void;
}

/**
 * `lyt seed`: exactly `items` items of realistic history over the last `days`
 * days, in the demo's feeds (their topics and sources are created when the
 * demo is not there, flagged demo, so `lyt demo --remove` takes them away
 * again). Written through the collectors' storage path; each run draws new
 * posts, so runs add up.
 */
@Injectable()
export class BulkHistory {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly demo: DemoRepository,
    private readonly history: DemoHistory,
  ) {}

  async seed({ items, days, onProgress }: BulkHistoryRequest): Promise<number> {
    const sourceIds = await this.demo.ensureWorkspace(
      DEMO_TOPICS,
      DEMO_FEEDS.map((feed) => ({
        name: feed.name,
        url: `${this.config.publicUrl}/api/demo/feeds/${feed.file}`,
        intervalSeconds: feed.intervalSeconds,
      })),
    );
    const sources = DEMO_FEEDS.map((feed, index) => ({
      feed,
      sourceId: sourceIds[index]!,
    }));
    const to = Date.now();
    const from = to - days * DAY;
    let stored = 0;
    // Poisson counts vary by about √n: ask for a little more than needed and stop at the count;
    // the rare shortfall is drawn in another pass.
    while (stored < items) {
      const wanted = items - stored;
      const expected = DEMO_FEEDS.reduce(
        (sum, feed) => sum + demoExpectedPosts(feed, from, to),
        0,
      );
      const margin = 1 + 4 / Math.sqrt(wanted);
      const before = stored;
      stored += await this.history.write({
        sources,
        from,
        to,
        origin: this.config.publicUrl,
        scale: () => (wanted / expected) * margin,
        run: `seed-${randomBytes(4).toString('hex')}`,
        limit: wanted,
        onProgress: (count) => onProgress?.(before + count),
      });
    }
    return stored;
  }
}
