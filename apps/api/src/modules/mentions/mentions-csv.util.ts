import type { Mention } from '@lyt/contracts';

/** Excel reads a CSV as the local code page unless it starts with a UTF-8 byte order mark. */
export const CSV_BOM = '\uFEFF';

export const CSV_COLUMNS = [
  'id',
  'published_at',
  'source',
  'author',
  'title',
  'text',
  'url',
  'hashtags',
  'topics',
  'matched_terms',
  'sentiment',
  'sentiment_score',
  'language',
] as const;

const NEEDS_QUOTES = /[",\r\n]/;
// A spreadsheet runs a cell that starts like this as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/** The header line, RFC 4180 style (CRLF). */
export function csvHeader(): string {
  return `${CSV_COLUMNS.join(',')}\r\n`;
}

/** One mention as a CSV line in the order of `CSV_COLUMNS`. */
export function csvLine(mention: Mention): string {
  const cells: (string | number | null)[] = [
    mention.id,
    mention.publishedAt,
    mention.source.name,
    mention.author,
    mention.title,
    mention.text,
    mention.url,
    mention.hashtags.map((tag) => `#${tag}`).join(' '),
    mention.topics.map((topic) => topic.name).join('; '),
    [...new Set(mention.topics.flatMap((topic) => topic.terms))].join('; '),
    mention.sentiment?.label ?? null,
    mention.sentiment?.score ?? null,
    mention.language,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * A field as RFC 4180 writes it. Text from feeds and people is defused with a
 * leading apostrophe when a spreadsheet would take it for a formula; numbers
 * we computed are left as numbers, a negative score included.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
