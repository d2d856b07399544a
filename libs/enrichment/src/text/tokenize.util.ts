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

const TOKEN = new RegExp(
  [
    `(?<skip>${LINK_OR_HANDLE_SOURCE})`,
    `(?<emoticon>${EMOTICON_SOURCE})`,
    `(?<word>${WORD_SOURCE})`,
    `(?<emoji>${EMOJI_SOURCE})`,
    String.raw`(?<sentenceEnd>[.!?…\n]+)`,
    String.raw`(?<clauseEnd>[,;:()\[\]"“”«»]|\s[\-–—]\s)`,
  ].join('|'),
  'gu',
);
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
  for (const match of text.normalize('NFC').toLowerCase().matchAll(TOKEN)) {
    const groups = match.groups ?? {};
    if (groups['word'] !== undefined) {
      tokens.push({
        text: groups['word'].replace(/’/g, "'"),
        kind: 'word',
        clause,
        sentence,
      });
    } else if (groups['emoji'] !== undefined) {
      tokens.push({
        text: groups['emoji'].replace(EMOJI_MODIFIERS, ''),
        kind: 'emoji',
        clause,
        sentence,
      });
    } else if (groups['emoticon'] !== undefined) {
      tokens.push({
        text: groups['emoticon'].replace('-', ''),
        kind: 'emoji',
        clause,
        sentence,
      });
    } else if (groups['sentenceEnd'] !== undefined) {
      clause += 1;
      sentence += 1;
    } else if (groups['clauseEnd'] !== undefined) {
      clause += 1;
    }
  }
  return tokens;
}
