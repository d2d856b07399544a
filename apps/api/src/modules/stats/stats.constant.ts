import { MAX_STATS_LIMIT } from '@lyt/contracts';

/** Held while folding pending changes into the rollups: one process folds at a time. */
export const STATS_COMPACTION_LOCK = 0x6c797403;
/** Pending changes are exact to read as well, so folding is only housekeeping. */
export const STATS_COMPACTION_INTERVAL_MS = 5_000;

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = MAX_STATS_LIMIT;

/** Spikes: a bucket counts as one above mean + K·σ of the preceding window. */
export const SPIKE_K = 3;
/** Fewer mentions than this are never a spike, however quiet it was before (0 → 2 is noise). */
export const SPIKE_MIN_COUNT = 5;
/** The baseline window: a day of hours, or a week of days. */
export const SPIKE_WINDOW = { hour: 24, day: 7 } as const;
