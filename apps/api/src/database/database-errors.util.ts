/**
 * Whether an error means "the database cannot be reached right now" (it is
 * restarting, stopped, frozen or the network to it is gone) rather than "this
 * query is wrong". The first kind pauses work and is retried once the database
 * answers again; it is never charged to a feed source or shown as a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const cause of causes(error)) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') {
      // Class 08: connection exception. 57P01–57P03: shut down by an admin, crashed,
      // starting up or in recovery. 53300: no connection slot free.
      if (/^08/.test(code) || /^57P0[1-3]$/.test(code) || code === '53300')
        return true;
      if (NETWORK_CODES.has(code)) return true;
    }
    // TypeORM releases a query runner whose connection failed; the transaction's next query says so.
    if (cause instanceof Error && RELEASED_RUNNER.has(cause.name)) return true;
    const message = cause instanceof Error ? cause.message : '';
    if (UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
      return true;
  }
  return false;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

const RELEASED_RUNNER = new Set([
  'QueryRunnerProviderAlreadyReleasedError',
  'QueryRunnerAlreadyReleasedError',
]);

// What node-postgres says when a connection ends or cannot be had, without a code.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Connection ended/,
  /the database system is (starting up|shutting down|in recovery mode)/,
];

/** The error and what it wraps: TypeORM keeps the driver's error in `driverError`, Node in `cause`. */
function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  let current = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current;
    if (current instanceof AggregateError)
      for (const inner of current.errors) yield* causes(inner);
    const next = current as { driverError?: unknown; cause?: unknown };
    current = next.driverError ?? next.cause;
  }
}
