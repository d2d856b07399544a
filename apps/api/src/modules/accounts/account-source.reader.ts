import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { type AddressGuard, FeedError } from '@lyt/feeds';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { SourceRead, SourceReaders } from '../collector/source-readers';
import type { SourceEntity } from '../sources/entities/source.entity';
import { ACCOUNT_SOURCE_KINDS, type AccountRow } from './account.types';
import { AccountsRepository } from './accounts.repository';
import { EngagementRepository } from './engagement.repository';
import { BlueskyClient } from './platforms/bluesky.client';
import { later } from './platforms/json-fetch.util';
import { MastodonClient } from './platforms/mastodon.client';
import {
  postItem,
  type PlatformProfile,
  type TimelineLimits,
  type TimelineRead,
} from './platforms/platform-post';

/** How far back a new account's timeline is read, and how many pages at most. */
const HISTORY_DAYS = 90;
const FIRST_READ_PAGES = 5;
const LATER_READ_PAGES = 2;

/**
 * Polls an account's source through its platform's JSON API: the profile
 * (followers, sampled) and the timeline back to the newest post already
 * stored. Own posts become items, matched, enriched and streamed as feed
 * items are; every post, boosts included, lands in `account_post` with its
 * counts, in the poll's transaction.
 */
@Injectable()
export class AccountSourceReader implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readers: SourceReaders,
    private readonly accounts: AccountsRepository,
    private readonly engagement: EngagementRepository,
  ) {}

  onModuleInit(): void {
    for (const kind of Object.values(ACCOUNT_SOURCE_KINDS))
      this.readers.register(kind, (source, guard) => this.read(source, guard));
  }

  async read(
    source: SourceEntity,
    guard: AddressGuard | undefined,
  ): Promise<SourceRead> {
    const account = await this.accounts.findBySource(source.id);
    if (!account?.remoteId)
      throw new FeedError(
        'invalid-url',
        'no account is collected through this source',
      );
    const known = await this.engagement.knownRemoteIds({
      accountId: account.id,
    });
    const limits: TimelineLimits = {
      knownRemoteIds: known,
      oldest: new Date(Date.now() - HISTORY_DAYS * 86_400_000),
      maxPages: known.size === 0 ? FIRST_READ_PAGES : LATER_READ_PAGES,
    };
    const { profile, timeline } = await this.readPlatform(
      account,
      limits,
      guard,
    );
    const now = new Date();
    return {
      items: timeline.posts.filter((post) => !post.shared).map(postItem),
      notBefore: later(timeline.notBefore, profile.notBefore),
      inSameCommit: async (manager) => {
        await this.engagement.upsertPosts(
          manager,
          { accountId: account.id },
          source.id,
          timeline.posts,
          now,
        );
        await this.engagement.recordFollowers(
          manager,
          account.id,
          profile.profile.followers,
          now,
        );
      },
    };
  }

  private async readPlatform(
    account: AccountRow,
    limits: TimelineLimits,
    guard: AddressGuard | undefined,
  ): Promise<{
    profile: { profile: PlatformProfile; notBefore: Date | null };
    timeline: TimelineRead;
  }> {
    if (account.platform === 'mastodon') {
      const client = new MastodonClient(account.instanceUrl!, guard);
      const profile = await client.account(account.remoteId!);
      return {
        profile,
        timeline: await client.statuses(account.remoteId!, limits),
      };
    }
    const client = new BlueskyClient(this.config.blueskyApi, guard);
    const profile = await client.profile(account.remoteId!);
    return {
      profile,
      timeline: await client.authorFeed(account.remoteId!, limits),
    };
  }
}
