import { windows1252Character } from '../fetch/windows-1252.util';
import { HTML_ENTITIES, XML_ENTITIES } from '../parse/html-entities.constant';

// Elements whose content is never text a person reads.
const HIDDEN_ELEMENT =
  /<(script|style|noscript|template|iframe|object|svg|head)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;
const TAG =
  /<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<[!?][^>]*>/g;
// Ending or starting one of these separates words; inline ones (a, span, b) do not, which is how
// Mastodon's `#<span>dkbiz</span>` stays one hashtag.
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form ' +
    'h1 h2 h3 h4 h5 h6 header hr img li main nav ol p pre section summary table tbody td tfoot th thead tr ul video audio'
  ).split(' '),
);
const CHARACTER_REFERENCE =
  /&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{0,31});/g;

/**
 * Plain text from an HTML (or plain) body: script/style and other hidden content dropped, tags
 * removed, character references decoded, all whitespace collapsed to single spaces.
 */
export function htmlToText(html: string): string {
  let text = html;
  if (text.includes('<')) {
    text = text
      .replace(HIDDEN_ELEMENT, ' ')
      .replace(COMMENT, ' ')
      .replace(CDATA, '$1')
      .replace(TAG, (tag: string, name: string | undefined) =>
        name && BLOCK_ELEMENTS.has(name.toLowerCase()) ? ' ' : '',
      );
  }
  if (text.includes('&')) text = decodeCharacterReferences(text);
  return collapseWhitespace(text);
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Decodes numeric and named references; an unknown name is left as written. */
export function decodeCharacterReferences(text: string): string {
  return text.replace(
    CHARACTER_REFERENCE,
    (match: string, reference: string) => {
      if (reference.charCodeAt(0) !== 0x23 /* # */)
        return XML_ENTITIES[reference] ?? HTML_ENTITIES[reference] ?? match;
      const hex = reference[1] === 'x' || reference[1] === 'X';
      const value = parseInt(reference.slice(hex ? 2 : 1), hex ? 16 : 10);
      // CMSs write windows-1252 bytes as references (&#150;); browsers show the character, so do we.
      if (value >= 0x80 && value <= 0x9f)
        return windows1252Character(String.fromCharCode(value));
      if (
        value === 0 ||
        value > 0x10ffff ||
        (value >= 0xd800 && value <= 0xdfff)
      )
        return '\uFFFD';
      return String.fromCodePoint(value);
    },
  );
}
