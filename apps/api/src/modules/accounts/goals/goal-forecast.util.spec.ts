import {
  copenhagenDate,
  forecastGoal,
  GoalMeasurement,
} from './goal-forecast.util';
import { goalInstant, periodWindow } from './goal-window.util';

const day = (date: string) => new Date(`${date}T12:00:00Z`);
const followers = (overrides: Partial<GoalMeasurement>): GoalMeasurement => ({
  start: 800,
  current: 900,
  target: 1000,
  windowStart: day('2026-03-01'),
  windowEnd: day('2026-03-31'),
  now: day('2026-03-11'),
  kind: 'cumulative',
  ...overrides,
});

describe(forecastGoal.name, () => {
  it.each([
    [
      'on pace: 100 in 10 days, 100 to go with 20 left',
      {},
      {
        status: 'on-track',
        reachedOn: '2026-03-21',
        pacePerDay: 10,
        neededPerDay: 5,
        fraction: 0.5,
        projected: 1100,
      },
    ],
    [
      'behind: 30 in 10 days misses by 110',
      { current: 830 },
      { status: 'misses', shortfall: 110, pacePerDay: 3, projected: 890 },
    ],
    [
      'met already',
      { current: 1005 },
      { status: 'reached', fraction: 1, neededPerDay: 0 },
    ],
    [
      'losing followers misses by what is left',
      { current: 780 },
      { status: 'misses', shortfall: 220, fraction: 0, projected: 780 },
    ],
    [
      'after the deadline, short',
      { current: 990, now: day('2026-04-02') },
      { status: 'misses', shortfall: 10, neededPerDay: null },
    ],
    [
      'too early to tell',
      {
        current: 800,
        now: new Date(day('2026-03-01').getTime() + 10 * 60_000),
      },
      { status: 'unknown', shortfall: null },
    ],
    [
      'close to the deadline: 100 in 20 days with 5 left misses by 75',
      {
        current: 900,
        now: day('2026-03-21'),
        start: 800,
        windowEnd: day('2026-03-26'),
      },
      { status: 'misses', shortfall: 75, neededPerDay: 20 },
    ],
  ])('%s', (_, overrides, expected) => {
    expect(forecastGoal(followers(overrides))).toMatchObject(expected);
  });

  it.each([
    [
      'a weekly posting goal on Wednesday: 2 posts in 2 days, 3 wanted',
      {
        start: 0,
        current: 2,
        target: 3,
        windowStart: new Date('2026-03-09T00:00:00+01:00'),
        windowEnd: new Date('2026-03-16T00:00:00+01:00'),
        now: new Date('2026-03-11T00:00:00+01:00'),
      },
      { status: 'on-track', reachedOn: '2026-03-12', projected: 7 },
    ],
    [
      'no posts by Friday of 5 wanted',
      {
        start: 0,
        current: 0,
        target: 5,
        windowStart: new Date('2026-03-09T00:00:00+01:00'),
        windowEnd: new Date('2026-03-16T00:00:00+01:00'),
        now: new Date('2026-03-13T00:00:00+01:00'),
      },
      { status: 'misses', shortfall: 5, neededPerDay: 1.67 },
    ],
  ])('%s', (_, overrides, expected) => {
    expect(forecastGoal(followers(overrides))).toMatchObject(expected);
  });

  it.each([
    ['above the target', 12.5, { status: 'reached', fraction: 1 }],
    ['below it', 7.5, { status: 'misses', shortfall: 2.5, fraction: 0.75 }],
    ['without posts yet', 0, { status: 'unknown' }],
  ])('an average engagement %s', (_, current, expected) => {
    expect(
      forecastGoal(
        followers({ start: 0, current, target: 10, kind: 'average' }),
      ),
    ).toMatchObject({ pacePerDay: null, ...expected });
  });
});

describe(copenhagenDate.name, () => {
  it.each([
    ['2026-03-14T22:59:00Z', '2026-03-14'],
    ['2026-03-14T23:00:00Z', '2026-03-15'],
    ['2026-07-14T22:00:00Z', '2026-07-15'],
  ])('%s is %s in Copenhagen', (instant, date) => {
    expect(copenhagenDate(new Date(instant))).toBe(date);
  });
});

describe(periodWindow.name, () => {
  it.each([
    [
      'week',
      '2026-03-11T10:00:00Z',
      '2026-03-08T23:00:00.000Z',
      '2026-03-15T23:00:00.000Z',
    ],
    [
      'week',
      '2026-03-29T10:00:00Z',
      '2026-03-22T23:00:00.000Z',
      '2026-03-29T22:00:00.000Z',
    ],
    [
      'week',
      '2026-03-08T23:30:00Z',
      '2026-03-08T23:00:00.000Z',
      '2026-03-15T23:00:00.000Z',
    ],
    [
      'month',
      '2026-03-11T10:00:00Z',
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
    ],
    [
      'month',
      '2026-12-31T23:30:00Z',
      '2026-12-31T23:00:00.000Z',
      '2027-01-31T23:00:00.000Z',
    ],
  ] as const)('a %s around %s runs %s – %s', (period, now, start, end) => {
    const window = periodWindow(period, new Date(now));
    expect([window.start.toISOString(), window.end.toISOString()]).toEqual([
      start,
      end,
    ]);
  });
});

describe(goalInstant.name, () => {
  it.each([
    ['2027-03-14', 'end', '2027-03-14T23:00:00.000Z'],
    ['2027-03-14', 'start', '2027-03-13T23:00:00.000Z'],
    // Summer time: Copenhagen is UTC+2.
    ['2027-07-01', 'end', '2027-07-01T22:00:00.000Z'],
    // The clocks go forward in the night to 28 March and back in the night to 31 October.
    ['2027-03-27', 'end', '2027-03-27T23:00:00.000Z'],
    ['2027-03-28', 'end', '2027-03-28T22:00:00.000Z'],
    ['2027-10-31', 'start', '2027-10-30T22:00:00.000Z'],
    ['2027-10-31', 'end', '2027-10-31T23:00:00.000Z'],
    ['2027-12-31', 'end', '2027-12-31T23:00:00.000Z'],
    // A date and time is the instant given.
    ['2027-03-14T12:00:00Z', 'end', '2027-03-14T12:00:00.000Z'],
    ['2027-03-14T00:00:00+01:00', 'end', '2027-03-13T23:00:00.000Z'],
  ] as const)('%s as a goal %s is %s', (value, edge, instant) => {
    expect(goalInstant(value, edge).toISOString()).toBe(instant);
  });
});

describe('a goal with a date-only deadline', () => {
  const deadline = goalInstant('2027-03-14', 'end');
  const measure = (current: number, now: string): GoalMeasurement => ({
    start: 0,
    current,
    target: 14,
    windowStart: goalInstant('2027-03-01', 'start'),
    windowEnd: deadline,
    now: new Date(now),
    kind: 'cumulative',
  });

  it.each([
    // 7 posts by 22:00 on 7 March: at that pace the 14th lands in the evening of 14 March.
    [
      7,
      '2027-03-07T21:00:00Z',
      { status: 'on-track', reachedOn: '2027-03-14' },
    ],
    // 13 by the evening of the 13th, one a day: the last one on the 14th.
    [
      13,
      '2027-03-13T20:00:00Z',
      { status: 'on-track', reachedOn: '2027-03-14' },
    ],
    // 6 in 7 days: the pace falls short of 14 by the end of 14 March.
    [6, '2027-03-07T23:00:00Z', { status: 'misses', shortfall: 2 }],
    // At 23:30 in Copenhagen on 14 March the day is not over.
    [
      13,
      '2027-03-14T22:30:00Z',
      { status: 'misses', neededPerDay: 48, shortfall: 1 },
    ],
    // Past midnight the deadline has passed.
    [13, '2027-03-14T23:00:00Z', { status: 'misses', neededPerDay: null }],
  ])('%d of 14 at %s', (current, now, expected) => {
    expect(forecastGoal(measure(current, now))).toMatchObject(expected);
  });
});
