import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { blockPrivateAddresses, FeedError } from '@lyt/feeds';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { DatabaseAvailability } from '../health/database-availability.service';
import { ItemsRepository } from '../items/items.repository';
import type { AccountRow } from './account.types';
import { hashtagTarget } from './hashtag-source.util';
import { AccountsRepository } from './accounts.repository';
import {
  DueRefresh,
  EngagementRepository,
  RefreshedCounts,
} from './engagement.repository';
import { BlueskyClient, GET_POSTS_MAX } from './platforms/bluesky.client';
import { MastodonClient } from './platforms/mastodon.client';

/** Where a group of posts is read again, and whose they are, for the log. */
interface RefreshTarget {
  platform: AccountRow['platform'];
  /** Mastodon: the instance's origin. */
  instanceUrl: string | null;
  name: string;
}

const TICK_MS = 5_000;
/** Posts claimed per tick. */
const BATCH = 50;
/** Longer than refreshing one batch may take. */
const LEASE_SECONDS = 300;
/** A refresh that failed (the platform erred) is tried again after this. */
const RETRY_AFTER_MS = 30 * 60_000;

/**
 * Reads young posts' counts again on their schedule (refresh-schedule.util):
 * accounts' posts and hashtag sources' alike, one request per Mastodon status,
 * 25 posts per Bluesky request. A post the
 * platform no longer has is marked deleted and its item hidden; a spent rate limit postpones the
 * rest of that account's or hashtag source's batch until the limit resets.
 */
@Injectable()
export class EngagementRefresher
  implements OnApplicationBootstrap, OnModuleDestroy
{
  private readonly logger = new Logger(EngagementRefresher.name);
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsRepository,
    private readonly engagement: EngagementRepository,
    private readonly items: ItemsRepository,
    private readonly scheduler: SchedulerRegistry,
    private readonly database: DatabaseAvailability,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.roles.has('collector')) return;
    this.scheduler.addInterval(
      'engagement-refresh',
      setInterval(() => void this.tick(), TICK_MS),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    if (this.scheduler.doesExist('interval', 'engagement-refresh'))
      this.scheduler.deleteInterval('engagement-refresh');
    await this.running;
  }

  tick(): Promise<void> {
    if (this.running || this.stopping || !this.database.isUp)
      return this.running ?? Promise.resolve();
    this.running = this.refreshDue()
      .catch((error: unknown) => {
        if (!this.database.report(error))
          this.logger.error(`refreshing engagement failed: ${String(error)}`);
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private async refreshDue(): Promise<void> {
    const due = await this.engagement.claimDue(BATCH, LEASE_SECONDS);
    const byOwner = new Map<string, DueRefresh[]>();
    for (const post of due) {
      const owner = post.accountId ?? `source:${post.source?.id}`;
      byOwner.set(owner, [...(byOwner.get(owner) ?? []), post]);
    }
    for (const posts of byOwner.values()) {
      if (this.stopping) return;
      const target = await this.targetOf(posts[0]!);
      if (target) await this.refreshPosts(target, posts);
    }
  }

  /** Where a post's counts are read again: its account's platform, or its hashtag source's. */
  private async targetOf(post: DueRefresh): Promise<RefreshTarget | null> {
    if (post.accountId) {
      const account = await this.accounts.find(post.accountId);
      return account
        ? {
            platform: account.platform,
            instanceUrl: account.instanceUrl,
            name: account.handle,
          }
        : null;
    }
    const target = post.source
      ? hashtagTarget(post.source.kind, post.source.url)
      : null;
    if (!target) return null;
    return target.platform === 'mastodon'
      ? {
          platform: 'mastodon',
          instanceUrl: target.instanceUrl,
          name: `#${target.tag}`,
        }
      : { platform: 'bluesky', instanceUrl: null, name: target.query };
  }

  private async refreshPosts(
    target: RefreshTarget,
    posts: DueRefresh[],
  ): Promise<void> {
    const guard = this.config.allowPrivateFeeds
      ? undefined
      : blockPrivateAddresses;
    const refreshed: RefreshedCounts[] = [];
    const deleted: string[] = [];
    let pending = [...posts];
    try {
      if (target.platform === 'mastodon') {
        const client = new MastodonClient(target.instanceUrl!, guard);
        while (pending.length > 0) {
          const post = pending[0]!;
          const { post: read, notBefore } = await client.status(post.remoteId);
          pending = pending.slice(1);
          if (read)
            refreshed.push({
              id: post.id,
              postedAt: post.postedAt,
              ...counts(read),
            });
          else deleted.push(post.id);
          if (notBefore) {
            await this.engagement.postpone(
              pending.map((left) => left.id),
              notBefore,
            );
            pending = [];
          }
        }
      } else if (target.platform === 'bluesky') {
        const client = new BlueskyClient(this.config.blueskyApi, guard);
        while (pending.length > 0) {
          const chunk = pending.slice(0, GET_POSTS_MAX);
          const { posts: read, notBefore } = await client.posts(
            chunk.map((post) => post.remoteId),
          );
          pending = pending.slice(GET_POSTS_MAX);
          const found = new Map(read.map((post) => [post.remoteId, post]));
          for (const post of chunk) {
            const current = found.get(post.remoteId);
            if (current)
              refreshed.push({
                id: post.id,
                postedAt: post.postedAt,
                ...counts(current),
              });
            else deleted.push(post.id);
          }
          if (notBefore) {
            await this.engagement.postpone(
              pending.map((left) => left.id),
              notBefore,
            );
            pending = [];
          }
        }
      }
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
      const retryAfter = (error as { retryAfterSeconds?: number | null })
        .retryAfterSeconds;
      const until = new Date(
        Date.now() + Math.max(RETRY_AFTER_MS, (retryAfter ?? 0) * 1000),
      );
      await this.engagement.postpone(
        pending.map((post) => post.id),
        until,
      );
      this.logger.warn(
        `refreshing the posts of ${target.name} failed: ${error.message}`,
      );
    } finally {
      const now = new Date();
      await this.engagement.applyRefresh(refreshed, now);
      // Deleted on the platform: hidden as moderation hides, and screens are told.
      await this.items.hideDeletedOnPlatform(
        await this.engagement.markDeleted(deleted, now),
      );
    }
  }
}

function counts(post: {
  likes: number;
  boosts: number;
  replies: number;
  quotes: number;
}) {
  return {
    likes: post.likes,
    boosts: post.boosts,
    replies: post.replies,
    quotes: post.quotes,
  };
}
