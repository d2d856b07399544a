import { BadRequestException } from '@nestjs/common';
import {
  SENTIMENT_LABELS,
  TOPIC_KINDS,
  type SentimentLabel,
  type TopicKind,
} from '@lyt/contracts';
import { decodeCursor, type MentionKey } from './mention-cursor.util';
import { normaliseHashtag, type MentionFilter } from './mention-filter';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
const MAX_Q_LENGTH = 500;

/** `GET /api/mentions`: which mentions, from where on, how many. */
export interface MentionListQuery {
  filter: MentionFilter;
  /** Continue after this mention; null for the newest. */
  after: MentionKey | null;
  limit: number;
}

/** The query string as Express hands it over: a repeated name arrives as an array. */
export type RawQuery = Record<string, unknown>;

const FILTER_PARAMS = [
  'topic',
  'kind',
  'hashtag',
  'source',
  'sentiment',
  'language',
  'q',
  'from',
  'to',
];
const LIST_PARAMS = [...FILTER_PARAMS, 'cursor', 'limit'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGE = /^[a-z]{2}$/i;
// Without an offset, a time means UTC: the server's own time zone must not change the answer.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+\- ]\d{2}:?\d{2})?)?$/i;

/** Reads `GET /api/mentions`; a bad parameter is a 400 that names it. */
export function parseMentionListQuery(query: RawQuery): MentionListQuery {
  rejectUnknown(query, LIST_PARAMS);
  const cursor = single(query, 'cursor');
  const after = cursor === undefined ? null : decodeCursor(cursor);
  if (after === null && cursor !== undefined) fail('cursor', 'invalid');
  return {
    filter: readFilter(query),
    after,
    limit: readLimit(single(query, 'limit')),
  };
}

/** Reads `GET /api/mentions.csv`: the filters only, since an export has every match. */
export function parseMentionExportQuery(query: RawQuery): MentionFilter {
  rejectUnknown(query, FILTER_PARAMS);
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
  const from = readInstant('from', single(query, 'from'));
  const to = readInstant('to', single(query, 'to'));
  if (from && to && from > to) fail('from', 'must not be after to');
  if (from) filter.from = from;
  if (to) filter.to = to;
  return filter;
}

function readLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PAGE_SIZE;
  const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= MAX_PAGE_SIZE))
    fail('limit', `must be a whole number from 1 to ${MAX_PAGE_SIZE}`);
  return limit;
}

/** ISO 8601: a date (midnight UTC) or a date and time, with an offset or else in UTC. */
function readInstant(field: string, raw: string | undefined): Date | null {
  if (raw === undefined) return null;
  const [, year, month, day, hour, minute, second, fraction, zone] =
    INSTANT.exec(raw) ?? [];
  const date =
    year === undefined
      ? null
      : new Date(
          `${year}-${month}-${day}T${hour ?? '00'}:${minute ?? '00'}:${second ?? '00'}` +
            `${fraction ?? ''}${offset(zone)}`,
        );
  if (
    date === null ||
    Number.isNaN(date.getTime()) ||
    !isCalendarTime(year, month, day, hour, minute, second)
  ) {
    fail(
      field,
      'must be an ISO 8601 date or time, e.g. 2026-11-01 or 2026-11-01T08:00:00Z',
    );
  }
  return date;
}

/** `Z`, `+01:00`, `+0100`, or none (UTC) as `Z` or `+01:00`. */
function offset(zone: string | undefined): string {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 'Z';
  // A '+' in a query string that was not percent-encoded arrives as a space.
  const sign = zone[0] === '-' ? '-' : '+';
  const digits = zone.slice(1).replace(':', '');
  return `${sign}${digits.slice(0, 2)}:${digits.slice(2)}`;
}

/** Date rolls 30 February over into March and 24:00 into the next day: those are not dates. */
function isCalendarTime(...parts: (string | undefined)[]): boolean {
  const [year, month, day, hour, minute, second] = parts.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, day);
  return (
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    (Number.isNaN(hour) || hour <= 23) &&
    (Number.isNaN(minute) || minute <= 59) &&
    (Number.isNaN(second) || second <= 59)
  );
}

function rejectUnknown(query: RawQuery, known: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!known.includes(name))
      fail(name, `unknown parameter; expected ${known.join(', ')}`);
  }
}

/** The non-empty values given for `name`: a form leaves an unused field empty. */
function values(query: RawQuery, name: string): string[] {
  const raw = query[name];
  if (raw === undefined) return [];
  const all = Array.isArray(raw) ? raw : [raw];
  if (!all.every((value): value is string => typeof value === 'string'))
    fail(name, 'must be a plain value');
  return all.filter((value) => value !== '');
}

function list<T>(
  query: RawQuery,
  name: string,
  read: (value: string) => T,
): T[] {
  return [...new Set(values(query, name).map(read))];
}

function single(query: RawQuery, name: string): string | undefined {
  const given = values(query, name);
  if (given.length > 1) fail(name, 'must be given once');
  return given[0];
}

function oneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): T {
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fail(field, `must be one of ${allowed.join(', ')}`);
}

function fail(field: string, problem: string): never {
  throw new BadRequestException(`${field}: ${problem}`);
}
