import {
  nextBucket,
  previousBucket,
  startOfDay,
  type AlertFrequency,
} from '@lyt/contracts';

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/** The first retry comes a second after the first failure, each later one three times later. */
const FIRST_RETRY_MS = SECOND;
const RETRY_FACTOR = 3;
/** Retries are never further apart than this. */
export const MAX_RETRY_DELAY_MS = HOUR;
/** A delivery is given up only when it has failed for this long. */
export const GIVE_UP_AFTER_MS = 24 * HOUR;

/**
 * How long to wait after the `failures`-th failed attempt: 1 s, 3 s, 9 s, 27 s …
 * up to an hour, never sooner than the receiver's Retry-After (itself capped at
 * an hour). About thirty attempts fit in the day before a delivery is given up.
 */
export function retryDelayMs(
  failures: number,
  retryAfterMs: number | null = null,
): number {
  const backoff = Math.min(
    FIRST_RETRY_MS * RETRY_FACTOR ** Math.max(0, failures - 1),
    MAX_RETRY_DELAY_MS,
  );
  return Math.max(backoff, Math.min(retryAfterMs ?? 0, MAX_RETRY_DELAY_MS));
}

/** Whether a delivery created at `createdAt` that just failed again should be given up. */
export function shouldGiveUp(createdAt: Date, now: Date): boolean {
  return now.getTime() - createdAt.getTime() >= GIVE_UP_AFTER_MS;
}

/** How long a rule waits after a message before the next, by its `every`. */
export const LIMIT_MS: Record<AlertFrequency, number> = {
  instant: 0,
  hourly: HOUR,
  daily: 24 * HOUR,
  weekly: 7 * 24 * HOUR,
};

/**
 * When a rule may send its next message: at once the first time, then no
 * sooner than `every` after the last. What arrives in between waits and goes
 * out together.
 */
export function nextMessageAt(
  every: AlertFrequency,
  lastMessageAt: Date | null,
): Date | null {
  if (lastMessageAt === null || every === 'instant') return null;
  return new Date(lastMessageAt.getTime() + LIMIT_MS[every]);
}

export type DigestEvery = 'daily' | 'weekly';

export interface DigestPeriod {
  every: DigestEvery;
  /** Copenhagen midnight that starts the period. */
  from: Date;
  /** Copenhagen midnight that ends it (exclusive). */
  to: Date;
  /** When its digest is due. */
  sendAt: Date;
}

const WEEKDAY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Copenhagen',
  weekday: 'short',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/**
 * The newest period whose digest is due at `now`: yesterday's from `hour`
 * o'clock this morning (Copenhagen time), last week's (Monday to Sunday) from
 * `hour` o'clock on Monday. Only the newest: a server that was down for a week
 * sends one digest, not seven.
 */
export function duePeriod(
  every: DigestEvery,
  hour: number,
  now: Date,
): DigestPeriod {
  let end = startOfDay(now);
  if (every === 'weekly') {
    const weekday = WEEKDAYS.indexOf(WEEKDAY.format(end));
    for (let day = 0; day < weekday; day++) end = previousBucket(end, 'day');
  }
  // On the two days a year the clocks change, the hour is off by one: midnight plus hours.
  let sendAt = new Date(end.getTime() + hour * HOUR);
  if (sendAt > now) {
    end = back(end, every);
    sendAt = new Date(end.getTime() + hour * HOUR);
  }
  return { every, from: back(end, every), to: end, sendAt };
}

function back(midnight: Date, every: DigestEvery): Date {
  let t = midnight;
  for (let day = 0; day < (every === 'weekly' ? 7 : 1); day++)
    t = previousBucket(t, 'day');
  return t;
}

/** The period of equal length in days just before `period`. */
export function previousPeriod(period: { from: Date; to: Date }): {
  from: Date;
  to: Date;
} {
  let days = 0;
  for (let t = period.from; t < period.to; t = nextBucket(t, 'day')) days++;
  let from = period.from;
  for (let day = 0; day < days; day++) from = previousBucket(from, 'day');
  return { from, to: period.from };
}
