const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How often a post's counts are read again, by its age: likes and boosts
 * come mostly in the first hours, trickle in for some days, and then stop.
 */
const STEPS: { until: number; every: number }[] = [
  { until: 2 * HOUR, every: 10 * MINUTE },
  { until: 12 * HOUR, every: 30 * MINUTE },
  { until: 2 * DAY, every: 2 * HOUR },
  { until: 7 * DAY, every: 12 * HOUR },
];

/** Once a post is this old its counts are final: it is not refreshed again. */
export const FINAL_AGE_MS = STEPS[STEPS.length - 1]!.until;

/**
 * When a post published at `postedAt`, refreshed at `now`, is read again; null
 * once it is a week old. Never later than the age at which the next, slower
 * step begins plus that step's interval, so no post waits past a step.
 */
export function nextRefreshAt(postedAt: Date, now: Date): Date | null {
  const age = Math.max(0, now.getTime() - postedAt.getTime());
  const step = STEPS.find((candidate) => age < candidate.until);
  if (!step) return null;
  return new Date(
    Math.min(now.getTime() + step.every, postedAt.getTime() + FINAL_AGE_MS),
  );
}
