import { findHashtags, hashtagKey } from './hashtag.util';
import {
  findAuthorHandles,
  findMentions,
  type HandleSpan,
} from './handle.util';
import type { MatchDocument } from './match-document.types';
import { needsCollapsing, snippetAround } from './snippet.util';
import { appendWords } from './text-tokenizer.util';

export type TextField = 'title' | 'text';

export interface WrittenHashtag {
  tag: string;
  field: TextField;
  start: number;
  end: number;
}

export interface ListedHashtag {
  tag: string;
  index: number;
  start: number;
  end: number;
}

export interface FoundHandle extends HandleSpan {
  field: TextField | 'author';
}

/**
 * A document tokenised once, to be matched against any number of topics.
 * Build it with `prepareDocument`; its members serve the matchers.
 *
 * Only the words are indexed up front. Everything else is built the first time
 * a topic asks, because most topics fail on their first word and never do.
 */
export class PreparedDocument {
  readonly title: string;
  readonly text: string;
  readonly author: string;
  /** Word keys of the title, then of the text, with their offsets in that field. */
  readonly keys: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Index of the first text word: a phrase never runs from the title into the text. */
  readonly textStart: number;
  /**
   * Hashtags listed on the item, lower-cased. Written hashtags are words too,
   * so word and prefix terms need only these; `#tag` terms use `hasHashtag`.
   */
  readonly listedTags: ReadonlySet<string>;
  readonly listedHashtags: ListedHashtag[] = [];
  private readonly firstByKey = new Map<string, number>();
  private sortedKeys: string[] | null = null;
  private written: WrittenHashtag[] | null = null;
  private writtenTagSet: Set<string> | null = null;
  private foundHandles: FoundHandle[] | null = null;
  private readonly collapse: Partial<Record<TextField, boolean>> = {};

  constructor(document: MatchDocument) {
    this.title = document.title ?? '';
    this.text = document.text;
    this.author = document.author ?? '';
    appendWords(this.title, this);
    this.textStart = this.keys.length;
    appendWords(this.text, this);
    for (let index = 0; index < this.keys.length; index++) {
      const key = this.keys[index];
      if (!this.firstByKey.has(key)) this.firstByKey.set(key, index);
    }
    const listedTags = new Set<string>();
    (document.hashtags ?? []).forEach((listed, index) => {
      const { tag, start, end } = hashtagKey(listed);
      if (tag === '') return;
      this.listedHashtags.push({ tag, index, start, end });
      listedTags.add(tag);
    });
    this.listedTags = listedTags;
  }

  fieldOf(index: number): TextField {
    return index < this.textStart ? 'title' : 'text';
  }

  source(field: TextField): string {
    return field === 'title' ? this.title : this.text;
  }

  /** The hit in a little context; the field's spacing is checked once, not per hit. */
  snippet(field: TextField, start: number, end: number): string {
    const source = this.source(field);
    const collapse = (this.collapse[field] ??= needsCollapsing(source));
    return snippetAround(source, start, end, { collapse });
  }

  hasWord(key: string): boolean {
    return this.firstByKey.has(key);
  }

  /** Index of the first word equal to `key`, or -1; continue with `nextIndexOf`. */
  firstIndexOf(key: string): number {
    return this.firstByKey.get(key) ?? -1;
  }

  /** Index of the next word equal to the one at `index`, or -1. */
  nextIndexOf(index: number): number {
    const key = this.keys[index];
    for (let next = index + 1; next < this.keys.length; next++) {
      if (this.keys[next] === key) return next;
    }
    return -1;
  }

  hasWordWithPrefix(prefix: string): boolean {
    const keys = this.sorted();
    const at = lowerBound(keys, prefix);
    return at < keys.length && keys[at].startsWith(prefix);
  }

  /** The distinct words starting with `prefix`. */
  wordsWithPrefix(prefix: string): string[] {
    const keys = this.sorted();
    const found: string[] = [];
    for (
      let at = lowerBound(keys, prefix);
      at < keys.length && keys[at].startsWith(prefix);
      at++
    ) {
      found.push(keys[at]);
    }
    return found;
  }

  /** Hashtags written in title and text, in reading order. */
  get writtenHashtags(): WrittenHashtag[] {
    if (this.written === null) {
      this.written = [];
      for (const field of ['title', 'text'] as const) {
        for (const span of findHashtags(this[field])) {
          this.written.push({ ...span, field });
        }
      }
    }
    return this.written;
  }

  isWrittenHashtag(tag: string): boolean {
    this.writtenTagSet ??= new Set(
      this.writtenHashtags.map((written) => written.tag),
    );
    return this.writtenTagSet.has(tag);
  }

  /** Whether the hashtag is listed on the item or written in it. */
  hasHashtag(tag: string): boolean {
    return this.listedTags.has(tag) || this.isWrittenHashtag(tag);
  }

  hasListedTagWithPrefix(prefix: string): boolean {
    if (this.listedTags.size === 0) return false;
    for (const tag of this.listedTags) if (tag.startsWith(prefix)) return true;
    return false;
  }

  hasHashtagWithPrefix(prefix: string): boolean {
    if (this.hasListedTagWithPrefix(prefix)) return true;
    for (const written of this.writtenHashtags) {
      if (written.tag.startsWith(prefix)) return true;
    }
    return false;
  }

  /** Handles of the author and @mentions in title and text. */
  get handles(): FoundHandle[] {
    if (this.foundHandles === null) {
      this.foundHandles = [];
      for (const field of ['title', 'text'] as const) {
        for (const span of findMentions(this[field])) {
          this.foundHandles.push({ ...span, field });
        }
      }
      for (const span of findAuthorHandles(this.author)) {
        this.foundHandles.push({ ...span, field: 'author' });
      }
    }
    return this.foundHandles;
  }

  /** Each distinct word once, in no particular order. */
  distinctWords(): IterableIterator<string> {
    return this.firstByKey.keys();
  }

  private sorted(): string[] {
    this.sortedKeys ??= Array.from(this.firstByKey.keys()).sort();
    return this.sortedKeys;
  }
}

/** Tokenise a document once, then match it against every topic. */
export function prepareDocument(document: MatchDocument): PreparedDocument {
  return new PreparedDocument(document);
}

export function asPrepared(
  document: MatchDocument | PreparedDocument,
): PreparedDocument {
  return document instanceof PreparedDocument
    ? document
    : new PreparedDocument(document);
}

function lowerBound(sorted: string[], target: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
