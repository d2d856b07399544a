const MAX_BACKOFF_SECONDS = 6 * 3600;
const MAX_JITTER_SECONDS = 30;
/** A Retry-After beyond a day is a misconfigured server, not a plan. */
const MAX_RETRY_AFTER_SECONDS = 24 * 3600;

/** The shortest interval a source may have. */
export const MIN_INTERVAL_SECONDS = 5;

/**
 * Seconds until the next poll after a success: the interval less up to 10 % (at
 * most 30 s) of jitter, so that sources added together drift apart. Early, never
 * late: a screen can count on a new post within the interval (plus the tick).
 */
export function delayAfterSuccess(
  intervalSeconds: number,
  random: number = Math.random(),
): number {
  const jitter = random * Math.min(intervalSeconds * 0.1, MAX_JITTER_SECONDS);
  return Math.max(MIN_INTERVAL_SECONDS, intervalSeconds - jitter);
}

/**
 * Seconds until the next poll after the `errorCount`-th failure in a row: the interval
 * doubled per failure, capped at six hours (never below the interval), and never sooner
 * than the server's Retry-After.
 */
export function delayAfterFailure(
  intervalSeconds: number,
  errorCount: number,
  retryAfterSeconds: number | null,
): number {
  const backoff = Math.max(
    intervalSeconds,
    Math.min(intervalSeconds * 2 ** errorCount, MAX_BACKOFF_SECONDS),
  );
  return Math.max(
    backoff,
    Math.min(retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS),
  );
}
