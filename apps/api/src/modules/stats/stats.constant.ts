/**
 * Day buckets are Danish days: Lyt's users read "Tuesday" as a Copenhagen
 * Tuesday. Hours need no zone: Copenhagen is a whole number of hours from UTC
 * all year, so its hours are UTC hours. The migration that creates the
 * rollups (1764230000000-StatsRollups) uses the same zone.
 */
export const STATS_TIME_ZONE = 'Europe/Copenhagen';

/** Held while folding pending changes into the rollups: one process folds at a time. */
export const STATS_COMPACTION_LOCK = 0x6c797403;
/** Pending changes are exact to read as well, so folding is only housekeeping. */
export const STATS_COMPACTION_INTERVAL_MS = 5_000;

export const DEFAULT_RANGE_DAYS = 7;
/** Longer ranges would make queries and charts too heavy to be useful. */
export const MAX_RANGE_DAYS = 400;
/** Up to this range the default bucket is an hour, beyond it a day. */
export const HOURLY_DEFAULT_MAX_DAYS = 3;
/** 31 × 24 = 744 points a line: more than a chart can show well. */
export const HOURLY_MAX_DAYS = 31;

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 100;

/** Spikes: a bucket counts as one above mean + K·σ of the preceding window. */
export const SPIKE_K = 3;
/** Fewer mentions than this are never a spike, however quiet it was before (0 → 2 is noise). */
export const SPIKE_MIN_COUNT = 5;
/** The baseline window: a day of hours, or a week of days. */
export const SPIKE_WINDOW = { hour: 24, day: 7 } as const;
