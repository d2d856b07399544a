import type { Mention } from '@lyt/contracts';
import {
  type CompiledQuery,
  compileQuery,
  type Hit,
  normaliseHashtag,
} from '@lyt/matching';

/** A run of a field's text, marked when a topic's term matched it. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

/** Where a mention's topics matched it, ready to render. */
export interface MentionHighlights {
  title: TextSegment[];
  text: TextSegment[];
  /** Indexes into `mention.hashtags`. */
  hashtags: ReadonlySet<number>;
  author: boolean;
}

const compiled = new Map<string, CompiledQuery | null>();
const CACHE_LIMIT = 500;

/**
 * The matched terms as one query (`novo OR "grøn omstilling" OR #dkbiz`),
 * compiled once per set of terms: the browser finds the places with the same
 * rules the server matched by (libs/matching). Null when there is nothing to
 * look for or the terms do not compile (never from a valid topic).
 */
function termsQuery(terms: readonly string[]): CompiledQuery | null {
  const key = terms.join('\n');
  if (compiled.has(key)) return compiled.get(key)!;
  let query: CompiledQuery | null = null;
  try {
    query = terms.length ? compileQuery(terms.join(' OR ')) : null;
  } catch {
    query = null;
  }
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(key, query);
  return query;
}

/** The matched terms of every topic, each once, in the order the topics name them. */
export function matchedTerms(mention: Pick<Mention, 'topics'>): string[] {
  return [...new Set(mention.topics.flatMap((topic) => topic.terms))];
}

/** Splits `source` at the hits' [start, end) ranges (merging overlaps) into marked and unmarked runs. */
export function segments(
  source: string,
  ranges: readonly { start: number; end: number }[],
): TextSegment[] {
  const sorted = [...ranges]
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const result: TextSegment[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) result.push({ text: source.slice(at, from), hit: false });
    result.push({ text: source.slice(from, end), hit: true });
    at = end;
  }
  if (at < source.length) result.push({ text: source.slice(at), hit: false });
  return result;
}

export function highlightMention(
  mention: Pick<Mention, 'title' | 'text' | 'hashtags' | 'author' | 'topics'>,
): MentionHighlights {
  const query = termsQuery(matchedTerms(mention));
  const hits: Hit[] = query ? query.match(mention).hits : [];
  const inField = (field: Hit['field']) =>
    hits.filter((hit) => hit.field === field);
  // A listed hashtag that is also written in the text hits only there; its chip is marked too.
  const written = [
    ...inField('title').map((hit) =>
      (mention.title ?? '').slice(hit.start, hit.end),
    ),
    ...inField('text').map((hit) => mention.text.slice(hit.start, hit.end)),
  ].flatMap((found) => {
    const tag = found.startsWith('#') ? normaliseHashtag(found) : null;
    return tag ? [tag] : [];
  });
  return {
    title: segments(mention.title ?? '', inField('title')),
    text: segments(mention.text, inField('text')),
    hashtags: new Set([
      ...inField('hashtags').flatMap((hit) =>
        hit.index === undefined ? [] : [hit.index],
      ),
      ...mention.hashtags.flatMap((tag, index) =>
        written.includes(tag) ? [index] : [],
      ),
    ]),
    author: inField('author').length > 0,
  };
}

/**
 * The segments from a little before the first hit, when it lies beyond
 * `visible` characters: a card that shows two lines still shows why the
 * mention matched. Cut at a space, with '…' where cut.
 */
export function fromFirstHit(
  parts: readonly TextSegment[],
  visible: number,
  context = 40,
): TextSegment[] {
  let offset = 0;
  for (const part of parts) {
    if (part.hit) break;
    offset += part.text.length;
  }
  const total = parts.reduce((sum, part) => sum + part.text.length, 0);
  if (offset <= visible || offset >= total) return [...parts];
  const full = parts.map((part) => part.text).join('');
  const space = full.lastIndexOf(' ', offset - context);
  const cut = space > 0 ? space + 1 : Math.max(0, offset - context);
  const result: TextSegment[] = [{ text: '…', hit: false }];
  let at = 0;
  for (const part of parts) {
    const end = at + part.text.length;
    if (end > cut)
      result.push({
        text: part.text.slice(Math.max(0, cut - at)),
        hit: part.hit,
      });
    at = end;
  }
  return result;
}
