import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { DEMO_TOPICS } from './demo-content.constant';
import { DEMO_FEEDS, DemoFeed, demoPastOutages } from './demo-feed.generator';
import { DemoHistory } from './demo-history.service';
import { DemoRepository } from './demo.repository';

/** How far back the demo's history reaches: enough for the 30-day view to have a shape. */
export const DEMO_HISTORY_DAYS = 14;
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const LEFT_TO_POLLS_MS = 15 * 60 * 1000;

export interface SeededDemo {
  topics: number;
  sources: number;
  items: number;
}

/**
 * On the first start of an empty database (unless LYT_DEMO=false): the demo's
 * topics and sources, and the feeds' past written as history, before the
 * collector polls them for the first time. Once per database, in whichever
 * process gets there first.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);
  /** What this start seeded; null when it seeded nothing. */
  seeded: SeededDemo | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly demo: DemoRepository,
    private readonly history: DemoHistory,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demo) return;
    this.seeded = await this.seed();
  }

  private async seed(): Promise<SeededDemo | null> {
    const origin = this.config.publicUrl;
    const created = await this.demo.seedOnce(async (manager, seededAt) => {
      for (const topic of DEMO_TOPICS)
        await this.demo.insertTopic(manager, topic);
      const sources: { feed: DemoFeed; sourceId: string }[] = [];
      for (const feed of DEMO_FEEDS) {
        const start = Math.floor(seededAt.getTime() / 1000);
        const url = `${origin}/api/demo/feeds/${feed.file}${feed.flaky ? `?start=${start}` : ''}`;
        sources.push({
          feed,
          sourceId: await this.demo.insertSource(manager, {
            name: feed.name,
            url,
            intervalSeconds: feed.intervalSeconds,
          }),
        });
      }
      return { sources, seededAt };
    });
    if (!created) return null;
    const began = Date.now();
    // The last minutes are left to the first polls: mentions arrive through the real collector at once.
    const to = created.seededAt.getTime() - LEFT_TO_POLLS_MS;
    const from = to - DEMO_HISTORY_DAYS * DAY;
    const outages = demoPastOutages(from, to);
    this.logger.log(
      `seeding the demo workspace: ${DEMO_HISTORY_DAYS} days of history`,
    );
    const perSource = new Map<string, { items: number; last: number }>();
    const items = await this.history.write({
      sources: created.sources,
      from,
      to,
      origin,
      // The talk grew over the weeks (a campaign took off): less history to write on the first start.
      scale: (day) => 0.4 + (0.6 * (day - from)) / (to - from),
      // Two days ago a power cut made the news: a spike by the hour and by the day.
      story: { from: to - 50 * HOUR, to: to - 46 * HOUR },
      skip: (feed, post) => {
        if (
          feed.flaky &&
          outages.some(
            (o) => post.publishedAt >= o.start && post.publishedAt < o.end,
          )
        )
          return true;
        return false;
      },
      onStored: (sourceId, count, last) => {
        const entry = perSource.get(sourceId) ?? { items: 0, last: 0 };
        entry.items += count;
        entry.last = Math.max(entry.last, last);
        perSource.set(sourceId, entry);
      },
    });
    await this.demo.finishHistory(
      created.sources.map(({ feed, sourceId }) => ({
        id: sourceId,
        from: new Date(from),
        to: new Date(to),
        intervalSeconds: feed.intervalSeconds,
        items: perSource.get(sourceId)?.items ?? 0,
        lastItemAt: perSource.get(sourceId)?.last
          ? new Date(perSource.get(sourceId)!.last)
          : null,
        outages: feed.flaky
          ? outages.map((outage) => ({
              start: new Date(outage.start),
              end: new Date(outage.end),
              error: `HTTP 503 Service Unavailable from ${origin}/api/demo/feeds/${feed.file}`,
            }))
          : [],
      })),
    );
    this.logger.log(
      `seeded the demo workspace: ${items} items in ${((Date.now() - began) / 1000).toFixed(1)} s`,
    );
    return {
      topics: DEMO_TOPICS.length,
      sources: created.sources.length,
      items,
    };
  }
}
