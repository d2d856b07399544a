import { WORD_CHARS } from './text-tokenizer.util';

/**
 * One part of a handle ("novo", "x.social", "novo.bsky.social"): starts with a
 * letter, digit or underscore and may contain dots and hyphens after that.
 * Trailing dots and hyphens are trimmed, so "thanks @novo." mentions "novo".
 */
const PART = `[${WORD_CHARS}_][${WORD_CHARS}_.-]*`;
const MENTION = new RegExp(
  `(?<![${WORD_CHARS}_.@])@(${PART})(?:@(${PART}))?`,
  'gu',
);
const BARE_HANDLE = new RegExp(`^@?(${PART})(?:@(${PART}))?$`, 'u');
const TRAILING_PUNCTUATION = /[.-]+$/u;

export interface HandleSpan {
  /** Lower-cased user part: "novo" for "@Novo@x.social". */
  user: string;
  /** Lower-cased instance ("x.social"), or null when the handle names none. */
  instance: string | null;
  start: number;
  end: number;
}

/** The @mentions written in `text` ("@novo", "@novo@x.social"); e-mail addresses are not mentions. */
export function findMentions(text: string): HandleSpan[] {
  if (!text.includes('@')) return [];
  const spans: HandleSpan[] = [];
  MENTION.lastIndex = 0;
  for (
    let found = MENTION.exec(text);
    found !== null;
    found = MENTION.exec(text)
  ) {
    spans.push(toSpan(found.index, 1, found[1] ?? '', found[2]));
  }
  return spans;
}

/**
 * The handles an author field names: the whole field when it is a handle
 * ("@novo@x.social", "novo", "novo.bsky.social"), else the @mentions inside it
 * ("Novo Nordisk (@novo)"). A display name with spaces is no handle.
 */
export function findAuthorHandles(author: string): HandleSpan[] {
  const trimmed = author.trim();
  const bare = BARE_HANDLE.exec(trimmed);
  if (!bare) return findMentions(author);
  const start = author.length - author.trimStart().length;
  return [
    toSpan(start, trimmed.startsWith('@') ? 1 : 0, bare[1] ?? '', bare[2]),
  ];
}

/** `lead` is the length of the '@' before the user part: 1, or 0 for a bare author handle. */
function toSpan(
  start: number,
  lead: number,
  rawUser: string,
  rawInstance: string | undefined,
): HandleSpan {
  const user = rawUser.replace(TRAILING_PUNCTUATION, '');
  // A trimmed-off dot also ends the handle: in "@novo.@x" the mention is "@novo".
  const instance =
    rawInstance !== undefined && user.length === rawUser.length
      ? rawInstance.replace(TRAILING_PUNCTUATION, '')
      : '';
  const end = start + lead + user.length + (instance ? 1 + instance.length : 0);
  return {
    user: handleKey(user),
    instance: instance ? handleKey(instance) : null,
    start,
    end,
  };
}

export function handleKey(part: string): string {
  return part.toLowerCase().normalize('NFC');
}
