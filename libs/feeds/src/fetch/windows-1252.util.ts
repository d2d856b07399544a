// windows-1252 bytes 0x80–0x9F (the rest is Latin-1); 0x81, 0x8D, 0x8F, 0x90, 0x9D are unassigned.
const C1_CODE_POINTS = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6,
  0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const C1_CHARACTERS = C1_CODE_POINTS.map((codePoint) =>
  String.fromCharCode(codePoint),
);

/**
 * Decodes windows-1252, which is also what WHATWG means by "iso-8859-1" and "latin1". Node
 * 20.20's TextDecoder decodes 0x80–0x9F under these labels as C1 control characters, so €, “ ”,
 * – and … would vanish from Danish feeds; hence this.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength,
  ).toString('latin1');
  return /[\x80-\x9f]/.test(latin1)
    ? latin1.replace(/[\x80-\x9f]/g, windows1252Character)
    : latin1;
}

/** The windows-1252 character for a C1 code point (0x80–0x9F), as browsers treat &#150; too. */
export function windows1252Character(c1: string): string {
  return C1_CHARACTERS[c1.charCodeAt(0) - 0x80] ?? c1;
}
