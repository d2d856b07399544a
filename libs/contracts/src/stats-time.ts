/**
 * Statistics buckets, shared by the api (rollups, alignment) and the browser
 * (period selection, a clicked bucket's window), so both cut time alike.
 * Pure: Intl and Date only.
 */

/**
 * Day buckets are Danish days: Lyt's users read "Tuesday" as a Copenhagen
 * Tuesday. Hours need no zone: Copenhagen is a whole number of hours from UTC
 * all year, so its hours are UTC hours. The migration that creates the
 * rollups (1764230000000-StatsRollups) uses the same zone, and the dashboard
 * shows dates and times in it.
 */
export const STATS_TIME_ZONE = 'Europe/Copenhagen';

export type Bucket = 'hour' | 'day';

/** A half-open interval [from, to). */
export interface TimeRange {
  from: Date;
  to: Date;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const WALL_CLOCK = new Intl.DateTimeFormat('en-US', {
  timeZone: STATS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** How far Copenhagen's wall clock is ahead of UTC at `ms`. */
function offsetAt(ms: number): number {
  const part = Object.fromEntries(
    WALL_CLOCK.formatToParts(ms).map(({ type, value }) => [
      type,
      Number(value),
    ]),
  ) as Record<Intl.DateTimeFormatPartTypes, number>;
  const wall = Date.UTC(
    part.year,
    part.month - 1,
    part.day,
    part.hour,
    part.minute,
    part.second,
  );
  return wall - (ms - mod(ms, 1000));
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}

/** The Copenhagen midnight that starts the day of `instant`. */
export function startOfDay(instant: Date): Date {
  const ms = instant.getTime();
  const wall = ms + offsetAt(ms);
  const midnight = wall - mod(wall, DAY_MS);
  // The offset at midnight differs from the instant's when the clocks changed in between.
  const guess = midnight - offsetAt(ms);
  return new Date(midnight - offsetAt(guess));
}

export function floorTo(instant: Date, bucket: Bucket): Date {
  if (bucket === 'day') return startOfDay(instant);
  return new Date(instant.getTime() - mod(instant.getTime(), HOUR_MS));
}

export function ceilTo(instant: Date, bucket: Bucket): Date {
  const floor = floorTo(instant, bucket);
  return floor.getTime() === instant.getTime()
    ? floor
    : nextBucket(floor, bucket);
}

/** The start of the bucket after the one starting at `start`; a day lasts 23 to 25 hours. */
export function nextBucket(start: Date, bucket: Bucket): Date {
  if (bucket === 'hour') return new Date(start.getTime() + HOUR_MS);
  return startOfDay(new Date(start.getTime() + DAY_MS + HOUR_MS));
}

export function previousBucket(start: Date, bucket: Bucket): Date {
  if (bucket === 'hour') return new Date(start.getTime() - HOUR_MS);
  return startOfDay(new Date(start.getTime() - HOUR_MS));
}

/** The start of the bucket `count` buckets before the one starting at `start`. */
export function bucketsBefore(
  start: Date,
  count: number,
  bucket: Bucket,
): Date {
  let t = start;
  for (let step = 0; step < count; step++) t = previousBucket(t, bucket);
  return t;
}

/** The smallest range of whole buckets that covers `range`. */
export function alignRange(range: TimeRange, bucket: Bucket): TimeRange {
  return { from: floorTo(range.from, bucket), to: ceilTo(range.to, bucket) };
}

/** Starts of the buckets of an aligned range, oldest first. */
export function bucketStarts(range: TimeRange, bucket: Bucket): Date[] {
  const starts: Date[] = [];
  for (let t = range.from; t < range.to; t = nextBucket(t, bucket))
    starts.push(t);
  return starts;
}

/**
 * The whole Copenhagen days inside an hour-aligned range, as [from, to); an
 * empty range at `range.to` when there is none. Rollups are read by day there
 * and by hour at the ragged ends.
 */
export function wholeDays(range: TimeRange): TimeRange {
  const from = ceilTo(range.from, 'day');
  const to = floorTo(range.to, 'day');
  return from < to ? { from, to } : { from: range.to, to: range.to };
}
