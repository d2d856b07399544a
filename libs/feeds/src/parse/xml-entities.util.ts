import { windows1252Character } from '../fetch/windows-1252.util';
import { HTML_ENTITIES, XML_ENTITIES } from './html-entities.constant';

const XML_SPECIAL = /[<>&"']/;
// CDATA sections and comments are copied untouched: a URL in CDATA keeps its bare '&'.
const REFERENCE_OR_OPAQUE =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|&(?:(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});)?/g;

/**
 * Makes the entity references of a feed acceptable to a strict XML parser, the way browsers
 * would read them: HTML names XML does not define (&oslash; &nbsp; &mdash;) become their
 * characters, an unknown name (&foo;) or a bare '&' ("AT&T") stays as literal text, &#150;
 * means the windows-1252 "–" as in HTML, and an out-of-range numeric reference becomes U+FFFD. Entities a DOCTYPE declares are never
 * honoured: feeds that declare any are refused before this runs.
 */
export function repairXmlEntities(xml: string): string {
  if (!xml.includes('&')) return xml;
  return xml.replace(
    REFERENCE_OR_OPAQUE,
    (match: string, reference: string | undefined) => {
      if (match.charCodeAt(0) === 0x3c /* < */) return match;
      if (reference === undefined) return '&amp;';
      if (reference.charCodeAt(0) === 0x23 /* # */)
        return repairNumericReference(match, numericValue(reference));
      if (reference in XML_ENTITIES) return match;
      const character = HTML_ENTITIES[reference];
      if (character === undefined) return `&amp;${reference};`;
      return XML_SPECIAL.test(character)
        ? `&#${character.charCodeAt(0)};`
        : character;
    },
  );
}

function repairNumericReference(reference: string, value: number): string {
  if (value >= 0x80 && value <= 0x9f)
    return windows1252Character(String.fromCharCode(value));
  return isXmlCodePoint(value) ? reference : '\uFFFD';
}

function numericValue(reference: string): number {
  return reference[1] === 'x' || reference[1] === 'X'
    ? parseInt(reference.slice(2), 16)
    : parseInt(reference.slice(1), 10);
}

/** XML 1.0's Char production. */
function isXmlCodePoint(value: number): boolean {
  return (
    value === 0x9 ||
    value === 0xa ||
    value === 0xd ||
    (value >= 0x20 && value <= 0xd7ff) ||
    (value >= 0xe000 && value <= 0xfffd) ||
    (value >= 0x10000 && value <= 0x10ffff)
  );
}
