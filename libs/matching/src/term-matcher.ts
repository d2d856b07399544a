import type { QueryTerm, WordPattern } from './query-ast.types';
import type { Hit } from './match-document.types';
import type { PreparedDocument, TextField } from './prepared-document';

/**
 * One query term, compiled: a cheap yes/no for every topic, hits only for the
 * few that match. `test` is a function property, not a method, so that the
 * compiled query calls it directly without a lookup through five classes.
 */
export interface TermMatcher {
  readonly test: (document: PreparedDocument) => boolean;
  collectHits(document: PreparedDocument, term: string, hits: Hit[]): void;
}

export function termMatcher(term: QueryTerm): TermMatcher {
  switch (term.type) {
    case 'words': {
      const [first] = term.words;
      if (term.words.length === 1 && first) {
        return first.prefix
          ? new PrefixMatcher(first.key)
          : new WordMatcher(first.key);
      }
      return new PhraseMatcher(term.words);
    }
    case 'hashtag':
      return new HashtagMatcher(term.tag, term.prefix);
    case 'handle':
      return new HandleMatcher(term.user, term.instance);
  }
}

/** A whole word in title or text, or a hashtag equal to it. */
class WordMatcher implements TermMatcher {
  constructor(private readonly key: string) {}

  // A hashtag written in the text is a word there too: only listed ones need a look.
  readonly test = (document: PreparedDocument): boolean =>
    document.hasWord(this.key) ||
    (document.listedTags.size !== 0 && document.listedTags.has(this.key));

  collectHits(document: PreparedDocument, term: string, hits: Hit[]): void {
    collectWordHits(document, this.key, term, hits);
    collectListedHashtagHits(document, (tag) => tag === this.key, term, hits);
  }
}

/** A word, or a hashtag, starting with the prefix. */
class PrefixMatcher implements TermMatcher {
  constructor(private readonly prefix: string) {}

  readonly test = (document: PreparedDocument): boolean =>
    document.hasWordWithPrefix(this.prefix) ||
    document.hasListedTagWithPrefix(this.prefix);

  collectHits(document: PreparedDocument, term: string, hits: Hit[]): void {
    for (const key of document.wordsWithPrefix(this.prefix)) {
      collectWordHits(document, key, term, hits);
    }
    collectListedHashtagHits(
      document,
      (tag) => tag.startsWith(this.prefix),
      term,
      hits,
    );
  }
}

/** Words in sequence within one field, whatever separates them. */
class PhraseMatcher implements TermMatcher {
  /** The first word without `*`: only its occurrences can anchor a match. */
  private readonly anchor: number;
  private readonly anchorKey: string | null;

  constructor(private readonly words: WordPattern[]) {
    this.anchor = words.findIndex((word) => !word.prefix);
    this.anchorKey = words[this.anchor]?.key ?? null;
  }

  readonly test = (document: PreparedDocument): boolean =>
    this.nextMatch(document, -1) !== -1;

  collectHits(document: PreparedDocument, term: string, hits: Hit[]): void {
    const length = this.words.length;
    for (
      let first = this.nextMatch(document, -1);
      first !== -1;
      first = this.nextMatch(document, first)
    ) {
      const field = document.fieldOf(first);
      hits.push(
        textHit(
          document,
          term,
          field,
          document.starts[first],
          document.ends[first + length - 1],
        ),
      );
    }
  }

  /** Index of the first word of the next match starting after `after`, or -1. */
  private nextMatch(document: PreparedDocument, after: number): number {
    if (this.anchorKey === null) {
      for (let first = after + 1; first < document.keys.length; first++) {
        if (this.matchesAt(document, first)) return first;
      }
      return -1;
    }
    let index = document.firstIndexOf(this.anchorKey);
    while (index !== -1 && index - this.anchor <= after) {
      index = document.nextIndexOf(index);
    }
    for (; index !== -1; index = document.nextIndexOf(index)) {
      if (this.matchesAt(document, index - this.anchor)) {
        return index - this.anchor;
      }
    }
    return -1;
  }

  private matchesAt(document: PreparedDocument, first: number): boolean {
    const last = first + this.words.length - 1;
    if (first < 0 || last >= document.keys.length) return false;
    if (document.fieldOf(first) !== document.fieldOf(last)) return false;
    for (let offset = 0; offset < this.words.length; offset++) {
      const word = this.words[offset];
      const key = document.keys[first + offset];
      if (word.prefix ? !key.startsWith(word.key) : key !== word.key) {
        return false;
      }
    }
    return true;
  }
}

/** Only a hashtag: listed on the item or written in its title or text. */
class HashtagMatcher implements TermMatcher {
  constructor(
    private readonly tag: string,
    private readonly prefix: boolean,
  ) {}

  readonly test = (document: PreparedDocument): boolean =>
    this.prefix
      ? document.hasHashtagWithPrefix(this.tag)
      : document.hasHashtag(this.tag);

  collectHits(document: PreparedDocument, term: string, hits: Hit[]): void {
    const accepts = (tag: string) =>
      this.prefix ? tag.startsWith(this.tag) : tag === this.tag;
    for (const written of document.writtenHashtags) {
      if (accepts(written.tag)) {
        hits.push(
          textHit(document, term, written.field, written.start, written.end),
        );
      }
    }
    collectListedHashtagHits(document, accepts, term, hits);
  }
}

/** The author's handle or an @mention in title or text. */
class HandleMatcher implements TermMatcher {
  constructor(
    private readonly user: string,
    private readonly instance: string | null,
  ) {}

  readonly test = (document: PreparedDocument): boolean => {
    for (const handle of document.handles) {
      if (this.accepts(handle)) return true;
    }
    return false;
  };

  collectHits(document: PreparedDocument, term: string, hits: Hit[]): void {
    for (const handle of document.handles) {
      if (!this.accepts(handle)) continue;
      hits.push(
        handle.field === 'author'
          ? { term, field: 'author', start: handle.start, end: handle.end }
          : textHit(document, term, handle.field, handle.start, handle.end),
      );
    }
  }

  private accepts(handle: { user: string; instance: string | null }): boolean {
    return (
      handle.user === this.user &&
      (this.instance === null || handle.instance === this.instance)
    );
  }
}

function collectWordHits(
  document: PreparedDocument,
  key: string,
  term: string,
  hits: Hit[],
): void {
  for (
    let index = document.firstIndexOf(key);
    index !== -1;
    index = document.nextIndexOf(index)
  ) {
    hits.push(
      textHit(
        document,
        term,
        document.fieldOf(index),
        document.starts[index],
        document.ends[index],
      ),
    );
  }
}

/** A listed hashtag also written in title or text is already highlighted there. */
function collectListedHashtagHits(
  document: PreparedDocument,
  accepts: (tag: string) => boolean,
  term: string,
  hits: Hit[],
): void {
  for (const listed of document.listedHashtags) {
    if (accepts(listed.tag) && !document.isWrittenHashtag(listed.tag)) {
      hits.push({
        term,
        field: 'hashtags',
        start: listed.start,
        end: listed.end,
        index: listed.index,
      });
    }
  }
}

function textHit(
  document: PreparedDocument,
  term: string,
  field: TextField,
  start: number,
  end: number,
): Hit {
  return {
    term,
    field,
    start,
    end,
    snippet: document.snippet(field, start, end),
  };
}
