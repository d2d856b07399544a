import {
  MODEL_LANGUAGES,
  MODEL_NGRAMS,
} from './model/language-model.generated';

export type ModelLanguage = (typeof MODEL_LANGUAGES)[number];
export { MODEL_LANGUAGES };

// The weights are stored less the database's floor; every hit counts at least this.
const WEIGHT_SHIFT = 16;
const WEIGHT_MASK = (1 << WEIGHT_SHIFT) - 1;
// The model was built from n-grams of a text's first ~350 bytes of words; more
// text costs time and moves no decision.
const SAMPLE_BYTES = 380;
const MAX_WORD_BYTES = 70;

/** n-gram (UTF-8 bytes, one latin1 character each) → packed (language << 16 | weight) pairs. */
const NGRAMS: ReadonlyMap<string, Int32Array> = parseModel(MODEL_NGRAMS);

export interface LanguageScores {
  /** Summed weights per language, indexed like MODEL_LANGUAGES. */
  readonly totals: Float64Array;
  /** Distinct n-grams in the sample, found in the model or not. */
  readonly ngrams: number;
}

const totals = new Float64Array(MODEL_LANGUAGES.length);
const seen = new Set<string>();

/**
 * Scores lower-case words against every model language: the sum of the weights of their
 * distinct byte 4-grams (word starts and ends marked by a space, a stride of three bytes
 * within a word). The returned totals are reused by the next call: read them before scoring
 * again.
 */
export function scoreLanguages(words: readonly string[]): LanguageScores {
  totals.fill(0);
  seen.clear();
  let bytes = 0;
  // The UTF-8 bytes of all words at once, one latin1 character per byte (what the model's
  // keys are): one native conversion instead of a string built byte by byte per word.
  // Words are letters and apostrophes: a space only ever separates them.
  const sample =
    words.length === 0 ? [] : utf8Bytes(words.join(' ')).split(' ');
  for (const word of sample) {
    addNgrams(word);
    bytes += word.length + 1;
    if (bytes > SAMPLE_BYTES) break;
  }
  for (const ngram of seen) {
    const weights = NGRAMS.get(ngram);
    if (weights === undefined) continue;
    for (let index = 0; index < weights.length; index += 1) {
      const packed = weights[index] as number;
      totals[packed >> WEIGHT_SHIFT] += packed & WEIGHT_MASK;
    }
  }
  return { totals, ngrams: seen.size };
}

function utf8Bytes(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

function addNgrams(word: string): void {
  const length = Math.min(word.length, MAX_WORD_BYTES);
  let start = 0;
  for (; start + 4 < length; start += 3)
    seen.add((start === 0 ? ' ' : '') + word.substring(start, start + 4));
  const tail = word.substring(
    length !== 3 ? Math.max(0, length - 4) : 0,
    length,
  );
  seen.add(`${start === 0 ? ' ' : ''}${tail} `);
}

function parseModel(source: string): Map<string, Int32Array> {
  const model = new Map<string, Int32Array>();
  for (const line of source.split('\n')) {
    const tab = line.indexOf('\t');
    const pairs = line.slice(tab + 1).split(',');
    const packed = new Int32Array(pairs.length);
    pairs.forEach((pair, index) => {
      const colon = pair.indexOf(':');
      packed[index] =
        (Number(pair.slice(0, colon)) << WEIGHT_SHIFT) |
        Number(pair.slice(colon + 1));
    });
    model.set(line.slice(0, tab), packed);
  }
  return model;
}
