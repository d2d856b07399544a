/** One word of a term; `prefix` when written with a trailing `*`. */
export interface WordPattern {
  key: string;
  prefix: boolean;
}

export type QueryTerm =
  /** A word, a prefix or a phrase: words in sequence within title or text. */
  | { type: 'words'; words: WordPattern[] }
  | { type: 'hashtag'; tag: string; prefix: boolean }
  /** `instance` null matches the user on any instance. */
  | { type: 'handle'; user: string; instance: string | null };

/** Positions are 1-based offsets into the query, for error messages. */
export type QueryNode =
  | { kind: 'term'; term: QueryTerm; raw: string; position: number }
  | { kind: 'and'; children: QueryNode[]; position: number }
  | { kind: 'or'; children: QueryNode[]; position: number }
  | { kind: 'not'; child: QueryNode; position: number };
