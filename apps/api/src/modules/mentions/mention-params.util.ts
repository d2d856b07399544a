import {
  MENTION_FILTERS,
  MENTION_SORTS,
  type MentionSort,
  SENTIMENT_LABELS,
  TOPIC_KINDS,
  type SentimentLabel,
  type TopicKind,
} from '@lyt/contracts';
import {
  fail,
  list,
  oneOf,
  type RawQuery,
  readInstant,
  readLimit,
  rejectUnknown,
  single,
  UUID,
} from '../../common/query-params.util';
import { normaliseHashtag } from '@lyt/matching';
import type { MentionKey } from '../items/item.types';
import type { MentionFilter } from '../items/mention-filter';
import { decodeCursor } from './mention-cursor.util';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const MAX_Q_LENGTH = 500;

/** `GET /api/mentions`: which mentions, from where on, how many. */
export interface MentionListQuery {
  filter: MentionFilter;
  /** Continue after this mention; null for the newest. */
  after: MentionKey | null;
  limit: number;
  /** Newest first, or the most engaging first. */
  sort: MentionSort;
}

export type { RawQuery };

const LIST_PARAMS = [...MENTION_FILTERS, 'cursor', 'limit', 'sort'];

const LANGUAGE = /^[a-z]{2}$/i;
/** Reads `GET /api/mentions`; a bad parameter is a 400 that names it. */
export function parseMentionListQuery(query: RawQuery): MentionListQuery {
  rejectUnknown(query, LIST_PARAMS);
  const rawSort = single(query, 'sort');
  const sort =
    rawSort === undefined
      ? 'newest'
      : oneOf<MentionSort>('sort', rawSort, MENTION_SORTS);
  const cursor = single(query, 'cursor');
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (after === null && cursor !== undefined) fail('cursor', 'invalid');
  if (after && (after.engagement !== undefined) !== (sort === 'engagement'))
    fail('cursor', `is the cursor of another sort than ${sort}`);
  return {
    filter: readFilter(query),
    after,
    limit: readLimit(single(query, 'limit'), DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    sort,
  };
}

/** Reads `GET /api/mentions.csv`: the filters only, since an export has every match. */
export function parseMentionExportQuery(query: RawQuery): MentionFilter {
  rejectUnknown(query, MENTION_FILTERS);
  return readFilter(query);
}

function readFilter(query: RawQuery): MentionFilter {
  const filter: MentionFilter = {
    topics: list(query, 'topic', (value) =>
      UUID.test(value) ? value.toLowerCase() : fail('topic', 'must be a UUID'),
    ),
    kinds: list(query, 'kind', (value) =>
      oneOf<TopicKind>('kind', value, TOPIC_KINDS),
    ),
    hashtags: list(
      query,
      'hashtag',
      (value) =>
        normaliseHashtag(value) ??
        fail('hashtag', `"${value}" is not a hashtag like dkbiz or #dkbiz`),
    ),
    sources: list(query, 'source', (value) =>
      UUID.test(value) ? value.toLowerCase() : fail('source', 'must be a UUID'),
    ),
    sentiments: list(query, 'sentiment', (value) =>
      oneOf<SentimentLabel>('sentiment', value, SENTIMENT_LABELS),
    ),
    languages: list(query, 'language', (value) =>
      LANGUAGE.test(value)
        ? value.toLowerCase()
        : fail('language', 'must be a two-letter ISO 639-1 code like da'),
    ),
  };
  const q = single(query, 'q')?.trim();
  if (q) {
    if (q.length > MAX_Q_LENGTH)
      fail('q', `must be at most ${MAX_Q_LENGTH} characters`);
    // PostgreSQL refuses a NUL in text: it must not reach the database as a 500.
    if (q.includes('\u0000')) fail('q', 'must not contain a NUL character');
    filter.q = q;
  }
  // Repeated, a source of any of the lists, as the statistics read it.
  const interestLists = list(query, 'list', (value) =>
    UUID.test(value) ? value.toLowerCase() : fail('list', 'must be a UUID'),
  );
  if (interestLists.length === 1) filter.list = interestLists[0];
  else if (interestLists.length > 1) filter.lists = interestLists;
  const from = readInstant('from', single(query, 'from'));
  const to = readInstant('to', single(query, 'to'));
  if (from && to && from > to) fail('from', 'must not be after to');
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}
