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
  if (categories.length === 0) return tags;
  const known = new Set(tags);
  // A podcast repeats its keywords: a category read once says nothing new the second time.
  const read = new Set<string>();
  for (const category of categories) {
    if (read.has(category)) continue;
    read.add(category);
    const word = ONE_WORD.exec(category.trim())?.[1];
    if (!word || !HAS_LETTER.test(word)) continue;
    const tag = word.normalize('NFC').toLowerCase();
    if (known.has(tag)) continue;
    known.add(tag);
    tags.push(tag);
  }
  return tags;
}
