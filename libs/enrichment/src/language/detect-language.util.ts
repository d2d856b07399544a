import { detectAll } from 'tinyld';
import { LINK_OR_HANDLE_SOURCE } from '../text/social-patterns.constant';
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
// Each marker word more for one Scandinavian language than for the others
// moves it by this much probability, at most MAX_MARKER_LEAD words' worth.
const MARKER_WEIGHT = 0.2;
const MAX_MARKER_LEAD = 3;
// Language shows in the first sentences; a whole article only costs time.
const SAMPLE_LENGTH = 2000;

const NOISE = new RegExp(
  String.raw`${LINK_OR_HANDLE_SOURCE}|#[\p{L}\p{N}_]+`,
  'gu',
);
const LETTER = /\p{L}/gu;
const LETTER_RUN = /\p{L}+/gu;
const SCANDINAVIAN: readonly ScandinavianLanguage[] = ['da', 'no', 'sv'];

/**
 * ISO 639-1 code of the language a post is written in, among
 * DETECTABLE_LANGUAGES, or null when the post is too short, written in another
 * language, or could be more than one of them.
 */
export function detectLanguage(text: string): DetectableLanguage | null {
  const sample = text
    .normalize('NFC')
    .replace(NOISE, ' ')
    .slice(0, SAMPLE_LENGTH);
  if ((sample.match(LETTER)?.length ?? 0) < MIN_DETECTABLE_LETTERS) return null;
  // Unrestricted, so that a Finnish or French post is recognised as such
  // instead of being forced onto the nearest language we know.
  const guesses = detectAll(sample);
  if (guesses.length === 0 || !isDetectable(guesses[0].lang)) return null;

  const probability = new Map<DetectableLanguage, number>(
    DETECTABLE_LANGUAGES.map((language) => [language, 0]),
  );
  let total = 0;
  for (const { lang, accuracy } of guesses) {
    if (!isDetectable(lang)) continue;
    probability.set(lang, accuracy);
    total += accuracy;
  }
  for (const [language, value] of probability)
    probability.set(language, value / total);
  const scandinavianShare = SCANDINAVIAN.reduce(
    (sum, language) => sum + (probability.get(language) ?? 0),
    0,
  );
  // Only in a post that already reads as Scandinavian: German "der" is no Danish marker.
  if (scandinavianShare > 0.5) weighMarkers(sample, probability);

  const [best, second] = [...probability].sort((a, b) => b[1] - a[1]);
  return best[1] - (second?.[1] ?? 0) >= MIN_MARGIN ? best[0] : null;
}

function weighMarkers(
  sample: string,
  probability: Map<DetectableLanguage, number>,
): void {
  const counts: Record<ScandinavianLanguage, number> = { da: 0, no: 0, sv: 0 };
  for (const word of sample.toLowerCase().match(LETTER_RUN) ?? []) {
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

function isDetectable(language: string): language is DetectableLanguage {
  return (DETECTABLE_LANGUAGES as readonly string[]).includes(language);
}
