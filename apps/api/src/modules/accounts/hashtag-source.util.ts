/** Source kinds whose posts are read from a platform's hashtag or search API, with their counts. */
export const HASHTAG_SOURCE_KINDS = {
  mastodon: 'mastodon-tag',
  bluesky: 'bluesky-search',
} as const;

/** What a hashtag or search source reads: where, and for what. */
export type HashtagTarget =
  | { platform: 'mastodon'; instanceUrl: string; tag: string }
  | { platform: 'bluesky'; query: string };

/**
 * A hashtag source's target from its URL: a Mastodon tag's page
 * (`https://mastodon.social/tags/dkbiz`, or its `.rss` feed as sources
 * stored before the JSON API was read), or a Bluesky search
 * (`https://bsky.app/search?q=%23dkbiz`). Null when the URL is neither.
 */
export function hashtagTarget(kind: string, url: string): HashtagTarget | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (kind === HASHTAG_SOURCE_KINDS.mastodon) {
    const match = /^\/tags\/([^/]+?)(\.rss)?\/?$/.exec(parsed.pathname);
    if (!match) return null;
    let tag: string;
    try {
      tag = decodeURIComponent(match[1]!);
    } catch {
      return null;
    }
    return tag
      ? { platform: 'mastodon', instanceUrl: parsed.origin, tag }
      : null;
  }
  if (kind === HASHTAG_SOURCE_KINDS.bluesky) {
    const query = parsed.searchParams.get('q')?.trim();
    return query ? { platform: 'bluesky', query } : null;
  }
  return null;
}
