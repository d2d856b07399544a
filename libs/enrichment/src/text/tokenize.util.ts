import {
  EMOJI_SOURCE,
  EMOTICON_SOURCE,
  LINK_OR_HANDLE_SOURCE,
  WORD_SOURCE,
} from './social-patterns.constant';

export type TokenKind = 'word' | 'emoji';

export interface Token {
  /** Lower-cased word, or an emoji / emoticon without variation selectors and skin tones. */
  readonly text: string;
  readonly kind: TokenKind;
  /** Punctuation starts a new clause: negation never reaches across one. */
  readonly clause: number;
  /** Full stops, ?, ! and line breaks start a new sentence: the scope of "men" / "but". */
  readonly sentence: number;
}

// One group per kind, numbered in this order; SKIP first, so that a link or
// an address is never read as words.
const SKIP = `(${LINK_OR_HANDLE_SOURCE})`;
const KINDS = [
  `(${EMOTICON_SOURCE})`,
  `(${WORD_SOURCE})`,
  `(${EMOJI_SOURCE})`,
  String.raw`([.!?…\n]+)`,
  String.raw`([,;:()\[\]"“”«»]|\s[\-–—]\s)`,
];
const TOKEN = new RegExp([SKIP, ...KINDS].join('|'), 'gu');
// Every link or address holds "@", "http" or "www.": a post without them is
// read without trying SKIP at every letter, the slowest part of the pattern
// (its group stays, never matching, so that the numbers hold).
const TOKEN_WITHOUT_SKIP = new RegExp(['((?!))', ...KINDS].join('|'), 'gu');
const MAY_SKIP = /@|http|www\./;
const EMOTICON = 2;
const WORD = 3;
const EMOJI = 4;
const SENTENCE_END = 5;
const CLAUSE_END = 6;
const EMOJI_MODIFIERS = /[\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu;

/**
 * Splits a post into lower-cased words and emoji, dropping links, e-mail
 * addresses and @handles; a hashtag counts as its word ("#fail" → "fail").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let clause = 0;
  let sentence = 0;
  // NFC first: feeds deliver "å" both precomposed and as "a" + ring.
  const lower = text.normalize('NFC').toLowerCase();
  const pattern = MAY_SKIP.test(lower) ? TOKEN : TOKEN_WITHOUT_SKIP;
  pattern.lastIndex = 0;
  for (
    let match = pattern.exec(lower);
    match !== null;
    match = pattern.exec(lower)
  ) {
    const word = match[WORD];
    if (word !== undefined) {
      tokens.push({
        text: word.includes('’') ? word.replace(/’/g, "'") : word,
        kind: 'word',
        clause,
        sentence,
      });
    } else if (match[EMOJI] !== undefined) {
      tokens.push({
        text: match[EMOJI].replace(EMOJI_MODIFIERS, ''),
        kind: 'emoji',
        clause,
        sentence,
      });
    } else if (match[EMOTICON] !== undefined) {
      tokens.push({
        text: match[EMOTICON].replace('-', ''),
        kind: 'emoji',
        clause,
        sentence,
      });
    } else if (match[SENTENCE_END] !== undefined) {
      clause += 1;
      sentence += 1;
    } else if (match[CLAUSE_END] !== undefined) {
      clause += 1;
    }
  }
  return tokens;
}
