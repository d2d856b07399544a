import type { GoalPeriod } from '@lyt/contracts';
import {
  nextBucket,
  previousBucket,
  startOfDay,
  STATS_TIME_ZONE,
} from '@lyt/contracts';

const WEEKDAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: STATS_TIME_ZONE,
  weekday: 'short',
});
const DAY_OF_MONTH = new Intl.DateTimeFormat('en-GB', {
  timeZone: STATS_TIME_ZONE,
  day: 'numeric',
});
const DAYS_FROM_MONDAY: Record<string, number> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

/** The Copenhagen week (from Monday) or month that `now` falls in: a renewing goal's window. */
export function periodWindow(
  period: GoalPeriod,
  now: Date,
): { start: Date; end: Date } {
  const start = walkBack(
    startOfDay(now),
    period === 'week'
      ? DAYS_FROM_MONDAY[WEEKDAY.format(now)]!
      : Number(DAY_OF_MONTH.format(now)) - 1,
  );
  // The next window starts where a day after this one's last day begins.
  let end = start;
  do end = startOfDay(new Date(end.getTime() + 26 * 3_600_000));
  while (
    period === 'week'
      ? WEEKDAY.format(end) !== 'Mon'
      : DAY_OF_MONTH.format(end) !== '1'
  );
  return { start, end };
}

function walkBack(day: Date, days: number): Date {
  let start = day;
  for (let step = 0; step < days; step += 1)
    start = previousBucket(start, 'day');
  return start;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A goal's start or deadline as the API was given it: a date and time is that
 * instant; a date alone is the user's day in Copenhagen — for a start its
 * midnight, for a deadline its end (the next midnight, where the window stops),
 * so that "2027-03-14" still counts all of 14 March.
 */
export function goalInstant(value: string, edge: 'start' | 'end'): Date {
  if (!DATE_ONLY.test(value)) return new Date(value);
  // Noon UTC falls on the same date in Copenhagen all year.
  const day = startOfDay(new Date(`${value}T12:00:00Z`));
  return edge === 'start' ? day : nextBucket(day, 'day');
}
