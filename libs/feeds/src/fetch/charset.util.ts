import { decodeUtf32 } from './utf-32.util';
import { decodeUtf8Leniently } from './utf-8.util';
import { decodeWindows1252, windows1252Character } from './windows-1252.util';

/** Where the charset of a feed body came from; useful in tests and when diagnosing mojibake. */
export type CharsetSource =
  | 'bom'
  | 'byte-pattern'
  | 'header'
  | 'xml-declaration'
  | 'default'
  | 'fallback';

export interface DecodedBody {
  text: string;
  charset: string;
  source: CharsetSource;
}

// UTF-32LE's BOM starts like UTF-16LE's: the longer one is tried first.
const BOMS: ReadonlyArray<{ bytes: number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], charset: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], charset: 'utf-32be' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];
const C1_CONTROL = /[\x80-\x9f]/;

/**
 * Turns feed bytes into text. A byte order mark wins (as in the WHATWG encoding standard: it
 * cannot occur by accident and it states the real encoding), then the zero bytes of UTF-16 or
 * UTF-32 around the first character (XML 1.0 Appendix F), then the HTTP charset, then the XML
 * declaration, else UTF-8. An undeclared body that is not UTF-8 at all is decoded as
 * windows-1252, which is what such Danish feeds turn out to be; single bytes that are not
 * UTF-8 in a UTF-8 body, and C1 control characters anywhere, are read as the windows-1252
 * characters they almost always are ("don\x92t" is "don’t").
 */
export function decodeFeedBody(
  bytes: Uint8Array,
  contentType?: string | null,
): DecodedBody {
  const bom = BOMS.find((candidate) =>
    candidate.bytes.every((byte, index) => bytes[index] === byte),
  );
  if (bom) {
    return {
      text: decode(bytes.subarray(bom.bytes.length), bom.charset),
      charset: bom.charset,
      source: 'bom',
    };
  }
  const wide = wideCharset(bytes);
  if (wide)
    return { text: decode(bytes, wide), charset: wide, source: 'byte-pattern' };
  const declared = declaredCharset(bytes, contentType);
  if (declared) return { text: decode(bytes, declared.charset), ...declared };
  const utf8 = decodeUtf8Leniently(bytes);
  if (utf8.invalidBytes > 0 && utf8.multibyteCharacters === 0) {
    return {
      text: decode(bytes, 'windows-1252'),
      charset: 'windows-1252',
      source: 'fallback',
    };
  }
  return {
    text: withoutC1Controls(utf8.text),
    charset: 'utf-8',
    source: 'default',
  };
}

/**
 * UTF-16 or UTF-32 without a byte order mark, told by the zero bytes around the first
 * character ('<', '{' or whitespace, all ASCII), as XML 1.0 Appendix F and RFC 4627 do.
 */
function wideCharset(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  const [a, b, c, d] = Array.from(bytes.subarray(0, 4), (byte) => byte === 0);
  if (a && b && c && !d) return 'utf-32be';
  if (!a && b && c && d) return 'utf-32le';
  if (a && !b && c && !d) return 'utf-16be';
  if (!a && b && !c && d) return 'utf-16le';
  return null;
}

/** The charset parameter of a Content-Type header, if it names an encoding TextDecoder knows. */
export function charsetFromContentType(
  contentType: string | null | undefined,
): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] && isKnownCharset(match[2])
    ? canonicalCharset(match[2])
    : null;
}

/** The encoding="…" of an XML declaration at the very start of the body. */
export function charsetFromXmlDeclaration(bytes: Uint8Array): string | null {
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 512),
  ).toString('latin1');
  const match =
    /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  return match?.[1] && isKnownCharset(match[1])
    ? canonicalCharset(match[1])
    : null;
}

function declaredCharset(
  bytes: Uint8Array,
  contentType: string | null | undefined,
): Omit<DecodedBody, 'text'> | null {
  // A body that is not UTF-16 by its bytes is not UTF-16 whatever a header or declaration says.
  const fromHeader = charsetFromContentType(contentType);
  if (fromHeader && !isWide(fromHeader))
    return { charset: fromHeader, source: 'header' };
  const fromDeclaration = charsetFromXmlDeclaration(bytes);
  if (fromDeclaration && !isWide(fromDeclaration))
    return { charset: fromDeclaration, source: 'xml-declaration' };
  return null;
}

function isWide(charset: string): boolean {
  return charset.startsWith('utf-16') || charset.startsWith('utf-32');
}

function decode(bytes: Uint8Array, charset: string): string {
  switch (charset) {
    case 'windows-1252':
      return decodeWindows1252(bytes);
    case 'utf-8':
      return withoutC1Controls(decodeUtf8Leniently(bytes).text);
    case 'utf-32le':
    case 'utf-32be':
      return withoutC1Controls(decodeUtf32(bytes, charset === 'utf-32le'));
    default:
      return withoutC1Controls(new TextDecoder(charset).decode(bytes));
  }
}

/** C1 controls (U+0080–U+009F) are never meant in a feed: they are windows-1252 read as Latin-1. */
function withoutC1Controls(text: string): string {
  return C1_CONTROL.test(text)
    ? text.replace(/[\x80-\x9f]/g, windows1252Character)
    : text;
}

function isKnownCharset(label: string): boolean {
  if (/^utf-?32(?:[lb]e)?$/i.test(label)) return true;
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** WHATWG's name for a label: "latin1" and "iso-8859-1" both decode as windows-1252. */
function canonicalCharset(label: string): string {
  const utf32 = /^utf-?32([lb]e)?$/i.exec(label);
  if (utf32) return `utf-32${utf32[1]?.toLowerCase() ?? 'be'}`;
  return new TextDecoder(label).encoding;
}
