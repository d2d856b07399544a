import { decodeWindows1252 } from './windows-1252.util';

/** Where the charset of a feed body came from; useful in tests and when diagnosing mojibake. */
export type CharsetSource =
  'bom' | 'header' | 'xml-declaration' | 'default' | 'fallback';

export interface DecodedBody {
  text: string;
  charset: string;
  source: CharsetSource;
}

const BOMS: ReadonlyArray<{ bytes: number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];

/**
 * Turns feed bytes into text. A byte order mark wins (as in the WHATWG encoding standard: it
 * cannot occur by accident and it states the real encoding), then the HTTP charset, then the XML
 * declaration, else UTF-8. An undeclared body that is not valid UTF-8 is decoded as
 * windows-1252, which is what such Danish feeds turn out to be.
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
  const declared = declaredCharset(bytes, contentType);
  if (declared) return { text: decode(bytes, declared.charset), ...declared };
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      charset: 'utf-8',
      source: 'default',
    };
  } catch {
    return {
      text: decode(bytes, 'windows-1252'),
      charset: 'windows-1252',
      source: 'fallback',
    };
  }
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
  const fromHeader = charsetFromContentType(contentType);
  if (fromHeader) return { charset: fromHeader, source: 'header' };
  const fromDeclaration = charsetFromXmlDeclaration(bytes);
  if (fromDeclaration)
    return { charset: fromDeclaration, source: 'xml-declaration' };
  return null;
}

function decode(bytes: Uint8Array, charset: string): string {
  return charset === 'windows-1252'
    ? decodeWindows1252(bytes)
    : new TextDecoder(charset).decode(bytes);
}

function isKnownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** WHATWG's name for a label: "latin1" and "iso-8859-1" both decode as windows-1252. */
function canonicalCharset(label: string): string {
  return new TextDecoder(label).encoding;
}
