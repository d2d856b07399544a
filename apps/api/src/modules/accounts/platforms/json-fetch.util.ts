import {
  type AddressGuard,
  FeedError,
  fetchFeed,
  parseRateLimitReset,
} from '@lyt/feeds';

export interface JsonFetched<T> {
  body: T;
  headers: Record<string, string>;
  /** When the API's rate limit is used up: do not call it again before this. */
  notBefore: Date | null;
}

/** Calls left in a rate-limit window below which a collector waits for the window to reset. */
const RATE_LIMIT_RESERVE = 5;

/**
 * One GET of a public JSON API, under the same limits as a feed (deadline,
 * size cap, redirects, the address guard at connect time). A body that is not
 * JSON is a `malformed` FeedError, as a broken feed is.
 */
export async function fetchJson<T>(
  url: string,
  guard: AddressGuard | undefined,
): Promise<JsonFetched<T>> {
  const fetched = await fetchFeed(url, { guard, accept: 'application/json' });
  // Without validators sent, a 304 cannot come; treat it as the broken answer it would be.
  if (fetched.status !== 'ok')
    throw new FeedError('malformed', `unexpected 304 from ${url}`);
  let body: T;
  try {
    body = JSON.parse(fetched.body) as T;
  } catch {
    throw new FeedError('malformed', `not JSON from ${url}`);
  }
  return {
    body,
    headers: fetched.headers,
    notBefore: rateLimitWait(fetched.headers),
  };
}

function rateLimitWait(headers: Record<string, string>): Date | null {
  const remaining = Number(
    headers['x-ratelimit-remaining'] ?? headers['ratelimit-remaining'] ?? NaN,
  );
  if (!Number.isFinite(remaining) || remaining > RATE_LIMIT_RESERVE)
    return null;
  const seconds = parseRateLimitReset(headers);
  return seconds === null ? null : new Date(Date.now() + seconds * 1000);
}

/** The later of two "not before" times. */
export function later(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
