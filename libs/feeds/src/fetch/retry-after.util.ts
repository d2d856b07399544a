/**
 * Seconds to wait from a Retry-After header, which is either delta-seconds or an HTTP date;
 * null when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: Date = new Date(),
): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text);
  // An HTTP date names its day and month; Date.parse alone would take "-5" as the year -5.
  const date = /[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

/**
 * Seconds until a rate limit's window resets, from the headers APIs send instead of (or
 * besides) Retry-After: Mastodon's `X-RateLimit-Reset` (an ISO 8601 time) and the IETF draft's
 * `RateLimit-Reset` that Bluesky sends (Unix seconds there; delta-seconds in the draft: a small
 * number is taken as a delta). Null when neither is present or readable.
 */
export function parseRateLimitReset(
  headers: Record<string, string | string[] | undefined>,
  now: Date = new Date(),
): number | null {
  const first = (name: string) => {
    const value = headers[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || null;
  };
  const mastodon = first('x-ratelimit-reset');
  if (mastodon) {
    const at = /^\d+$/.test(mastodon)
      ? Number(mastodon) * 1000
      : Date.parse(mastodon);
    if (!Number.isNaN(at))
      return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
  }
  const draft = first('ratelimit-reset');
  if (draft && /^\d+$/.test(draft)) {
    const value = Number(draft);
    // Anything past the year 2001 in Unix seconds is a time, not a delta.
    if (value < 1_000_000_000) return value;
    return Math.max(0, Math.ceil((value * 1000 - now.getTime()) / 1000));
  }
  return null;
}
