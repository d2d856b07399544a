import { MODEL_LANGUAGES, scoreLanguages } from './language-model.util';
import {
  SCANDINAVIAN_MARKERS,
  type ScandinavianLanguage,
} from './scandinavian-markers.constant';

/**
 * The languages Lyt tells apart. Norwegian is `no`, the ISO 639-1 code for the
 * whole language: no detector can tell Bokmål (`nb`) from Nynorsk (`nn`) on a
 * post, and feeds that declare `nb` keep their own code.
 */
export const DETECTABLE_LANGUAGES = ['da', 'no', 'sv', 'en', 'de'] as const;
export type DetectableLanguage = (typeof DETECTABLE_LANGUAGES)[number];

/** Fewer letters than this (links, @handles and #tags not counted) are not enough to tell. */
export const MIN_DETECTABLE_LETTERS = 20;

// Below this lead of the best language over the next, the post reads as either
// (typical for short Danish/Norwegian posts): say so rather than guess.
const MIN_MARGIN = 0.1;
// How many weight points of n-gram evidence make one language e times likelier
// than another: the more of a post there is, the surer the answer. Chosen on
// the tuning set, where 300–500 all do as well.
const EVIDENCE_SCALE = 400;
// Each marker word more for one Scandinavian language than for the others
// moves it by this much probability, at most MAX_MARKER_LEAD words' worth.
const MARKER_WEIGHT = 0.2;
const MAX_MARKER_LEAD = 3;
// Language shows in the first sentences; a whole article only costs time. The
// model reads ~350 bytes of words; the marker words get the same.
const SAMPLE_LENGTH = 1000;
const SAMPLE_LETTERS = 400;

// Links, e-mail addresses, @handles and #tags carry no language; none of them
// contains a space, so whole whitespace-separated tokens are dropped. Cheaper
// than a pattern for each of them, which was the slowest step of detection.
// One pass: a token holding '@' or '#' or starting a link is skipped whole;
// otherwise the next word (letters, with inner apostrophes) is taken.
const WORD_OR_NOISE =
  /[^\s@#]*[@#]\S*|(?<!\S)[(["'“]*(?:https?:|www\.)\S*|(\p{L}+(?:['’`]\p{L}+)*)/gu;
const SCANDINAVIAN: readonly ScandinavianLanguage[] = ['da', 'no', 'sv'];

/**
 * ISO 639-1 code of the language a post is written in, among
 * DETECTABLE_LANGUAGES, or null when the post is too short, written in another
 * language, or could be more than one of them.
 */
export function detectLanguage(text: string): DetectableLanguage | null {
  const words = sampleWords(text);
  let letters = 0;
  for (const word of words) letters += word.length;
  if (letters < MIN_DETECTABLE_LETTERS) return null;
  // Scored against every Latin-script language the model knows, so that a
  // Finnish or French post is recognised as such instead of being forced onto
  // the nearest language we tell apart.
  const { totals } = scoreLanguages(words);
  let top = 0;
  for (let index = 1; index < totals.length; index += 1)
    if ((totals[index] as number) > (totals[top] as number)) top = index;
  const topScore = totals[top] as number;
  if (topScore === 0 || !isDetectable(MODEL_LANGUAGES[top] as string))
    return null;

  const probability = new Map<DetectableLanguage, number>();
  let total = 0;
  for (const language of DETECTABLE_LANGUAGES) {
    const evidence = (totals[MODEL_INDEX[language]] as number) - topScore;
    const likelihood = Math.exp(evidence / EVIDENCE_SCALE);
    probability.set(language, likelihood);
    total += likelihood;
  }
  for (const [language, value] of probability)
    probability.set(language, value / total);
  const scandinavianShare = SCANDINAVIAN.reduce(
    (sum, language) => sum + (probability.get(language) ?? 0),
    0,
  );
  // Only in a post that already reads as Scandinavian: German "der" is no Danish marker.
  if (scandinavianShare > 0.5) weighMarkers(words, probability);

  const [best, second] = [...probability].sort((a, b) => b[1] - a[1]);
  return best[1] - (second?.[1] ?? 0) >= MIN_MARGIN ? best[0] : null;
}

/** The lower-case words of the text's opening, without links, addresses, handles and tags. */
function sampleWords(text: string): string[] {
  const sample = text.slice(0, SAMPLE_LENGTH).normalize('NFC').toLowerCase();
  const words: string[] = [];
  let letters = 0;
  WORD_OR_NOISE.lastIndex = 0;
  for (
    let match = WORD_OR_NOISE.exec(sample);
    match !== null && letters < SAMPLE_LETTERS;
    match = WORD_OR_NOISE.exec(sample)
  ) {
    const word = match[1];
    if (word === undefined) continue;
    words.push(word);
    letters += word.length;
  }
  return words;
}

function weighMarkers(
  words: readonly string[],
  probability: Map<DetectableLanguage, number>,
): void {
  const counts: Record<ScandinavianLanguage, number> = { da: 0, no: 0, sv: 0 };
  for (const word of words) {
    for (const language of SCANDINAVIAN_MARKERS.get(word) ?? [])
      counts[language] += 1;
  }
  for (const language of SCANDINAVIAN) {
    const others = SCANDINAVIAN.filter((other) => other !== language).map(
      (other) => counts[other],
    );
    const lead = Math.max(
      -MAX_MARKER_LEAD,
      Math.min(MAX_MARKER_LEAD, counts[language] - Math.max(...others)),
    );
    probability.set(
      language,
      (probability.get(language) ?? 0) + MARKER_WEIGHT * lead,
    );
  }
}

const MODEL_INDEX = Object.fromEntries(
  DETECTABLE_LANGUAGES.map((language) => [
    language,
    MODEL_LANGUAGES.indexOf(language),
  ]),
) as Record<DetectableLanguage, number>;

function isDetectable(language: string): language is DetectableLanguage {
  return (DETECTABLE_LANGUAGES as readonly string[]).includes(language);
}
