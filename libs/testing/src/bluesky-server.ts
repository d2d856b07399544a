import { JsonAnswer, JsonApiServer, RateLimitState } from './json-api-server';

/** One post as a test describes it; the server writes it as an `app.bsky.feed.defs#postView`. */
export interface BlueskyPostSpec {
  text: string;
  /** ISO 8601; default a minute apart, newest first, before 2026-11-01 08:00 UTC. */
  createdAt?: string;
  likes?: number;
  reposts?: number;
  replies?: number;
  quotes?: number;
  image?: boolean;
  /** A link card (`app.bsky.embed.external`). */
  link?: string;
  /** A repost: the feed entry is someone else's post, reposted by this profile. */
  repostOf?: { handle: string; uri: string; text?: string };
  language?: string;
}

export interface BlueskyProfileSpec {
  handle: string;
  displayName?: string;
  followers?: number;
  posts?: BlueskyPostSpec[];
}

interface StoredPost extends BlueskyPostSpec {
  uri: string;
  did: string;
  createdAt: string;
  deleted: boolean;
}

interface StoredProfile {
  did: string;
  handle: string;
  displayName: string;
  followers: number;
}

/**
 * A local Bluesky AppView answering the public XRPC queries in the shapes
 * docs.bsky.app documents: `app.bsky.actor.getProfile?actor=` (400
 * `{"error":"InvalidRequest","message":"Profile not found"}` for an unknown
 * handle), `app.bsky.feed.getAuthorFeed?actor=&limit=&cursor=` (newest first,
 * `limit` ≤ 100, an opaque `cursor` while more follow; reposts carry a
 * `reasonRepost`) and `app.bsky.feed.getPosts?uris=` (deleted posts are left
 * out) and `app.bsky.feed.searchPosts?q=&sort=&limit=&cursor=` (`{posts,
 * cursor, hitsTotal}`, `limit` ≤ 100, words matched in the text and `#tag`
 * against the tags; after `refuseSearch()` a 403 `AuthMissing`, as the
 * public AppView may answer without a login); every answer carries
 * `RateLimit-Limit`, `-Remaining`, `-Reset` (Unix seconds) and `-Policy`, and
 * 429 `RateLimitExceeded` once the window is spent.
 */
export class BlueskyServer extends JsonApiServer {
  private readonly profiles = new Map<string, StoredProfile>();
  private readonly posts: StoredPost[] = [];
  private counter = 0;
  private searchRefused = false;

  /** From now on searchPosts answers 403 AuthMissing, as an AppView that wants a login does. */
  refuseSearch(refused = true): void {
    this.searchRefused = refused;
  }

  addProfile(spec: BlueskyProfileSpec): string {
    const did = `did:plc:${spec.handle
      .replace(/[^a-z0-9]/g, '')
      .slice(0, 16)
      .padEnd(16, 'x')}${(this.counter++).toString(36)}`;
    this.profiles.set(did, {
      did,
      handle: spec.handle,
      displayName: spec.displayName ?? spec.handle,
      followers: spec.followers ?? 0,
    });
    (spec.posts ?? []).forEach((post, place) => this.post(did, post, place));
    return did;
  }

  /** Adds a post by the profile and returns its at:// URI. */
  post(did: string, spec: BlueskyPostSpec, place = 0): string {
    const rkey = `3l${(this.counter++).toString(36).padStart(11, '0')}`;
    const uri = `at://${did}/app.bsky.feed.post/${rkey}`;
    this.posts.push({
      ...spec,
      uri,
      did,
      createdAt:
        spec.createdAt ??
        new Date(Date.UTC(2026, 10, 1, 8) - (place + 1) * 60_000).toISOString(),
      deleted: false,
    });
    return uri;
  }

  setCounts(
    uri: string,
    counts: Pick<BlueskyPostSpec, 'likes' | 'reposts' | 'replies' | 'quotes'>,
  ): void {
    Object.assign(this.find(uri), counts);
  }

  setFollowers(did: string, followers: number): void {
    this.profiles.get(did)!.followers = followers;
  }

  deletePost(uri: string): void {
    this.find(uri).deleted = true;
  }

  postUris(did: string): string[] {
    return this.feedOf(did).map((post) => post.uri);
  }

  protected route(url: URL): JsonAnswer {
    const query = url.searchParams;
    switch (url.pathname) {
      case '/xrpc/app.bsky.actor.getProfile': {
        const profile = this.profile(query.get('actor'));
        return profile
          ? { status: 200, body: this.profileJson(profile) }
          : invalid('Profile not found');
      }
      case '/xrpc/app.bsky.feed.getAuthorFeed': {
        const profile = this.profile(query.get('actor'));
        if (!profile) return invalid('Profile not found');
        const limit = Math.min(
          100,
          Math.max(1, Number(query.get('limit') ?? 50) || 50),
        );
        const cursor = query.get('cursor');
        const all = this.feedOf(profile.did).filter(
          (post) => cursor === null || post.createdAt < cursor,
        );
        const page = all.slice(0, limit);
        return {
          status: 200,
          body: {
            feed: page.map((post) => this.feedEntry(post, profile)),
            ...(all.length > limit
              ? { cursor: page[page.length - 1]!.createdAt }
              : {}),
          },
        };
      }
      case '/xrpc/app.bsky.feed.getPosts': {
        const uris = query.getAll('uris');
        if (uris.length > 25)
          return invalid('uris must not have more than 25 elements');
        return {
          status: 200,
          body: {
            posts: this.posts
              .filter((post) => uris.includes(post.uri) && !post.deleted)
              .map((post) => this.postJson(post)),
          },
        };
      }
      case '/xrpc/app.bsky.feed.searchPosts':
        return this.search(query);
      default:
        return {
          status: 501,
          body: {
            error: 'MethodNotImplemented',
            message: 'Method Not Implemented',
          },
        };
    }
  }

  protected rateLimitHeaders(rate: RateLimitState): Record<string, string> {
    return {
      'RateLimit-Limit': String(rate.limit),
      'RateLimit-Remaining': String(Math.max(0, rate.remaining)),
      'RateLimit-Reset': String(Math.ceil(rate.resetAt.getTime() / 1000)),
      'RateLimit-Policy': `${rate.limit};w=300`,
    };
  }

  protected tooManyRequests(): unknown {
    return { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' };
  }

  private search(query: URLSearchParams): JsonAnswer {
    if (this.searchRefused)
      return {
        status: 403,
        body: { error: 'AuthMissing', message: 'Authentication Required' },
      };
    const q = query.get('q')?.trim();
    if (!q) return invalid('Params must have the property "q"');
    const limit = Math.min(
      100,
      Math.max(1, Number(query.get('limit') ?? 25) || 25),
    );
    const offset = Number(query.get('cursor') ?? 0) || 0;
    const words = q.toLowerCase().split(/\s+/);
    const hits = this.posts
      .filter(
        (post) =>
          !post.deleted &&
          !post.repostOf &&
          words.every((word) =>
            word.startsWith('#')
              ? tagFacets(post.text).some(
                  (facet) =>
                    facet.features[0]!.tag!.toLowerCase() === word.slice(1),
                )
              : post.text.toLowerCase().includes(word),
          ),
      )
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
    const page = hits.slice(offset, offset + limit);
    return {
      status: 200,
      body: {
        posts: page.map((post) => this.postJson(post)),
        hitsTotal: hits.length,
        ...(offset + limit < hits.length
          ? { cursor: String(offset + limit) }
          : {}),
      },
    };
  }

  private profile(actor: string | null): StoredProfile | undefined {
    if (!actor) return undefined;
    return (
      this.profiles.get(actor) ??
      [...this.profiles.values()].find(
        (profile) => profile.handle === actor.toLowerCase(),
      )
    );
  }

  private feedOf(did: string): StoredPost[] {
    return this.posts
      .filter((post) => post.did === did && !post.deleted)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  }

  private find(uri: string): StoredPost {
    const post = this.posts.find((candidate) => candidate.uri === uri);
    if (!post) throw new Error(`no post ${uri}`);
    return post;
  }

  private profileJson(profile: StoredProfile) {
    return {
      did: profile.did,
      handle: profile.handle,
      displayName: profile.displayName,
      description: `${profile.displayName} på Bluesky`,
      avatar: `${this.url}/img/avatar/${profile.did}.jpg`,
      followersCount: profile.followers,
      followsCount: 40,
      postsCount: this.feedOf(profile.did).length,
      indexedAt: '2026-01-01T00:00:00.000Z',
      createdAt: '2023-05-01T00:00:00.000Z',
      labels: [],
    };
  }

  private feedEntry(post: StoredPost, by: StoredProfile) {
    if (!post.repostOf) return { post: this.postJson(post) };
    const original = {
      ...this.postJson(post),
      uri: post.repostOf.uri,
      author: {
        did: post.repostOf.uri.split('/')[2],
        handle: post.repostOf.handle,
        displayName: post.repostOf.handle,
      },
      record: {
        ...this.postJson(post).record,
        text: post.repostOf.text ?? post.text,
      },
    };
    return {
      post: original,
      reason: {
        $type: 'app.bsky.feed.defs#reasonRepost',
        by: { did: by.did, handle: by.handle, displayName: by.displayName },
        indexedAt: post.createdAt,
      },
    };
  }

  private postJson(post: StoredPost) {
    const author = this.profiles.get(post.did)!;
    const facets = tagFacets(post.text);
    const embed = post.image
      ? {
          $type: 'app.bsky.embed.images#view',
          images: [
            {
              thumb: `${this.url}/img/feed_thumbnail/${post.uri.split('/').pop()}.jpg`,
              fullsize: `${this.url}/img/feed_fullsize/${post.uri.split('/').pop()}.jpg`,
              alt: 'Et billede',
            },
          ],
        }
      : post.link
        ? {
            $type: 'app.bsky.embed.external#view',
            external: {
              uri: post.link,
              title: 'Et link',
              description: '',
            },
          }
        : undefined;
    return {
      uri: post.uri,
      cid: `bafyrei${post.uri.split('/').pop()}`,
      author: {
        did: author.did,
        handle: author.handle,
        displayName: author.displayName,
        avatar: `${this.url}/img/avatar/${author.did}.jpg`,
      },
      record: {
        $type: 'app.bsky.feed.post',
        text: post.text,
        createdAt: post.createdAt,
        langs: [post.language ?? 'da'],
        ...(facets.length > 0 ? { facets } : {}),
      },
      ...(embed ? { embed } : {}),
      replyCount: post.replies ?? 0,
      repostCount: post.reposts ?? 0,
      likeCount: post.likes ?? 0,
      quoteCount: post.quotes ?? 0,
      indexedAt: post.createdAt,
      labels: [],
    };
  }
}

function invalid(message: string): JsonAnswer {
  return { status: 400, body: { error: 'InvalidRequest', message } };
}

/** Hashtags as `app.bsky.richtext.facet#tag` features over UTF-8 byte ranges. */
function tagFacets(text: string) {
  const bytes = (part: string) => Buffer.byteLength(part, 'utf8');
  return [...text.matchAll(/#([\p{L}\p{N}_]+)/gu)].map((match) => ({
    index: {
      byteStart: bytes(text.slice(0, match.index)),
      byteEnd: bytes(text.slice(0, match.index + match[0].length)),
    },
    features: [{ $type: 'app.bsky.richtext.facet#tag', tag: match[1] }],
  }));
}
