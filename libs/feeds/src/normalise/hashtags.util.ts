import { extractHashtags } from '@lyt/matching';

// The hashtag rule is the query language's too: one definition, in libs/matching.
export { extractHashtags };

const HAS_LETTER = /\p{L}/u;
const ONE_WORD = /^#?([\p{L}\p{M}\p{N}_]+)$/u;

/**
 * Hashtags from the text first, then from categories or tags that are one word (with or without
 * a leading '#'); "Danish business" or "C++" is a category, not a hashtag.
 */
export function collectHashtags(
  text: string,
  categories: readonly string[],
): string[] {
  const tags = extractHashtags(text);
  for (const category of categories) {
    const word = ONE_WORD.exec(category.trim())?.[1];
    if (word) addHashtag(tags, word);
  }
  return tags;
}

function addHashtag(tags: string[], word: string): void {
  if (!HAS_LETTER.test(word)) return;
  const tag = word.normalize('NFC').toLowerCase();
  if (!tags.includes(tag)) tags.push(tag);
}
