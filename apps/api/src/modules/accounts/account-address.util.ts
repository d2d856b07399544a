/** Where an account lives, read from what an admin typed: a handle or a profile URL. */
export type AccountAddress =
  | { platform: 'mastodon'; instanceUrl: string; username: string }
  | { platform: 'bluesky'; actor: string }
  | { platform: 'feed'; url: string };

export class AccountAddressError extends Error {}

const MASTODON_HANDLE =
  /^@?([a-z0-9_]+)@([a-z0-9.-]+\.[a-z]{2,}|[a-z0-9.-]+:\d+)$/i;
const DOMAIN_HANDLE =
  /^@?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9])$/i;
const DID = /^did:(plc|web):[a-z0-9._:%-]{3,}$/i;

/**
 * A handle: `@name@instance` (or `name@instance`) is Mastodon at
 * https://instance; a domain name (`nordlys.bsky.social`, `@nordlys.dk`) or a
 * DID is Bluesky.
 */
export function readHandle(raw: string): AccountAddress {
  const handle = raw.trim();
  const mastodon = MASTODON_HANDLE.exec(handle);
  if (mastodon)
    return {
      platform: 'mastodon',
      instanceUrl: `https://${mastodon[2]!.toLowerCase()}`,
      username: mastodon[1]!,
    };
  if (DID.test(handle)) return { platform: 'bluesky', actor: handle };
  const domain = DOMAIN_HANDLE.exec(handle);
  if (domain) return { platform: 'bluesky', actor: domain[1]!.toLowerCase() };
  throw new AccountAddressError(
    'write a Mastodon handle as @name@instance or a Bluesky handle as name.bsky.social',
  );
}

/**
 * A URL: `https://bsky.app/profile/<handle>` is Bluesky; `https://instance/@name`
 * (or `/users/name`) is Mastodon at that origin; any other http(s) URL is a feed.
 */
export function readProfileUrl(raw: string): AccountAddress {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new AccountAddressError('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AccountAddressError('only http and https URLs can be reached');
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  if (url.hostname === 'bsky.app' || url.hostname === 'staging.bsky.app') {
    const profile = /^\/profile\/([^/]+)$/.exec(path);
    if (!profile)
      throw new AccountAddressError(
        'a Bluesky URL names a profile: https://bsky.app/profile/name.bsky.social',
      );
    return readHandleAs('bluesky', profile[1]!);
  }
  const mastodon = /^\/(?:@|users\/)([a-z0-9_]+)$/i.exec(path);
  if (mastodon && !url.search)
    return {
      platform: 'mastodon',
      instanceUrl: url.origin,
      username: mastodon[1]!,
    };
  return { platform: 'feed', url: url.href };
}

function readHandleAs(platform: 'bluesky', actor: string): AccountAddress {
  const address = readHandle(actor);
  if (address.platform !== platform)
    throw new AccountAddressError(`${actor} is not a Bluesky handle`);
  return address;
}
