import {
  duePeriod,
  nextMessageAt,
  previousPeriod,
  retryDelayMs,
  shouldGiveUp,
} from './alert-schedule.util';

describe(retryDelayMs.name, () => {
  it.each([
    [1, null, 1_000],
    [2, null, 3_000],
    [3, null, 9_000],
    [5, null, 81_000],
    [8, null, 2_187_000],
    [9, null, 3_600_000],
    [40, null, 3_600_000],
    [1, 30_000, 30_000],
    [6, 1_000, 243_000],
    [1, 10 * 3_600_000, 3_600_000],
  ])(
    'after failure %p with Retry-After %p ms waits %p ms',
    (failures, retryAfter, expected) => {
      expect(retryDelayMs(failures, retryAfter)).toBe(expected);
    },
  );

  it('tries about thirty times in the day before giving up', () => {
    let elapsed = 0;
    let attempts = 1;
    while (elapsed < 24 * 3_600_000) elapsed += retryDelayMs(attempts++);
    expect(attempts).toBeGreaterThan(25);
    expect(attempts).toBeLessThan(35);
  });
});

describe(shouldGiveUp.name, () => {
  const created = new Date('2026-11-30T10:00:00Z');
  it.each([
    ['2026-11-30T10:00:05Z', false],
    ['2026-12-01T09:59:59Z', false],
    ['2026-12-01T10:00:00Z', true],
  ])('at %s: %p', (now, expected) => {
    expect(shouldGiveUp(created, new Date(now))).toBe(expected);
  });
});

describe(nextMessageAt.name, () => {
  const last = new Date('2026-11-30T10:00:00Z');
  it.each([
    ['instant', last, null],
    ['hourly', null, null],
    ['hourly', last, '2026-11-30T11:00:00.000Z'],
    ['daily', last, '2026-12-01T10:00:00.000Z'],
    ['weekly', last, '2026-12-07T10:00:00.000Z'],
  ] as const)('%s after %p → %p', (every, lastAt, expected) => {
    expect(nextMessageAt(every, lastAt)?.toISOString() ?? null).toBe(expected);
  });
});

describe(duePeriod.name, () => {
  it.each([
    // Copenhagen is UTC+1 in winter, UTC+2 in summer.
    [
      'daily',
      7,
      '2026-12-01T06:00:00Z',
      '2026-11-29T23:00:00Z',
      '2026-11-30T23:00:00Z',
      '2026-12-01T06:00:00Z',
    ],
    [
      'daily, before the hour: yesterday’s',
      7,
      '2026-12-01T05:59:00Z',
      '2026-11-28T23:00:00Z',
      '2026-11-29T23:00:00Z',
      '2026-11-30T06:00:00Z',
    ],
    [
      'daily at midnight',
      0,
      '2026-12-01T00:30:00Z',
      '2026-11-29T23:00:00Z',
      '2026-11-30T23:00:00Z',
      '2026-11-30T23:00:00Z',
    ],
    [
      'daily in summer',
      7,
      '2026-06-15T05:00:00Z',
      '2026-06-13T22:00:00Z',
      '2026-06-14T22:00:00Z',
      '2026-06-15T05:00:00Z',
    ],
    // 2026-11-30 is a Monday.
    [
      'weekly on Monday after the hour',
      7,
      '2026-11-30T08:00:00Z',
      '2026-11-22T23:00:00Z',
      '2026-11-29T23:00:00Z',
      '2026-11-30T06:00:00Z',
    ],
    [
      'weekly on Monday before the hour',
      7,
      '2026-11-30T05:00:00Z',
      '2026-11-15T23:00:00Z',
      '2026-11-22T23:00:00Z',
      '2026-11-23T06:00:00Z',
    ],
    [
      'weekly on a Sunday',
      7,
      '2026-12-06T20:00:00Z',
      '2026-11-22T23:00:00Z',
      '2026-11-29T23:00:00Z',
      '2026-11-30T06:00:00Z',
    ],
    [
      'weekly across the change to winter time',
      7,
      '2026-10-26T08:00:00Z',
      '2026-10-18T22:00:00Z',
      '2026-10-25T23:00:00Z',
      '2026-10-26T06:00:00Z',
    ],
  ])('%s', (label, hour, now, from, to, sendAt) => {
    const every = label.startsWith('weekly') ? 'weekly' : 'daily';
    const period = duePeriod(every, hour as number, new Date(now));
    expect({
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      sendAt: period.sendAt.toISOString(),
    }).toEqual({
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      sendAt: new Date(sendAt).toISOString(),
    });
  });
});

describe(previousPeriod.name, () => {
  it('is the week before, across a change of the clocks', () => {
    const period = {
      from: new Date('2026-10-25T22:00:00Z'),
      to: new Date('2026-11-01T23:00:00Z'),
    };
    expect(previousPeriod(period)).toEqual({
      from: new Date('2026-10-18T22:00:00Z'),
      to: period.from,
    });
  });
});
