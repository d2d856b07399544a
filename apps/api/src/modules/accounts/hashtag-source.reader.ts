import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { type AddressGuard, FeedError } from '@lyt/feeds';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/app-config';
import { SourceRead, SourceReaders } from '../collector/source-readers';
import type { SourceEntity } from '../sources/entities/source.entity';
import { EngagementRepository } from './engagement.repository';
import {
  HASHTAG_SOURCE_KINDS,
  hashtagTarget,
  type HashtagTarget,
} from './hashtag-source.util';
import { BlueskyClient } from './platforms/bluesky.client';
import { MastodonClient } from './platforms/mastodon.client';
import {
  postItem,
  type TimelineLimits,
  type TimelineRead,
} from './platforms/platform-post';

/** How far back a new hashtag source reads, and how many pages at most. */
const HISTORY_DAYS = 30;
const FIRST_READ_PAGES = 3;
const LATER_READ_PAGES = 2;

/**
 * Polls a Mastodon hashtag (`/api/v1/timelines/tag/:hashtag`) or a Bluesky
 * search (`app.bsky.feed.searchPosts`) back to the newest post already
 * stored. Every post becomes an item, matched, enriched and streamed as a
 * feed's are, under the guid its RSS feed gave (so a source that was read as
 * RSS before goes on without a second copy), and lands in `account_post`
 * with its counts, refreshed on the schedule account posts are.
 */
@Injectable()
export class HashtagSourceReader implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly readers: SourceReaders,
    private readonly engagement: EngagementRepository,
  ) {}

  onModuleInit(): void {
    for (const kind of Object.values(HASHTAG_SOURCE_KINDS))
      this.readers.register(kind, (source, guard) => this.read(source, guard));
  }

  async read(
    source: SourceEntity,
    guard: AddressGuard | undefined,
  ): Promise<SourceRead> {
    const target = hashtagTarget(source.kind, source.url);
    if (!target)
      throw new FeedError(
        'invalid-url',
        source.kind === HASHTAG_SOURCE_KINDS.mastodon
          ? `${source.url} is not a Mastodon hashtag address like https://mastodon.social/tags/dkbiz`
          : `${source.url} is not a Bluesky search address like https://bsky.app/search?q=%23dkbiz`,
      );
    const known = await this.engagement.knownRemoteIds({ sourceId: source.id });
    const limits: TimelineLimits = {
      knownRemoteIds: known,
      oldest: new Date(Date.now() - HISTORY_DAYS * 86_400_000),
      maxPages: known.size === 0 ? FIRST_READ_PAGES : LATER_READ_PAGES,
    };
    const timeline = await this.readPlatform(target, limits, guard);
    const now = new Date();
    return {
      // A tag timeline has no boosts; should one come, its counts are the original's.
      items: timeline.posts.filter((post) => !post.shared).map(postItem),
      notBefore: timeline.notBefore,
      inSameCommit: (manager) =>
        this.engagement.upsertPosts(
          manager,
          { sourceId: source.id },
          source.id,
          timeline.posts,
          now,
        ),
    };
  }

  private readPlatform(
    target: HashtagTarget,
    limits: TimelineLimits,
    guard: AddressGuard | undefined,
  ): Promise<TimelineRead> {
    return target.platform === 'mastodon'
      ? new MastodonClient(target.instanceUrl, guard).tagTimeline(
          target.tag,
          limits,
        )
      : new BlueskyClient(this.config.blueskyApi, guard).searchPosts(
          target.query,
          limits,
        );
  }
}
