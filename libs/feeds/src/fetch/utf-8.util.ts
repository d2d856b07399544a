import { windows1252Character } from './windows-1252.util';

export interface LenientUtf8 {
  text: string;
  /** Bytes that were no part of a valid UTF-8 sequence, each read as windows-1252. */
  invalidBytes: number;
  /**
   * Valid sequences of two to four bytes, evidence that the body really is UTF-8; counted only
   * when some bytes are invalid (a valid body needs no evidence).
   */
  multibyteCharacters: number;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const decoder = new TextDecoder('utf-8');

/**
 * UTF-8 in which a byte that fits no sequence is the windows-1252 character it was meant as (a
 * feed pasted together from a UTF-8 template and a windows-1252 database), not U+FFFD.
 */
export function decodeUtf8Leniently(bytes: Uint8Array): LenientUtf8 {
  try {
    return {
      text: strict.decode(bytes),
      invalidBytes: 0,
      multibyteCharacters: 0,
    };
  } catch {
    return decodeMixed(bytes);
  }
}

function decodeMixed(bytes: Uint8Array): LenientUtf8 {
  const parts: string[] = [];
  let runStart = 0;
  let invalidBytes = 0;
  let multibyteCharacters = 0;
  let index = 0;
  while (index < bytes.length) {
    const length = sequenceLength(bytes, index);
    if (length > 0) {
      if (length > 1) multibyteCharacters += 1;
      index += length;
      continue;
    }
    if (runStart < index)
      parts.push(decoder.decode(bytes.subarray(runStart, index)));
    parts.push(
      windows1252Character(String.fromCharCode(bytes[index] as number)),
    );
    invalidBytes += 1;
    index += 1;
    runStart = index;
  }
  if (runStart < bytes.length)
    parts.push(decoder.decode(bytes.subarray(runStart)));
  return { text: parts.join(''), invalidBytes, multibyteCharacters };
}

/** The length of the valid UTF-8 sequence at `index`, 0 when the byte starts none. */
function sequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index] as number;
  if (first < 0x80) return 1;
  const continuation = (offset: number, low = 0x80, high = 0xbf) => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return continuation(1) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return continuation(1, low, high) && continuation(2) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return continuation(1, low, high) && continuation(2) && continuation(3)
      ? 4
      : 0;
  }
  return 0;
}
