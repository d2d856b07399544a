import { type AddressGuard, FeedError, FeedHttpError } from '@lyt/feeds';
import { extractHashtags } from '@lyt/matching';
import { fetchJson, later } from './json-fetch.util';
import {
  hostsOf,
  type PlatformPost,
  type PlatformProfile,
  type TimelineLimits,
  type TimelineRead,
} from './platform-post';

interface BlueskyProfile {
  did: string;
  handle: string;
  displayName?: string;
  followersCount?: number;
}

interface BlueskyFacet {
  features?: { $type?: string; uri?: string; tag?: string }[];
}

interface BlueskyEmbed {
  $type?: string;
  images?: { fullsize?: string; thumb?: string }[];
  external?: { uri?: string };
  media?: BlueskyEmbed;
}

interface BlueskyPostView {
  uri: string;
  author: { did: string; handle: string };
  record: {
    text?: string;
    createdAt?: string;
    langs?: string[];
    facets?: BlueskyFacet[];
  };
  embed?: BlueskyEmbed;
  likeCount?: number;
  repostCount?: number;
  replyCount?: number;
  quoteCount?: number;
  indexedAt?: string;
}

interface BlueskyFeedEntry {
  post: BlueskyPostView;
  reason?: { $type?: string; by?: { handle: string }; indexedAt?: string };
}

const PAGE_SIZE = 50;
/** `app.bsky.feed.getPosts` takes at most 25 URIs. */
export const GET_POSTS_MAX = 25;

/** Bluesky's public AppView (`LYT_BLUESKY_API`), as docs.bsky.app describes its XRPC queries. */
export class BlueskyClient {
  constructor(
    private readonly appViewUrl: string,
    private readonly guard: AddressGuard | undefined,
  ) {}

  /** `app.bsky.actor.getProfile`: a 400 "Profile not found" is an unknown handle. */
  async profile(
    actor: string,
  ): Promise<{ profile: PlatformProfile; notBefore: Date | null }> {
    const { body, notBefore } = await fetchJson<BlueskyProfile>(
      this.xrpc('app.bsky.actor.getProfile', [['actor', actor]]),
      this.guard,
    );
    return {
      profile: {
        remoteId: body.did,
        handle: body.handle,
        name: body.displayName?.trim() || body.handle,
        url: `https://bsky.app/profile/${body.handle}`,
        followers: nonNegative(body.followersCount),
      },
      notBefore,
    };
  }

  /** `app.bsky.feed.getAuthorFeed`, newest first, following `cursor` until a known post, the oldest date or the page limit. */
  async authorFeed(did: string, limits: TimelineLimits): Promise<TimelineRead> {
    const posts: PlatformPost[] = [];
    let notBefore: Date | null = null;
    let cursor: string | undefined;
    for (let page = 0; page < limits.maxPages; page += 1) {
      const params: [string, string][] = [
        ['actor', did],
        ['limit', String(PAGE_SIZE)],
        ['filter', 'posts_no_replies'],
      ];
      if (cursor) params.push(['cursor', cursor]);
      const fetched = await fetchJson<{
        feed?: BlueskyFeedEntry[];
        cursor?: string;
      }>(this.xrpc('app.bsky.feed.getAuthorFeed', params), this.guard);
      notBefore = later(notBefore, fetched.notBefore);
      const read = (fetched.body.feed ?? []).map((entry) => this.entry(entry));
      posts.push(...read);
      const oldest = read[read.length - 1];
      cursor = fetched.body.cursor;
      if (
        !cursor ||
        read.length === 0 ||
        notBefore ||
        read.some((post) => limits.knownRemoteIds.has(post.remoteId)) ||
        (oldest && new Date(oldest.publishedAt) < limits.oldest)
      )
        break;
    }
    return {
      posts: posts.filter(
        (post) => new Date(post.publishedAt) >= limits.oldest,
      ),
      notBefore,
    };
  }

  /**
   * `app.bsky.feed.searchPosts?q=&sort=latest`, newest first, following
   * `cursor` like the author feed. An AppView that refuses to search without
   * a login (401, or 403 AuthMissing, as the public one may) says so in words.
   */
  async searchPosts(q: string, limits: TimelineLimits): Promise<TimelineRead> {
    const posts: PlatformPost[] = [];
    let notBefore: Date | null = null;
    let cursor: string | undefined;
    for (let page = 0; page < limits.maxPages; page += 1) {
      const params: [string, string][] = [
        ['q', q],
        ['sort', 'latest'],
        ['limit', String(PAGE_SIZE)],
      ];
      if (cursor) params.push(['cursor', cursor]);
      const fetched = await this.searchPage(params);
      notBefore = later(notBefore, fetched.notBefore);
      const read = (fetched.body.posts ?? []).map((post) => this.post(post));
      posts.push(...read);
      const oldest = read[read.length - 1];
      cursor = fetched.body.cursor;
      if (
        !cursor ||
        read.length === 0 ||
        notBefore ||
        read.some((post) => limits.knownRemoteIds.has(post.remoteId)) ||
        (oldest && new Date(oldest.publishedAt) < limits.oldest)
      )
        break;
    }
    return {
      posts: posts.filter(
        (post) => new Date(post.publishedAt) >= limits.oldest,
      ),
      notBefore,
    };
  }

  private async searchPage(params: [string, string][]) {
    try {
      return await fetchJson<{ posts?: BlueskyPostView[]; cursor?: string }>(
        this.xrpc('app.bsky.feed.searchPosts', params),
        this.guard,
      );
    } catch (error) {
      if (error instanceof FeedHttpError && [401, 403].includes(error.status))
        throw new FeedError(
          'http-status',
          `the Bluesky AppView at ${new URL(this.appViewUrl).host} does not search posts without a login (HTTP ${error.status}); set LYT_BLUESKY_API to an AppView that does`,
        );
      throw error;
    }
  }

  /** `app.bsky.feed.getPosts` for up to 25 URIs: the ones missing from the answer are deleted. */
  async posts(
    uris: string[],
  ): Promise<{ posts: PlatformPost[]; notBefore: Date | null }> {
    const { body, notBefore } = await fetchJson<{ posts?: BlueskyPostView[] }>(
      this.xrpc(
        'app.bsky.feed.getPosts',
        uris.slice(0, GET_POSTS_MAX).map((uri) => ['uris', uri]),
      ),
      this.guard,
    );
    return {
      posts: (body.posts ?? []).map((post) => this.post(post)),
      notBefore,
    };
  }

  private xrpc(method: string, params: [string, string][]): string {
    const url = new URL(`${this.appViewUrl}/xrpc/${method}`);
    for (const [name, value] of params) url.searchParams.append(name, value);
    return url.href;
  }

  private entry(entry: BlueskyFeedEntry): PlatformPost {
    const post = this.post(entry.post);
    const repostedBy =
      entry.reason?.$type === 'app.bsky.feed.defs#reasonRepost'
        ? entry.reason
        : null;
    if (!repostedBy) return post;
    // A repost is the reposter's act: its own id and time, the original's text and counts.
    return {
      ...post,
      remoteId: `${entry.post.uri}#repost-by-${repostedBy.by?.handle ?? ''}`,
      url: null,
      publishedAt: new Date(
        repostedBy.indexedAt ?? post.publishedAt,
      ).toISOString(),
      author: repostedBy.by?.handle ?? post.author,
      shared: { url: post.url!, handle: post.author },
    };
  }

  private post(view: BlueskyPostView): PlatformPost {
    const text = view.record.text ?? '';
    const features = (view.record.facets ?? []).flatMap(
      (facet) => facet.features ?? [],
    );
    const embed = view.embed?.media ?? view.embed;
    const links = [
      ...features
        .filter((feature) => feature.$type === 'app.bsky.richtext.facet#link')
        .map((feature) => feature.uri ?? ''),
      ...(view.embed?.external?.uri ? [view.embed.external.uri] : []),
    ];
    const image =
      embed?.$type === 'app.bsky.embed.images#view'
        ? embed.images?.[0]
        : undefined;
    const rkey = view.uri.split('/').pop() ?? '';
    return {
      remoteId: view.uri,
      url: `https://bsky.app/profile/${view.author.handle}/post/${rkey}`,
      text,
      publishedAt: new Date(
        view.record.createdAt ?? view.indexedAt ?? Date.now(),
      ).toISOString(),
      language: view.record.langs?.[0]?.slice(0, 2).toLowerCase() ?? null,
      author: view.author.handle,
      likes: nonNegative(view.likeCount),
      boosts: nonNegative(view.repostCount),
      replies: nonNegative(view.replyCount),
      quotes: nonNegative(view.quoteCount),
      mediaUrl: image?.fullsize ?? image?.thumb ?? null,
      linkHosts: hostsOf(links),
      hashtags: [
        ...new Set([
          ...extractHashtags(text),
          ...features
            .filter(
              (feature) =>
                feature.$type === 'app.bsky.richtext.facet#tag' && feature.tag,
            )
            .map((feature) => feature.tag!.toLowerCase()),
        ]),
      ],
      shared: null,
    };
  }
}

function nonNegative(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0
    ? Math.floor(value)
    : 0;
}
