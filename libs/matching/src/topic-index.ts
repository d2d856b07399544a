import type { CompiledQuery } from './compiled-query';
import type { Hit, MatchDocument } from './match-document.types';
import { asPrepared, type PreparedDocument } from './prepared-document';
import type { QueryTrigger } from './query-trigger';

export interface TopicMatch<T> {
  topic: T;
  hits: Hit[];
}

/**
 * Many topics, matched at once. Each topic is filed under its triggers (see
 * CompiledQuery.triggers), so a document is evaluated only against the topics
 * it could match: the cost per document follows its words, not the number of
 * topics. Answers are exactly those of testing every topic one by one.
 */
export class TopicIndex<T> {
  private readonly topics: T[] = [];
  private readonly queries: CompiledQuery[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  /**
   * Prefixes by their first character: one pass over the document's words
   * finds the prefixes present, without sorting the words first.
   */
  private readonly prefixesByInitial = new Map<string, string[]>();
  private readonly byTag = new Map<string, number[]>();
  private readonly byTagPrefix = new Map<string, number[]>();
  private readonly byHandle = new Map<string, number[]>();
  /** Per topic, the last document it became a candidate for: dedupes without a Set per document. */
  private readonly seenAt: Int32Array;
  private documentCount = 0;

  constructor(entries: Iterable<readonly [topic: T, query: CompiledQuery]>) {
    for (const [topic, query] of entries) {
      const position = this.topics.length;
      this.topics.push(topic);
      this.queries.push(query);
      for (const trigger of query.triggers) {
        const filed = this.filedBy(trigger.kind);
        const positions = filed.get(trigger.key);
        if (positions === undefined) {
          filed.set(trigger.key, [position]);
        } else if (positions[positions.length - 1] !== position) {
          positions.push(position);
        }
      }
    }
    for (const prefix of this.byPrefix.keys()) {
      const initial = prefix.charAt(0);
      const prefixes = this.prefixesByInitial.get(initial);
      if (prefixes) prefixes.push(prefix);
      else this.prefixesByInitial.set(initial, [prefix]);
    }
    this.seenAt = new Int32Array(this.topics.length).fill(-1);
  }

  get size(): number {
    return this.topics.length;
  }

  /** The topics the document matches, in the order they were given. */
  test(document: MatchDocument | PreparedDocument): T[] {
    const prepared = asPrepared(document);
    return this.candidates(prepared)
      .filter((position) => this.queries[position].test(prepared))
      .map((position) => this.topics[position]);
  }

  /** The topics the document matches, each with its hits, in the order they were given. */
  match(document: MatchDocument | PreparedDocument): TopicMatch<T>[] {
    const prepared = asPrepared(document);
    const matches: TopicMatch<T>[] = [];
    for (const position of this.candidates(prepared)) {
      const { matched, hits } = this.queries[position].match(prepared);
      if (matched) matches.push({ topic: this.topics[position], hits });
    }
    return matches;
  }

  private addPrefixesOf(
    word: string,
    add: (positions: number[] | undefined) => void,
  ): void {
    const prefixes = this.prefixesByInitial.get(word.charAt(0));
    if (prefixes === undefined) return;
    for (const prefix of prefixes) {
      if (word.startsWith(prefix)) add(this.byPrefix.get(prefix));
    }
  }

  private filedBy(kind: QueryTrigger['kind']): Map<string, number[]> {
    switch (kind) {
      case 'word':
        return this.byWord;
      case 'prefix':
        return this.byPrefix;
      case 'tag':
        return this.byTag;
      case 'tagPrefix':
        return this.byTagPrefix;
      case 'handle':
        return this.byHandle;
    }
  }

  private candidates(document: PreparedDocument): number[] {
    // Stamps count documents; start over before the counter overflows.
    if (this.documentCount === 0x7fffffff) {
      this.documentCount = 0;
      this.seenAt.fill(-1);
    }
    const stamp = this.documentCount++;
    const found: number[] = [];
    const add = (positions: number[] | undefined): void => {
      if (positions === undefined) return;
      for (const position of positions) {
        if (this.seenAt[position] === stamp) continue;
        this.seenAt[position] = stamp;
        found.push(position);
      }
    };

    const checkPrefixes = this.prefixesByInitial.size !== 0;
    for (const word of document.distinctWords()) {
      add(this.byWord.get(word));
      if (checkPrefixes) this.addPrefixesOf(word, add);
    }
    for (const tag of document.listedTags) {
      add(this.byWord.get(tag));
      add(this.byTag.get(tag));
      if (checkPrefixes) this.addPrefixesOf(tag, add);
    }
    // Written hashtags and handles are found only when some topic needs them.
    if (this.byTag.size !== 0) {
      for (const written of document.writtenHashtags) {
        add(this.byTag.get(written.tag));
      }
    }
    if (this.byHandle.size !== 0) {
      for (const handle of document.handles) {
        add(this.byHandle.get(handle.user));
      }
    }
    for (const [prefix, positions] of this.byTagPrefix) {
      if (document.hasHashtagWithPrefix(prefix)) add(positions);
    }
    return found.sort((a, b) => a - b);
  }
}

/** Files the topics for matching many at once; build it again when a topic changes. */
export function indexTopics<T>(
  entries: Iterable<readonly [topic: T, query: CompiledQuery]>,
): TopicIndex<T> {
  return new TopicIndex(entries);
}
