import type { BlindSpotStats } from '@lyt/contracts';
import { describe, expect, it } from 'vitest';
import { type Outage, outagesOf, overlaps, shadedBuckets } from './blind-spots';

const HOUR = 3_600_000;
const at = (hours: number) =>
  new Date(Date.parse('2026-11-01T00:00:00Z') + hours * HOUR);
const hours = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, index) => at(from + index).getTime());
const outage = (from: number, to: number | null, name = 'Reddit'): Outage => ({
  source: { id: name, name },
  from: at(from),
  to: to === null ? null : at(to),
  failedPolls: 3,
  error: 'HTTP 503',
});

describe(shadedBuckets.name, () => {
  const buckets = hours(0, 24);
  const now = at(23.5);

  it.each([
    [
      'an outage inside one hour shades that hour',
      [outage(14.2, 14.8)],
      [[14, 14]],
    ],
    [
      'an outage from 14:00 to 15:10 shades 14 and 15',
      [outage(14, 15 + 1 / 6)],
      [[14, 15]],
    ],
    [
      'an end exactly on the hour does not shade the next',
      [outage(14, 15)],
      [[14, 14]],
    ],
    ['a lasting outage runs to now', [outage(20.5, null)], [[20, 23]]],
    [
      'one before the chart is clipped to its start',
      [outage(-5, 2.5)],
      [[0, 2]],
    ],
    ['one entirely before the chart is left out', [outage(-5, -2)], []],
    [
      'overlapping and touching outages of several sources are merged',
      [
        outage(3, 4.5, 'A'),
        outage(4.2, 6, 'B'),
        outage(6.1, 7, 'C'),
        outage(9, 10, 'D'),
      ],
      [
        [3, 6],
        [9, 9],
      ],
    ],
  ] as const)('%s', (_, outages, expected) => {
    expect(
      shadedBuckets(outages, buckets, 'hour', now).map(({ first, last }) => [
        (first - at(0).getTime()) / HOUR,
        (last - at(0).getTime()) / HOUR,
      ]),
    ).toEqual(expected);
  });

  it('shades whole Copenhagen days on a daily chart', () => {
    // Copenhagen days start at 23:00 UTC in November.
    const days = [-1, 23, 47].map((h) => at(h).getTime());
    const [shaded] = shadedBuckets([outage(30, 31)], days, 'day', at(60));
    expect(shaded).toEqual({ first: at(23).getTime(), last: at(23).getTime() });
  });
});

describe(outagesOf.name, () => {
  it('lists every outage of every source, newest first', () => {
    const stats: BlindSpotStats = {
      from: at(0).toISOString(),
      to: at(24).toISOString(),
      sources: [
        {
          source: { id: 'a', name: 'A' },
          outages: [
            {
              from: at(1).toISOString(),
              to: at(2).toISOString(),
              lastPolledAt: at(1.9).toISOString(),
              failedPolls: 4,
              status: 'timeout',
              error: 'too slow',
            },
          ],
        },
        {
          source: { id: 'b', name: 'B' },
          outages: [
            {
              from: at(5).toISOString(),
              to: null,
              lastPolledAt: at(6).toISOString(),
              failedPolls: 2,
              status: 'http-status',
              error: 'HTTP 503',
            },
          ],
        },
      ],
    };
    expect(
      outagesOf(stats).map((o) => [o.source.name, o.to?.toISOString() ?? null]),
    ).toEqual([
      ['B', null],
      ['A', at(2).toISOString()],
    ]);
  });
});

describe(overlaps.name, () => {
  it('counts a lasting outage as reaching now', () => {
    const range = { from: at(10), to: at(12) };
    expect(overlaps(outage(1, null), range, at(11))).toBe(true);
    expect(overlaps(outage(1, 9), range, at(11))).toBe(false);
  });
});
