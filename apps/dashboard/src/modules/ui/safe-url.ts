/**
 * A feed's URL as something safe to link to or show as an image: http(s)
 * only, so `javascript:`, `data:` and friends never reach an href or src.
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? url.href
    : null;
}
