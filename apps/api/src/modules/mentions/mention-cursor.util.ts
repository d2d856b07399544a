import type { MentionKey } from '../items/item.types';

// timestamptz covers 4713 BC to 294276 AD; a cursor beyond that is not one of ours.
const MIN_MICROS = -210_866_803_200_000_000n;
const MAX_MICROS = 9_224_318_015_999_999_999n;
const MAX_SEQ = 9_223_372_036_854_775_807n;
/** The most-engaging order's cursor starts with the count: `e<count>.`, -1 for none. */
const CURSOR = /^(?:e(-1|\d{1,10})\.)?(-?\d{1,19})\.(\d{1,19})$/;

/** The opaque `nextCursor` a client sends back to continue after `key`. */
export function encodeCursor(key: MentionKey): string {
  const order = key.engagement === undefined ? '' : `e${key.engagement}.`;
  return Buffer.from(`${order}${key.publishedAtMicros}.${key.seq}`).toString(
    'base64url',
  );
}

/** The key in `cursor`, or null when it is not a cursor this API gave out. */
export function decodeCursor(cursor: string): MentionKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const [, engagement, micros, seq] =
    CURSOR.exec(Buffer.from(cursor, 'base64url').toString('latin1')) ?? [];
  if (micros === undefined || seq === undefined) return null;
  const at = BigInt(micros);
  if (at < MIN_MICROS || at > MAX_MICROS || BigInt(seq) > MAX_SEQ) return null;
  const key = { publishedAtMicros: at.toString(), seq: BigInt(seq).toString() };
  return engagement === undefined
    ? key
    : { ...key, engagement: BigInt(engagement).toString() };
}
