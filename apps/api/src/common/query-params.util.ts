import { BadRequestException } from '@nestjs/common';

/**
 * Reading a query string the way every list and statistic does: a bad
 * parameter is a 400 whose message starts with its name, never a 500.
 */

/** The query string as Express hands it over: a repeated name arrives as an array. */
export type RawQuery = Record<string, unknown>;

export const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Without an offset, a time means UTC: the server's own time zone must not change the answer.
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+\- ]\d{2}:?\d{2})?)?$/i;

export function fail(field: string, problem: string): never {
  throw new BadRequestException(`${field}: ${problem}`);
}

export function readLimit(
  raw: string | undefined,
  fallback: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const limit = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= max))
    fail('limit', `must be a whole number from 1 to ${max}`);
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

export function rejectUnknown(query: RawQuery, known: readonly string[]): void {
  for (const name of Object.keys(query)) {
    if (!known.includes(name))
      fail(name, `unknown parameter; expected ${known.join(', ')}`);
  }
}

/** The non-empty values given for `name`: a form leaves an unused field empty. */
export function values(query: RawQuery, name: string): string[] {
  const raw = query[name];
  if (raw === undefined) return [];
  const all = Array.isArray(raw) ? raw : [raw];
  if (!all.every((value): value is string => typeof value === 'string'))
    fail(name, 'must be a plain value');
  return all.filter((value) => value !== '');
}

export function list<T>(
  query: RawQuery,
  name: string,
  read: (value: string) => T,
): T[] {
  return [...new Set(values(query, name).map(read))];
}

export function single(query: RawQuery, name: string): string | undefined {
  const given = values(query, name);
  if (given.length > 1) fail(name, 'must be given once');
  return given[0];
}

export function oneOf<T extends string>(
  field: string,
  value: string,
  allowed: readonly T[],
): T {
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fail(field, `must be one of ${allowed.join(', ')}`);
}
