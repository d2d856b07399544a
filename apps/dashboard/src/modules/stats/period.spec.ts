import { describe, expect, it } from 'vitest';
import {
  bucketWindow,
  customPeriod,
  dayOf,
  dayStart,
  defaultBucket,
  readPeriod,
  resolvePeriod,
  writePeriod,
} from './period';

const iso = (date: Date) => date.toISOString();
const now = new Date('2026-12-03T13:20:00Z');

describe('period', () => {
  describe(resolvePeriod.name, () => {
    it.each([
      ['24h', '2026-12-02T13:20:00.000Z', 'hour', '2026-12-01T13:20:00.000Z'],
      ['7d', '2026-11-26T13:20:00.000Z', 'day', '2026-11-19T13:20:00.000Z'],
      ['30d', '2026-11-03T13:20:00.000Z', 'day', '2026-10-04T13:20:00.000Z'],
      ['90d', '2026-09-04T13:20:00.000Z', 'day', '2026-06-06T13:20:00.000Z'],
    ] as const)(
      '%s reaches back to %s in %s buckets, compared with the period from %s',
      (preset, from, bucket, previousFrom) => {
        const period = resolvePeriod({ preset }, now);
        expect(iso(period.to)).toBe(iso(now));
        expect(iso(period.from)).toBe(from);
        expect(period.bucket).toBe(bucket);
        expect(iso(period.previous.from)).toBe(previousFrom);
        expect(iso(period.previous.to)).toBe(from);
      },
    );

    it('covers custom days whole, on the Copenhagen clock, the last day included', () => {
      const period = resolvePeriod(
        { preset: 'custom', from: '2026-12-01', to: '2026-12-02' },
        now,
      );
      expect(iso(period.from)).toBe('2026-11-30T23:00:00.000Z');
      expect(iso(period.to)).toBe('2026-12-02T23:00:00.000Z');
      expect(period.bucket).toBe('hour');
      expect(iso(period.previous.from)).toBe('2026-11-28T23:00:00.000Z');
    });

    it('lets a custom period across the spring change be 23 hours shorter', () => {
      const period = resolvePeriod(
        { preset: 'custom', from: '2026-03-29', to: '2026-03-29' },
        now,
      );
      expect((period.to.getTime() - period.from.getTime()) / 3_600_000).toBe(
        23,
      );
    });
  });

  describe(defaultBucket.name, () => {
    it.each([
      [3, 'hour'],
      [3.01, 'day'],
    ] as const)('%s days → %s, as the statistics choose', (days, bucket) => {
      expect(
        defaultBucket({ from: new Date(0), to: new Date(days * 86_400_000) }),
      ).toBe(bucket);
    });
  });

  describe(bucketWindow.name, () => {
    it('opens one hour for an hour bucket', () => {
      const window = bucketWindow(new Date('2026-12-03T13:00:00Z'), 'hour');
      expect(iso(window.to)).toBe('2026-12-03T14:00:00.000Z');
    });
    it('opens the whole Copenhagen day, 25 hours on the autumn change', () => {
      const window = bucketWindow(new Date('2026-10-24T22:00:00Z'), 'day');
      expect(iso(window.to)).toBe('2026-10-25T23:00:00.000Z');
    });
  });

  describe('days', () => {
    it.each([
      ['2026-12-03', '2026-12-02T23:00:00.000Z'],
      ['2026-07-01', '2026-06-30T22:00:00.000Z'],
    ])('%s starts at %s', (day, start) => {
      expect(iso(dayStart(day)!)).toBe(start);
      expect(dayOf(new Date(start))).toBe(day);
    });
    it.each(['2026-02-30', '2026-12-3', 'yesterday', ''])(
      '%p is no day',
      (day) => {
        expect(dayStart(day)).toBeNull();
      },
    );
  });

  describe('in the URL', () => {
    it.each([
      ['', { preset: '7d' }],
      ['period=30d', { preset: '30d' }],
      [
        'period=custom&from=2026-11-01&to=2026-11-07',
        { preset: 'custom', from: '2026-11-01', to: '2026-11-07' },
      ],
      [
        'period=custom&from=2026-11-07&to=2026-11-01',
        { preset: 'custom', from: '2026-11-01', to: '2026-11-07' },
      ],
      ['period=custom&from=2026-11-01', { preset: '7d' }],
      ['period=custom&from=2020-01-01&to=2026-11-01', { preset: '7d' }],
      ['period=12y', { preset: '7d' }],
    ])('?%s reads as %j', (search, selection) => {
      expect(readPeriod(new URLSearchParams(search))).toEqual(selection);
    });

    it('writes a selection and keeps the other parameters', () => {
      const search = new URLSearchParams(
        'topic=a&period=custom&from=2026-11-01&to=2026-11-02',
      );
      expect(writePeriod(search, { preset: '30d' }).toString()).toBe(
        'topic=a&period=30d',
      );
      expect(writePeriod(search, { preset: '7d' }).toString()).toBe('topic=a');
      expect(
        writePeriod(new URLSearchParams(), {
          preset: 'custom',
          from: '2026-11-01',
          to: '2026-11-02',
        }).toString(),
      ).toBe('period=custom&from=2026-11-01&to=2026-11-02');
    });
  });

  describe(customPeriod.name, () => {
    it.each([
      [
        'two days in order',
        '2026-11-01',
        '2026-11-07',
        { preset: 'custom', from: '2026-11-01', to: '2026-11-07' },
      ],
      [
        'one day',
        '2026-11-01',
        '2026-11-01',
        { preset: 'custom', from: '2026-11-01', to: '2026-11-01' },
      ],
      ['reversed days', '2026-11-07', '2026-11-01', 'invalid'],
      ['a day that does not exist', '2026-02-30', '2026-03-01', 'invalid'],
      ['an empty field', '', '2026-03-01', 'invalid'],
      ['an end after today', '2026-11-01', '2026-12-04', 'future'],

      [
        'exactly 400 days, across two clock changes',
        '2025-10-30',
        '2026-12-03',
        { preset: 'custom', from: '2025-10-30', to: '2026-12-03' },
      ],
      ['401 days', '2025-10-29', '2026-12-03', 'too-long'],
    ] as const)('%s', (_, from, to, expected) => {
      expect(customPeriod(from, to, '2026-12-03')).toEqual(expected);
    });
  });
});
