import { BadRequestException } from '@nestjs/common';
import { TOPIC_KINDS, type TopicKind } from '@lyt/contracts';
import {
  DEFAULT_LIMIT,
  DEFAULT_RANGE_DAYS,
  HOURLY_DEFAULT_MAX_DAYS,
  HOURLY_MAX_DAYS,
  MAX_LIMIT,
  MAX_RANGE_DAYS,
} from './stats.constant';
import type { Bucket, Range } from './stats-time.util';

/** The query string as Express hands it over: a repeated name arrives as an array. */
export type RawQuery = Record<string, unknown>;

export type StatsParam = 'from' | 'to' | 'bucket' | 'topic' | 'kind' | 'limit';

/** A statistics request with its defaults filled in. */
export interface StatsQuery {
  /** As asked; each statistic widens it to whole buckets or hours. */
  period: Range;
  bucket: Bucket;
  /** Empty: every topic. */
  topics: string[];
  /** Empty: every kind. */
  kinds: TopicKind[];
  limit: number;
}

const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// As GET /api/mentions reads them: without an offset, a time is UTC, so the server's zone never matters.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+\- ]\d{2}:?\d{2})?)?$/i;

/**
 * Reads a `/api/stats/*` query string that may carry the `accepted`
 * parameters; anything wrong is a 400 whose message starts with the field.
 * Defaults: to = now, from = to − 7 days, bucket = hour up to 3 days and day
 * beyond, limit = 10.
 */
export function readStatsQuery(
  query: RawQuery,
  accepted: readonly StatsParam[],
  now: Date = new Date(),
): StatsQuery {
  for (const name of Object.keys(query)) {
    if (!(accepted as readonly string[]).includes(name))
      fail(name, `unknown parameter; expected ${accepted.join(', ')}`);
  }
  const to = readInstant('to', single(query, 'to')) ?? now;
  const from =
    readInstant('from', single(query, 'from')) ??
    new Date(to.getTime() - DEFAULT_RANGE_DAYS * DAY_MS);
  if (from >= to) fail('from', 'must be before to');
  const days = (to.getTime() - from.getTime()) / DAY_MS;
  if (days > MAX_RANGE_DAYS)
    fail('from', `must be at most ${MAX_RANGE_DAYS} days before to`);
  return {
    period: { from, to },
    bucket: readBucket(single(query, 'bucket'), days),
    topics: list(query, 'topic', (value) =>
      UUID.test(value) ? value.toLowerCase() : fail('topic', 'must be a UUID'),
    ),
    kinds: list(query, 'kind', (value) =>
      (TOPIC_KINDS as readonly string[]).includes(value)
        ? (value as TopicKind)
        : fail('kind', `must be one of ${TOPIC_KINDS.join(', ')}`),
    ),
    limit: readLimit(single(query, 'limit')),
  };
}

function readBucket(raw: string | undefined, days: number): Bucket {
  if (raw === undefined)
    return days <= HOURLY_DEFAULT_MAX_DAYS ? 'hour' : 'day';
  if (raw !== 'hour' && raw !== 'day') fail('bucket', 'must be hour or day');
  if (raw === 'hour' && days > HOURLY_MAX_DAYS)
    fail(
      'bucket',
      `hour needs a range of at most ${HOURLY_MAX_DAYS} days; use day`,
    );
  return raw;
}

function readLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= MAX_LIMIT))
    fail('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
  return limit;
}

/** ISO 8601: a date (midnight UTC) or a date and time, with an offset or else in UTC. */
export function readInstant(
  field: string,
  raw: string | undefined,
): Date | null {
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

function fail(field: string, problem: string): never {
  throw new BadRequestException(`${field}: ${problem}`);
}
