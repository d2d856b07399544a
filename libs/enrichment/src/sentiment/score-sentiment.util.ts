import type { Sentiment, SentimentLabel } from '@lyt/contracts';
import {
  sentimentLexicon,
  type AfinnLexicon,
  type AfinnPhrase,
} from '../lexicons/afinn-lexicon.util';
import { languageCode } from '../language/language-tag.util';
import { tokenize, type Token } from '../text/tokenize.util';
import { EMOJI_VALENCE } from './emoji-valence.constant';
import {
  ENGLISH_PROFILE,
  SCANDINAVIAN_PROFILE,
  type SentimentProfile,
} from './sentiment-profile.constant';

/**
 * |score| below this is neutral. VADER's published cut-off: with the
 * normalisation below, any single lexicon word clears it (|1| → 0.25, a negated
 * |1| → 0.19), while mixed posts whose words cancel out stay neutral.
 */
export const SENTIMENT_NEUTRAL_THRESHOLD = 0.05;

// VADER's constants (Hutto & Gilbert 2014), which fit AFINN's −5…5 scale: a
// negation flips and damps ("not bad" is mildly positive), an intensifier adds
// a little, and the part after "but" outweighs the part before it.
const NEGATION_SCALAR = -0.74;
const INTENSIFIER_BOOST = 0.293;
const NEGATION_WINDOW = 3;
const BEFORE_CONTRAST = 0.5;
const AFTER_CONTRAST = 1.5;
// sum / sqrt(sum² + alpha) maps any sum into −1…1 without dividing by the
// length of the post, so one clear word in a long text still registers.
const NORMALISATION_ALPHA = 15;

// Norwegian and Swedish have no AFINN list; Bokmål shares most of its
// sentiment vocabulary with Danish, Swedish less, so recall drops but signs hold.
const PROFILE_BY_LANGUAGE: ReadonlyMap<string, SentimentProfile> = new Map([
  ['da', SCANDINAVIAN_PROFILE],
  ['no', SCANDINAVIAN_PROFILE],
  ['nb', SCANDINAVIAN_PROFILE],
  ['nn', SCANDINAVIAN_PROFILE],
  ['sv', SCANDINAVIAN_PROFILE],
  ['en', ENGLISH_PROFILE],
]);

interface Hit {
  /** Token range [start, end) the entry covers. */
  readonly start: number;
  readonly end: number;
  readonly valence: number;
  readonly fromLexicon: boolean;
}

interface Analysis {
  readonly sum: number;
  /** Lexicon words with a valence, emoji not counted: how well the lexicon fits the post. */
  readonly lexiconHits: number;
}

/**
 * AFINN sentiment of a post in −1…1 with a label.
 *
 * `language` picks the lexicon: Danish for da, no/nb/nn and sv, English for en.
 * Unknown (null) scores with both and keeps the one that recognises more words
 * (Danish on a tie: Lyt's posts are mostly Danish). Any other language has no
 * lexicon here, so only its emoji count.
 */
export function scoreSentiment(
  text: string,
  language: string | null,
): Sentiment {
  const tokens = tokenize(text);
  const code = languageCode(language);
  if (code === null) {
    const danish = analyse(tokens, SCANDINAVIAN_PROFILE);
    const english = analyse(tokens, ENGLISH_PROFILE);
    return toSentiment(
      english.lexiconHits > danish.lexiconHits ? english.sum : danish.sum,
    );
  }
  return toSentiment(
    analyse(tokens, PROFILE_BY_LANGUAGE.get(code) ?? null).sum,
  );
}

function toSentiment(sum: number): Sentiment {
  const score =
    Math.round((sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA)) * 1000) /
      1000 || 0;
  return { score, label: labelOf(score) };
}

function labelOf(score: number): SentimentLabel {
  if (score >= SENTIMENT_NEUTRAL_THRESHOLD) return 'positive';
  if (score <= -SENTIMENT_NEUTRAL_THRESHOLD) return 'negative';
  return 'neutral';
}

function analyse(
  tokens: readonly Token[],
  profile: SentimentProfile | null,
): Analysis {
  const hits = findHits(tokens, profile);
  const lastContrast =
    profile === null
      ? new Map<number, number>()
      : lastContrastBySentence(tokens, profile);
  let sum = 0;
  let lexiconHits = 0;
  hits.forEach((hit, index) => {
    const next = hits[index + 1];
    // An intensifier that is also a lexicon word ("pisse", "super", "pretty")
    // only amplifies the word after it.
    if (
      profile !== null &&
      next !== undefined &&
      amplifies(hit, next, tokens, profile)
    )
      return;
    let valence = hit.valence;
    if (profile !== null && hit.fromLexicon) {
      valence = intensified(valence, hit, tokens, profile);
      if (isNegated(hit, hits, index, tokens, profile))
        valence *= NEGATION_SCALAR;
      if (valence !== 0) lexiconHits += 1;
    }
    const contrastAt = lastContrast.get(tokens[hit.start].sentence);
    if (contrastAt !== undefined)
      valence *= hit.start < contrastAt ? BEFORE_CONTRAST : AFTER_CONTRAST;
    sum += valence;
  });
  return { sum, lexiconHits };
}

function findHits(
  tokens: readonly Token[],
  profile: SentimentProfile | null,
): Hit[] {
  const lexicon = profile === null ? null : sentimentLexicon(profile.lexicon);
  const hits: Hit[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token.kind === 'emoji') {
      const valence = EMOJI_VALENCE.get(token.text);
      if (valence !== undefined)
        hits.push({ start: i, end: i + 1, valence, fromLexicon: false });
      i += 1;
      continue;
    }
    if (lexicon === null || profile === null) {
      i += 1;
      continue;
    }
    // Longest phrase first: "does not work" before "not", "ikke god" before "god".
    const phrase = matchPhrase(tokens, i, lexicon);
    if (phrase !== null) {
      hits.push({
        start: i,
        end: i + phrase.tokens.length,
        valence: phrase.valence,
        fromLexicon: true,
      });
      i += phrase.tokens.length;
      continue;
    }
    const valence = lexicon.words.get(token.text);
    // English "no" is itself a (−1) lexicon word; as a negator it only flips.
    if (
      valence !== undefined &&
      valence !== 0 &&
      !isNegator(token.text, profile)
    ) {
      hits.push({ start: i, end: i + 1, valence, fromLexicon: true });
    }
    i += 1;
  }
  return hits;
}

function matchPhrase(
  tokens: readonly Token[],
  start: number,
  lexicon: AfinnLexicon,
): AfinnPhrase | null {
  const candidates = lexicon.phrases.get(tokens[start].text);
  if (candidates === undefined) return null;
  const clause = tokens[start].clause;
  return (
    candidates.find((phrase) =>
      phrase.tokens.every((text, offset) => {
        const token = tokens[start + offset];
        return (
          token !== undefined &&
          token.kind === 'word' &&
          token.clause === clause &&
          token.text === text
        );
      }),
    ) ?? null
  );
}

function amplifies(
  hit: Hit,
  next: Hit,
  tokens: readonly Token[],
  profile: SentimentProfile,
): boolean {
  return (
    next.fromLexicon &&
    hit.end - hit.start === 1 &&
    hit.end === next.start &&
    tokens[hit.start].clause === tokens[next.start].clause &&
    profile.intensifiers.has(tokens[hit.start].text)
  );
}

function intensified(
  valence: number,
  hit: Hit,
  tokens: readonly Token[],
  profile: SentimentProfile,
): number {
  const before = tokens[hit.start - 1];
  if (before === undefined || before.clause !== tokens[hit.start].clause)
    return valence;
  return profile.intensifiers.has(before.text)
    ? valence + Math.sign(valence) * INTENSIFIER_BOOST
    : valence;
}

function isNegated(
  hit: Hit,
  hits: readonly Hit[],
  index: number,
  tokens: readonly Token[],
  profile: SentimentProfile,
): boolean {
  const clause = tokens[hit.start].clause;
  for (
    let j = hit.start - 1;
    j >= Math.max(0, hit.start - NEGATION_WINDOW);
    j -= 1
  ) {
    const token = tokens[j];
    if (token.clause !== clause || profile.contrasts.has(token.text)) break;
    if (negates(j, tokens, profile)) return true;
  }
  const after = tokens[hit.end];
  if (
    after === undefined ||
    after.clause !== clause ||
    !profile.trailingNegators.has(after.text)
  )
    return false;
  if (profile.negationBreakers.has(tokens[hit.end + 1]?.text ?? ''))
    return false;
  // "Maden er ikke god": a lexicon word after the negator is what it negates.
  const nextWord = hits.slice(index + 1).find((other) => other.fromLexicon);
  return (
    nextWord === undefined ||
    nextWord.start > hit.end + NEGATION_WINDOW ||
    tokens[nextWord.start].clause !== clause
  );
}

function negates(
  index: number,
  tokens: readonly Token[],
  profile: SentimentProfile,
): boolean {
  const token = tokens[index];
  if (token.kind !== 'word' || !isNegator(token.text, profile)) return false;
  return !profile.negationBreakers.has(tokens[index + 1]?.text ?? '');
}

function isNegator(word: string, profile: SentimentProfile): boolean {
  return (
    profile.negators.has(word) ||
    (profile.negatorSuffix !== null && word.endsWith(profile.negatorSuffix))
  );
}

function lastContrastBySentence(
  tokens: readonly Token[],
  profile: SentimentProfile,
): Map<number, number> {
  const last = new Map<number, number>();
  tokens.forEach((token, index) => {
    if (token.kind === 'word' && profile.contrasts.has(token.text))
      last.set(token.sentence, index);
  });
  return last;
}
