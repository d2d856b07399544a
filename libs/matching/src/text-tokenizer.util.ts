/**
 * A word is a run of letters, digits and combining marks; everything else
 * separates words. Combining marks count so that a decomposed "å" (a + ring)
 * stays one word; keys are NFC so it then equals the precomposed "å".
 */
export const WORD_CHARS = '\\p{L}\\p{N}\\p{M}';

const WORD = new RegExp(`[${WORD_CHARS}]+`, 'gu');
const SEPARATOR = new RegExp(`([^${WORD_CHARS}]+)`, 'u');

/** Below U+0300 every character is already NFC: Danish and English text skips normalising. */
const MAYBE_NOT_NFC = /[^\u0000-\u02ff]/u;

export interface WordSpan {
  key: string;
  start: number;
  end: number;
}

/** Where a document's words go: parallel arrays, so no object per word. */
export interface WordSink {
  keys: string[];
  starts: number[];
  ends: number[];
}

/**
 * The comparison form of a word: lower-cased, never folded further, so "ø"
 * stays apart from "o" and "æ" from "ae".
 */
export function wordKey(word: string): string {
  return word.toLowerCase().normalize('NFC');
}

/** Words of `source` with UTF-16 offsets into `source` itself. */
export function tokenizeWords(source: string): WordSpan[] {
  const sink: WordSink = { keys: [], starts: [], ends: [] };
  appendWords(source, sink);
  return sink.keys.map((key, index) => ({
    key,
    start: sink.starts[index],
    end: sink.ends[index],
  }));
}

/** Appends the words of `source` to `sink`, keys as `wordKey` gives them. */
export function appendWords(source: string, sink: WordSink): void {
  // Lower-casing the whole string once is much cheaper than per word; it is
  // only unsafe when a letter changes length (İ → i̇), which shifts offsets.
  const lower = source.toLowerCase();
  if (lower.length !== source.length) {
    appendWordsSlowly(source, sink);
    return;
  }
  const normalise =
    MAYBE_NOT_NFC.test(source) && source.normalize('NFC') !== source;
  // split() with a captured separator yields word, separator, word, …: the
  // offsets follow from the lengths, without a match object per word.
  const parts = lower.split(SEPARATOR);
  let offset = 0;
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (index % 2 === 0 && part.length > 0) {
      sink.keys.push(normalise ? part.normalize('NFC') : part);
      sink.starts.push(offset);
      sink.ends.push(offset + part.length);
    }
    offset += part.length;
  }
}

function appendWordsSlowly(source: string, sink: WordSink): void {
  WORD.lastIndex = 0;
  for (
    let found = WORD.exec(source);
    found !== null;
    found = WORD.exec(source)
  ) {
    sink.keys.push(wordKey(found[0]));
    sink.starts.push(found.index);
    sink.ends.push(found.index + found[0].length);
  }
}
