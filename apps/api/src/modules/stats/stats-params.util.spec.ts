import { BadRequestException } from '@nestjs/common';
import { readStatsQuery, type StatsParam } from './stats-params.util';

const ALL: StatsParam[] = [
  'from',
  'to',
  'bucket',
  'topic',
  'kind',
  'hashtag',
  'list',
  'limit',
];
const NOW = new Date('2026-11-20T12:34:56Z');
const TOPIC = '6f1c1f7e-0d9a-4c38-9a51-0d1e2f3a4b5c';

function problem(query: Record<string, unknown>, accepted = ALL): string {
  try {
    readStatsQuery(query, accepted, NOW);
  } catch (error) {
    if (error instanceof BadRequestException) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe(readStatsQuery.name, () => {
  it('defaults to the last 7 days in day buckets, 10 rows, every topic', () => {
    expect(readStatsQuery({}, ALL, NOW)).toEqual({
      period: { from: new Date('2026-11-13T12:34:56Z'), to: NOW },
      bucket: 'day',
      topics: [],
      kinds: [],
      hashtags: [],
      lists: [],
      limit: 10,
    });
  });

  it.each([
    ['2026-11-18T12:34:56Z', 'hour'],
    ['2026-11-17T12:34:56Z', 'hour'],
    ['2026-11-17T12:34:55Z', 'day'],
  ])('picks the bucket from the range: from %s → %s', (from, bucket) => {
    expect(readStatsQuery({ from }, ALL, NOW).bucket).toBe(bucket);
  });

  it('reads dates, times with offsets, repeated topics, kinds, hashtags and lists', () => {
    const query = readStatsQuery(
      {
        from: '2026-11-01',
        to: '2026-11-02T08:00:00 01:00',
        bucket: 'hour',
        topic: [TOPIC.toUpperCase(), TOPIC],
        kind: ['company', 'competitor'],
        hashtag: ['#DKbiz', 'dkbiz', 'givlivetvidere'],
        list: [TOPIC.toUpperCase(), TOPIC],
        limit: '25',
      },
      ALL,
      NOW,
    );
    expect(query).toEqual({
      period: {
        from: new Date('2026-11-01T00:00:00Z'),
        to: new Date('2026-11-02T07:00:00Z'),
      },
      bucket: 'hour',
      topics: [TOPIC],
      kinds: ['company', 'competitor'],
      hashtags: ['dkbiz', 'givlivetvidere'],
      lists: [TOPIC],
      limit: 25,
    });
  });

  it.each([
    [{ bucket: 'week' }, 'bucket: must be hour or day'],
    [{ from: 'yesterday' }, /^from: must be an ISO 8601 date/],
    [{ to: '2026-02-30' }, /^to: must be an ISO 8601 date/],
    [{ from: '2026-11-21' }, 'from: must be before to'],
    [{ from: '2025-01-01' }, 'from: must be at most 400 days before to'],
    [{ from: '2026-09-01', bucket: 'hour' }, /^bucket: hour needs a range/],
    [{ topic: 'novo' }, 'topic: must be a UUID'],
    [{ kind: 'partner' }, /^kind: must be one of company/],
    [{ limit: '0' }, 'limit: must be a whole number from 1 to 100'],
    [{ limit: '1e2' }, 'limit: must be a whole number from 1 to 100'],
    [{ to: ['2026-11-01', '2026-11-02'] }, 'to: must be given once'],
    [{ from: { gt: '2026' } }, 'from: must be a plain value'],
  ])('refuses %p naming the field', (query, message) => {
    expect(problem(query)).toMatch(message);
  });

  it('refuses parameters the statistic does not take', () => {
    expect(problem({ limit: '5' }, ['from', 'to'])).toBe(
      'limit: unknown parameter; expected from, to',
    );
  });
});
