/** What went wrong, stable enough for a collector to count per source and for tests to assert on. */
export type FeedErrorCode =
  | 'invalid-url'
  | 'blocked-address'
  | 'network'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status'
  | 'too-large'
  | 'not-a-feed'
  | 'malformed';

/** Every failure of fetch, read and parse; `message` is one line an operator can act on. */
export class FeedError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'FeedError';
  }
}

/** A non-2xx answer; `retryAfterSeconds` is set for 429 and 503 when the server says when to come back. */
export class FeedHttpError extends FeedError {
  constructor(
    readonly status: number,
    readonly url: string,
    readonly retryAfterSeconds: number | null,
    statusText: string,
  ) {
    const retry =
      retryAfterSeconds === null ? '' : ` (retry after ${retryAfterSeconds} s)`;
    const statusLine = statusText ? `${status} ${statusText}` : String(status);
    super('http-status', `HTTP ${statusLine} from ${url}${retry}`);
    this.name = 'FeedHttpError';
  }
}
