import {
  type Bucket,
  HOURLY_DEFAULT_MAX_DAYS,
  MAX_RANGE_DAYS,
  nextBucket,
  startOfDay,
  STATS_TIME_ZONE,
  type TimeRange,
} from '@lyt/contracts';

export const PERIOD_PRESETS = ['24h', '7d', '30d', '90d'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const DEFAULT_PRESET: PeriodPreset = '7d';

/**
 * What the user chose, as kept in the URL: a preset that always means "up to
 * now", or whole Copenhagen days (`YYYY-MM-DD`, both included).
 */
export type PeriodSelection =
  { preset: PeriodPreset } | { preset: 'custom'; from: string; to: string };

/** A selection made concrete at one moment, with the period it is compared with. */
export interface ResolvedPeriod extends TimeRange {
  bucket: Bucket;
  /** The period of the same length just before. */
  previous: TimeRange;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const PRESET_MS: Record<PeriodPreset, number> = {
  '24h': DAY_MS,
  '7d': 7 * DAY_MS,
  '30d': 30 * DAY_MS,
  '90d': 90 * DAY_MS,
};
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Copenhagen midnight that starts `YYYY-MM-DD`, or null for anything else. */
export function dayStart(day: string): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  // Noon UTC falls on the same date in Copenhagen all year (UTC+1/+2).
  const noon = new Date(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12),
  );
  if (Number.isNaN(noon.getTime()) || noon.toISOString().slice(0, 10) !== day)
    return null;
  return startOfDay(noon);
}

/** The Copenhagen date (`YYYY-MM-DD`) of an instant. */
export function dayOf(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: STATS_TIME_ZONE }).format(
    instant,
  );
}

/** The bucket the statistics would choose for a range of that length: hours up to 3 days, days beyond. */
export function defaultBucket(range: TimeRange): Bucket {
  return (range.to.getTime() - range.from.getTime()) / DAY_MS <=
    HOURLY_DEFAULT_MAX_DAYS
    ? 'hour'
    : 'day';
}

export function resolvePeriod(
  selection: PeriodSelection,
  now: Date,
): ResolvedPeriod {
  let from: Date;
  let to: Date;
  if (selection.preset === 'custom') {
    from = dayStart(selection.from)!;
    to = nextBucket(dayStart(selection.to)!, 'day');
  } else {
    to = now;
    from = new Date(now.getTime() - PRESET_MS[selection.preset]);
  }
  const length = to.getTime() - from.getTime();
  return {
    from,
    to,
    bucket: defaultBucket({ from, to }),
    previous: { from: new Date(from.getTime() - length), to: from },
  };
}

/** The window of one bucket: what a click on a chart's point (or a spike) opens. A Copenhagen day lasts 23 to 25 hours. */
export function bucketWindow(start: Date, bucket: Bucket): TimeRange {
  return { from: start, to: nextBucket(start, bucket) };
}

/**
 * Reads `?period=30d` or `?period=custom&from=2026-11-01&to=2026-11-07`.
 * Anything unreadable falls back to the default rather than an error page: a
 * shared link with a typo still opens the overview.
 */
export function readPeriod(search: URLSearchParams): PeriodSelection {
  const period = search.get('period');
  if ((PERIOD_PRESETS as readonly (string | null)[]).includes(period))
    return { preset: period as PeriodPreset };
  if (period === 'custom') {
    const from = search.get('from') ?? '';
    const to = search.get('to') ?? '';
    const start = dayStart(from);
    const end = dayStart(to);
    if (start && end) {
      const [first, last] = start <= end ? [from, to] : [to, from];
      const days =
        (Math.abs(end.getTime() - start.getTime()) + DAY_MS) / DAY_MS;
      if (days <= MAX_RANGE_DAYS)
        return { preset: 'custom', from: first, to: last };
    }
  }
  return { preset: DEFAULT_PRESET };
}

export type CustomPeriodProblem = 'invalid' | 'too-long' | 'future';

/**
 * Two days typed into the custom period (`YYYY-MM-DD`, both included) as a
 * selection, or what is wrong with them: unreadable or reversed, longer than
 * the statistics allow, or ending after `today`.
 */
export function customPeriod(
  from: string,
  to: string,
  today: string,
): PeriodSelection | CustomPeriodProblem {
  const start = dayStart(from);
  const end = dayStart(to);
  if (!start || !end || start > end) return 'invalid';
  if (to > today) return 'future';
  // Rounded: a Copenhagen day lasts 23 to 25 hours.
  if (
    Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1 >
    MAX_RANGE_DAYS
  )
    return 'too-long';
  return { preset: 'custom', from, to };
}

/** Writes the selection into a copy of `search`, leaving other parameters as they are. */
export function writePeriod(
  search: URLSearchParams,
  selection: PeriodSelection,
): URLSearchParams {
  const next = new URLSearchParams(search);
  next.delete('from');
  next.delete('to');
  if (selection.preset === DEFAULT_PRESET) next.delete('period');
  else next.set('period', selection.preset);
  if (selection.preset === 'custom') {
    next.set('from', selection.from);
    next.set('to', selection.to);
  }
  return next;
}
