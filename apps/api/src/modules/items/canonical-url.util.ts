const TRACKING_PARAMETER =
  /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src|ocid)$/i;

/**
 * The form of an item URL under which the same story from two sources compares
 * equal: no fragment, no tracking parameters, lower-case host, no default port,
 * no trailing slash. Null for anything that is not an http(s) URL.
 */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  }
  parsed.searchParams.sort();
  const path =
    parsed.pathname.length > 1 ? parsed.pathname.replace(/\/+$/, '') : '';
  return `${parsed.protocol === 'http:' ? 'https:' : parsed.protocol}//${parsed.host}${path}${parsed.search}`;
}
