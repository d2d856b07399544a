import type { AccountStyle } from '@lyt/contracts';

const word = (alternatives: string, flags = 'iu') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);

/** A word in lower case or capitalised, not in capitals: "us" and "Us", not "US"; "os", not "OS". */
const capitalised = (words: string[]) =>
  words
    .map((text) => `[${text[0]}${text[0]!.toUpperCase()}]${text.slice(1)}`)
    .join('|');

/**
 * Danish and English first person, and the pronoun "I". "min" after a
 * number is minutes ("5 min"), not "my".
 */
const FIRST_PERSON = word(
  `${capitalised(['jeg', 'mig', 'mit', 'mine', 'vi', 'os', 'vores', 'we', 'me', 'us', 'my', 'our', 'ours', 'myself', 'ourselves'])}|(?<!\\d\\s?)[mM]in`,
  'u',
);
/**
 * "I" counts in both languages: in English it is the writer, in Danish
 * "you" (plural) — the reader addressed, a personal voice either way. Only a
 * capital: a small "i" is Danish "in". In a Danish post a capital "I" that
 * starts a sentence is as likely to be "In" ("I morgen …"), so it counts only
 * inside a sentence there.
 */
const CAPITAL_I = word("I(?:'m|'ve|'d|'ll)?", 'u');
const CAPITAL_I_INSIDE_SENTENCE = new RegExp(
  `(?<![.!?:]\\s*|^\\s*|\\n\\s*)${CAPITAL_I.source}`,
  'u',
);
const EMOJI = /\p{Extended_Pictographic}/u;
const HUMOUR_WORDS = word(
  'ha(?:ha)+|he(?:he)+|hi(?:hi)+|lol|lmao|rofl|jk|for sjov|just kidding|pjat|spøg|joke|sjovt',
);
const HUMOUR_SIGNS = /😂|🤣|😄|😆|😅|😜|😝|🙃|😉|;-?\)|:-?D\b|\bxD\b/u;

export interface PostSignals {
  firstPerson: boolean;
  question: boolean;
  exclamation: boolean;
  emoji: boolean;
  humour: boolean;
}

/** The style traits one post shows: the evidence behind "formal, personal, humorous?". */
export function postSignals(
  text: string,
  language: string | null = null,
): PostSignals {
  return {
    firstPerson:
      FIRST_PERSON.test(text) ||
      (language === 'da' ? CAPITAL_I_INSIDE_SENTENCE : CAPITAL_I).test(text),
    question: text.includes('?'),
    exclamation: text.includes('!'),
    emoji: EMOJI.test(text),
    humour: HUMOUR_WORDS.test(text) || HUMOUR_SIGNS.test(text),
  };
}

/** Shares (0–1) of the posts that show each trait; null without posts. */
export function styleOf(
  posts: { text: string; language: string | null }[],
): AccountStyle | null {
  if (posts.length === 0) return null;
  const signals = posts.map((post) => postSignals(post.text, post.language));
  const share = (key: keyof PostSignals) =>
    Math.round(
      (signals.filter((signal) => signal[key]).length / posts.length) * 1000,
    ) / 1000;
  return {
    firstPerson: share('firstPerson'),
    questions: share('question'),
    exclamations: share('exclamation'),
    emoji: share('emoji'),
    humour: share('humour'),
  };
}
