import type { FeedItem } from '@lyt/contracts';

/** A post read from a platform's API, before it becomes an item: the counts feeds lack. */
export interface PlatformPost {
  /** Mastodon's status id or Bluesky's at:// URI. */
  remoteId: string;
  url: string | null;
  text: string;
  publishedAt: string;
  language: string | null;
  /** The post's author as Lyt writes handles: `@user@instance` or `name.bsky.social`. */
  author: string;
  likes: number;
  boosts: number;
  replies: number;
  quotes: number;
  mediaUrl: string | null;
  linkHosts: string[];
  hashtags: string[];
  /** A boost or repost: the original post, someone else's. */
  shared: { url: string; handle: string } | null;
}

/** A profile as resolved from a handle or URL. */
export interface PlatformProfile {
  remoteId: string;
  handle: string;
  name: string;
  url: string;
  followers: number;
}

/** One read of an account's timeline: its newest posts, and when the API asks us to wait. */
export interface TimelineRead {
  posts: PlatformPost[];
  notBefore: Date | null;
}

/** Reading stops at a post already stored, at this age, or after this many pages. */
export interface TimelineLimits {
  /** The newest post stored before: pages are followed until it is reached. */
  knownRemoteIds: ReadonlySet<string>;
  oldest: Date;
  maxPages: number;
}

export function hostsOf(urls: Iterable<string>): string[] {
  const hosts = new Set<string>();
  for (const raw of urls) {
    try {
      const url = new URL(raw);
      if (url.protocol === 'http:' || url.protocol === 'https:')
        hosts.add(url.hostname.toLowerCase().replace(/^www\./, ''));
    } catch {
      // Not a URL: nothing to count.
    }
  }
  return [...hosts];
}

/** The item a post becomes, in the same guid, url and author forms as the platform's feeds give. */
export function postItem(post: PlatformPost): FeedItem {
  return {
    guid: itemGuid(post),
    url: httpUrl(post.url),
    title: null,
    text: post.text,
    author: post.author,
    publishedAt: post.publishedAt,
    hashtags: post.hashtags,
    mediaUrl: httpUrl(post.mediaUrl),
    language: post.language,
  };
}

/**
 * The guid a post's item is stored under: its public URL (what a Mastodon
 * RSS feed gives as `<guid>`, so a source read through both never stores a
 * post twice), else its platform id.
 */
export function itemGuid(post: PlatformPost): string {
  return post.url ?? post.remoteId;
}

/** Only http(s) links reach the dashboard. */
function httpUrl(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? url.href
      : null;
  } catch {
    return null;
  }
}
