/**
 * An absolute http(s) URL from what a feed says, resolving relative references against `base`.
 * Null for anything else: javascript:, data: and mailto: links must never reach the dashboard.
 */
export function toHttpUrl(
  value: string | null | undefined,
  base?: string | null,
): string | null {
  const text = value?.trim();
  // Without a base only an absolute URL parses, and it has a scheme: sparing URL the throw
  // for every guid like "episode-12" makes a podcast's items much cheaper.
  if (!text || (!base && !text.includes(':'))) return null;
  let url: URL;
  try {
    url = base ? new URL(text, base) : new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? url.href
    : null;
}
