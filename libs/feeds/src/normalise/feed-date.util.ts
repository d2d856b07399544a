const DAY_MS = 24 * 60 * 60 * 1000;

// Zones V8 does not know but feeds write, Danish ones above all.
const ZONE_OFFSETS: Record<string, string> = {
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  BST: '+0100',
  WET: '+0000',
  WEST: '+0100',
  EET: '+0200',
  EEST: '+0300',
};
// Danish month abbreviations that differ from English ones.
const MONTHS: Record<string, string> = { maj: 'May', okt: 'Oct' };
// V8's Date parser reads almost anything ("week 12" is 2001-12-01, "i sidste uge +0000" is
// 2000-01-01), so a date must first look like one: ISO 8601 / yyyy/mm/dd, RFC 822 "3 Mar 2025", or "Mar 3, 2025".
const LOOKS_LIKE_A_DATE = [
  /^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:$|[T\s])/,
  /\b\d{1,2}[\s-]+\p{L}{3,}\.?[\s-]+\d{2,4}\b/u,
  /\b\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}\b/u,
];

/**
 * Reads the dates feeds write (RFC 822 in its many variants, ISO 8601, with or without a zone);
 * a date without a zone is taken as UTC, not as the server's local time. Null when unreadable.
 */
export function parseFeedDate(value: string | null | undefined): Date | null {
  const text = value?.trim();
  if (!text || !LOOKS_LIKE_A_DATE.some((pattern) => pattern.test(text)))
    return null;
  const direct = hasZone(text) ? new Date(text) : null;
  if (direct && !Number.isNaN(direct.getTime())) return direct;
  const repaired = repairDate(text);
  const date = new Date(repaired);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The item's time as ISO 8601 UTC: published before updated; unknown → `now` (first seen);
 * more than a day in the future → `now`, so a wrong clock cannot pin an item to the top.
 */
export function resolvePublishedAt(
  published: string | null,
  updated: string | null,
  now: Date,
): string {
  const date = parseFeedDate(published) ?? parseFeedDate(updated);
  if (!date || date.getTime() > now.getTime() + DAY_MS)
    return now.toISOString();
  return date.toISOString();
}

function hasZone(text: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return true; // date-only ISO is UTC by definition
  return /(?:\dZ|[+-]\d{2}:?\d{2}|\b(?:GMT|UTC?|[ECMP][SD]T))$/i.test(text);
}

function repairDate(text: string): string {
  let repaired = text
    .replace(/\b([A-Za-z]{3})\b/g, (word) => MONTHS[word.toLowerCase()] ?? word)
    .replace(/\b([A-Z]{3,4})$/, (zone) => ZONE_OFFSETS[zone] ?? zone);
  if (!hasZone(repaired))
    repaired = /^\d{4}-\d{2}-\d{2}[T ]\d/.test(repaired)
      ? `${repaired.replace(' ', 'T')}Z`
      : `${repaired} +0000`;
  return repaired;
}
