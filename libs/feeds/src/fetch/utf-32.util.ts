const CHUNK = 8192;

/** UTF-32, which TextDecoder does not know; an invalid code point or a trailing part becomes U+FFFD. */
export function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let codePoints: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.byteLength; offset += 4) {
    const value = view.getUint32(offset, littleEndian);
    const valid = value <= 0x10ffff && (value < 0xd800 || value > 0xdfff);
    codePoints.push(valid ? value : 0xfffd);
    if (codePoints.length === CHUNK) {
      parts.push(String.fromCodePoint(...codePoints));
      codePoints = [];
    }
  }
  if (bytes.byteLength % 4 !== 0) codePoints.push(0xfffd);
  parts.push(String.fromCodePoint(...codePoints));
  return parts.join('');
}
