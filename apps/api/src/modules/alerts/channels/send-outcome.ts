/** What one attempt at a channel came to; errors are one line an admin can act on. */
export type SendOutcome =
  | { ok: true }
  | {
      ok: false;
      error: string;
      /** The receiver's Retry-After, when it said one. */
      retryAfterMs: number | null;
      /** Retrying cannot help (a refused mailbox): give up now. */
      permanent: boolean;
    };

export function failure(
  error: string,
  retryAfterMs: number | null = null,
  permanent = false,
): SendOutcome {
  return { ok: false, error, retryAfterMs, permanent };
}
