import { WORD_CHARS, wordKey } from './text-tokenizer.util';

/**
 * The feeds contract: '#' + letters, digits or underscores with at least one
 * letter, not preceded by a letter, digit or '/' (so URL fragments and "a#b"
 * are not hashtags).
 */
const HASHTAG = new RegExp(`(?<![${WORD_CHARS}/])#([${WORD_CHARS}_]+)`, 'gu');
const LETTER = /\p{L}/u;

export interface HashtagSpan {
  /** Lower-cased, without '#'. */
  tag: string;
  /** Offset of the '#'. */
  start: number;
  end: number;
}

/** Every hashtag written in `text`, with offsets, in order, repeats included. */
export function findHashtags(text: string): HashtagSpan[] {
  if (!text.includes('#')) return [];
  const spans: HashtagSpan[] = [];
  HASHTAG.lastIndex = 0;
  for (
    let found = HASHTAG.exec(text);
    found !== null;
    found = HASHTAG.exec(text)
  ) {
    const body = found[1] ?? '';
    if (!LETTER.test(body)) continue;
    spans.push({
      tag: wordKey(body),
      start: found.index,
      end: found.index + found[0].length,
    });
  }
  return spans;
}

/**
 * The hashtags written in `text`: lower-cased (Æ → æ), without '#', unique,
 * in order of first appearance. "#Novo and #NOVO, #2024, page#top" → ["novo"].
 */
export function extractHashtags(text: string): string[] {
  return [...new Set(findHashtags(text).map((span) => span.tag))];
}

/** A hashtag as listed on an item ("#DKbiz", " dkbiz") in its comparison form. */
export function hashtagKey(listed: string): {
  tag: string;
  start: number;
  end: number;
} {
  const start = listed.length - listed.trimStart().length;
  const bodyStart = listed.startsWith('#', start) ? start + 1 : start;
  const body = listed.slice(bodyStart).trimEnd();
  return { tag: wordKey(body), start: bodyStart, end: bodyStart + body.length };
}

/**
 * A hashtag as a person writes it in a filter ("#DKbiz", "dkbiz") in the
 * stored form ("dkbiz"), or null when it is not one hashtag. The api reads
 * filters with it and the browser filters the live stream with it, so both
 * accept and compare the same hashtags the collector stored.
 */
export function normaliseHashtag(written: string): string | null {
  const body = written.trim().replace(/^#/, '');
  const tags = extractHashtags(`#${body}`);
  const tag = tags[0];
  return tags.length === 1 && tag === body.toLowerCase().normalize('NFC')
    ? tag
    : null;
}
