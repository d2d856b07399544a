/**
 * An absolute http(s) URL from what a feed says, resolving relative references against `base`.
 * Null for anything else: javascript:, data: and mailto: links must never reach the dashboard.
 */
export function toHttpUrl(
  value: string | null | undefined,
  base?: string | null,
): string | null {
  const text = value?.trim();
  if (!text) return null;
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
