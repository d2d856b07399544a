import {
  type ColumnFilter,
  SENTIMENT_LABELS,
  TOPIC_KINDS,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import { fail, UUID } from '../../common/query-params.util';

const MAX_LIST = 100;
const LANGUAGE = /^[a-z]{2}$/i;

type ListField = Exclude<keyof ColumnFilter, 'list'>;

/** Each field of a column's filter: how a value is checked and stored. */
const FIELDS: Record<ListField, [string, (value: string) => string | null]> = {
  topic: ['a topic id', (v) => (UUID.test(v) ? v.toLowerCase() : null)],
  kind: [
    `one of ${TOPIC_KINDS.join(', ')}`,
    (v) => ((TOPIC_KINDS as readonly string[]).includes(v) ? v : null),
  ],
  hashtag: [
    'a hashtag like dkbiz or #dkbiz',
    (v) => (v.length <= 100 ? normaliseHashtag(v) : null),
  ],
  source: ['a source id', (v) => (UUID.test(v) ? v.toLowerCase() : null)],
  sentiment: [
    `one of ${SENTIMENT_LABELS.join(', ')}`,
    (v) => ((SENTIMENT_LABELS as readonly string[]).includes(v) ? v : null),
  ],
  language: [
    'a two-letter ISO 639-1 code like da',
    (v) => (LANGUAGE.test(v) ? v.toLowerCase() : null),
  ],
};

/**
 * A column's filter as a client sent it, checked and normalised (hashtags
 * without '#', ids lower-case, each value once, empty lists left out); a bad
 * field is a 400 that names it, e.g. `filter.hashtag: …`.
 */
export function readColumnFilter(raw: unknown): ColumnFilter {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    fail('filter', 'must be an object');
  const filter: Record<string, string[] | string> = {};
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'list') {
      if (value === undefined || value === null) continue;
      if (typeof value !== 'string' || !UUID.test(value))
        fail('filter.list', 'must be an interest list id');
      filter.list = value.toLowerCase();
      continue;
    }
    const rule = FIELDS[field as ListField];
    if (!rule)
      fail(
        `filter.${field.slice(0, 40)}`,
        `unknown; a column filters by ${[...Object.keys(FIELDS), 'list'].join(', ')}`,
      );
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value) || value.length > MAX_LIST)
      fail(`filter.${field}`, `must be a list of at most ${MAX_LIST}`);
    const [what, read] = rule;
    const values = value.map((item: unknown) =>
      typeof item === 'string' ? read(item) : null,
    );
    if (values.some((item) => item === null))
      fail(`filter.${field}`, `each must be ${what}`);
    const unique = [...new Set(values as string[])];
    if (unique.length > 0) filter[field] = unique;
  }
  return filter as ColumnFilter;
}
