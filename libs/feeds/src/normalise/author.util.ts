import { collapseWhitespace, htmlToText } from './html-text.util';

/**
 * A person's name from RSS's "jane@example.dk (Jane Doe)", "Jane Doe (jane@example.dk)" and
 * "Jane Doe <jane@example.dk>" forms.
 */
export function cleanAuthor(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = collapseWhitespace(raw);
  const name =
    /^\S+@\S+\s*\((.+)\)$/.exec(text)?.[1] ??
    /^(.+?)\s*\(\s*[^()\s]+@[^()\s]+\s*\)$/.exec(text)?.[1] ??
    /^(.+?)\s*<[^<>\s]+@[^<>\s]+>$/.exec(text)?.[1] ??
    text;
  return htmlToText(name) || null;
}

/**
 * The author handle a status link implies, for feeds without an author element:
 * Mastodon https://mastodon.social/@user/123 → "@user@mastodon.social" (and /@user@other.host/123
 * → "@user@other.host"); Bluesky https://bsky.app/profile/name.bsky.social/post/x →
 * "@name.bsky.social". Bluesky links that name the account by DID fall back to `profileHandle`.
 */
export function handleFromStatusUrl(
  url: string | null,
  profileHandle: string | null = null,
): string | null {
  if (!url) return null;
  const { hostname, pathname } = new URL(url);
  const mastodon = /^\/@([\w.-]+)(?:@([\w.-]+))?\/\d+\/?$/.exec(pathname);
  if (mastodon) return `@${mastodon[1]}@${mastodon[2] ?? hostname}`;
  const bluesky =
    hostname === 'bsky.app'
      ? /^\/profile\/([^/]+)\/post\/[^/]+\/?$/.exec(pathname)
      : null;
  if (!bluesky?.[1]) return null;
  return bluesky[1].startsWith('did:')
    ? profileHandle
    : `@${decodeURIComponent(bluesky[1])}`;
}

/** A Bluesky profile feed is titled "@handle - Display Name"; every post in it is that account's. */
export function blueskyProfileHandle(
  feedTitle: string | null,
  siteUrl: string | null,
): string | null {
  if (!siteUrl?.startsWith('https://bsky.app/profile/')) return null;
  const handle = /^@([\w-]+(?:\.[\w-]+)+)(?:\s|$)/.exec(
    feedTitle?.trim() ?? '',
  )?.[1];
  return handle ? `@${handle}` : null;
}
