import type { GoalForecastStatus } from '@lyt/contracts';
import { STATS_TIME_ZONE } from '@lyt/contracts';

const DAY_MS = 86_400_000;

export interface GoalMeasurement {
  /** The value when measuring began (followers then; 0 for counts) and now. */
  start: number;
  current: number;
  target: number;
  windowStart: Date;
  windowEnd: Date;
  /** When `start` was measured; default the window's start. */
  measuredFrom?: Date;
  now: Date;
  /** A count or level grows with time; an average has no pace. */
  kind: 'cumulative' | 'average';
}

export interface GoalForecast {
  fraction: number;
  pacePerDay: number | null;
  neededPerDay: number | null;
  status: GoalForecastStatus;
  reachedOn: string | null;
  shortfall: number | null;
  projected: number | null;
}

/** Less measured than this and a pace is a guess: the forecast says so. */
const MIN_MEASURED_DAYS = 1 / 24;

/**
 * Progress, the pace so far and the pace needed, and a forecast at the
 * current pace: "reached on 14 March" (on-track) or "misses by 120".
 */
export function forecastGoal(m: GoalMeasurement): GoalForecast {
  const span = m.target - m.start;
  const fraction =
    span > 0
      ? clamp((m.current - m.start) / span)
      : m.current >= m.target
        ? 1
        : 0;
  if (m.kind === 'average') return forecastAverage(m, fraction);
  const measuredDays =
    (m.now.getTime() - (m.measuredFrom ?? m.windowStart).getTime()) / DAY_MS;
  const remainingDays = Math.max(
    0,
    (m.windowEnd.getTime() - m.now.getTime()) / DAY_MS,
  );
  const pace =
    measuredDays >= MIN_MEASURED_DAYS
      ? (m.current - m.start) / measuredDays
      : null;
  const projected =
    pace === null ? null : round(m.current + Math.max(0, pace) * remainingDays);
  if (m.current >= m.target)
    return {
      fraction: 1,
      pacePerDay: roundPace(pace),
      neededPerDay: 0,
      status: 'reached',
      reachedOn: null,
      shortfall: null,
      projected,
    };
  const left = m.target - m.current;
  const neededPerDay =
    remainingDays > 0 ? roundPace(left / remainingDays) : null;
  if (remainingDays === 0)
    return {
      fraction,
      pacePerDay: roundPace(pace),
      neededPerDay,
      status: 'misses',
      reachedOn: null,
      shortfall: Math.ceil(left),
      projected: m.current,
    };
  if (pace === null || (pace <= 0 && m.current === m.start && measuredDays < 1))
    return {
      fraction,
      pacePerDay: roundPace(pace),
      neededPerDay,
      status: 'unknown',
      reachedOn: null,
      shortfall: null,
      projected,
    };
  if (pace <= 0)
    return {
      fraction,
      pacePerDay: roundPace(pace),
      neededPerDay,
      status: 'misses',
      reachedOn: null,
      shortfall: Math.ceil(left),
      projected: m.current,
    };
  const reachedAt = new Date(m.now.getTime() + (left / pace) * DAY_MS);
  if (reachedAt <= m.windowEnd)
    return {
      fraction,
      pacePerDay: roundPace(pace),
      neededPerDay,
      status: 'on-track',
      reachedOn: copenhagenDate(reachedAt),
      shortfall: null,
      projected,
    };
  return {
    fraction,
    pacePerDay: roundPace(pace),
    neededPerDay,
    status: 'misses',
    reachedOn: null,
    shortfall: Math.ceil(m.target - (m.current + pace * remainingDays)),
    projected,
  };
}

function forecastAverage(m: GoalMeasurement, fraction: number): GoalForecast {
  const base = {
    fraction,
    pacePerDay: null,
    neededPerDay: null,
    reachedOn: null,
    projected: m.current,
  };
  if (m.current >= m.target)
    return { ...base, status: 'reached', shortfall: null };
  if (m.current === 0 && m.now < m.windowEnd)
    return { ...base, status: 'unknown', shortfall: null };
  return {
    ...base,
    status: 'misses',
    shortfall: Math.round((m.target - m.current) * 10) / 10,
  };
}

/** YYYY-MM-DD of the Copenhagen day `instant` falls on. */
export function copenhagenDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: STATS_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 10) / 10;
const roundPace = (value: number | null) =>
  value === null ? null : Math.round(value * 100) / 100;
