/**
 * An invalid topic query. `message` says what is wrong and `position` where
 * (1-based, counted in UTF-16 code units like a JavaScript string, so a UI
 * can put the caret at `position - 1`). Show them as `${message} at ${position}`.
 */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';

  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
