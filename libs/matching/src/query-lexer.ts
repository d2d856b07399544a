import { handleKey } from './handle.util';
import type { QueryTerm, WordPattern } from './query-ast.types';
import { QuerySyntaxError } from './query-syntax.error';
import { tokenizeWords, wordKey } from './text-tokenizer.util';

export type QueryToken =
  | { type: 'lparen' | 'rparen' | 'or' | 'and' | 'end'; position: number }
  /** `symbol` keeps how the exclusion was written, for the error message. */
  | { type: 'not'; symbol: 'NOT' | '-'; position: number }
  | { type: 'term'; term: QueryTerm; raw: string; position: number };

// Typographic quotes and dashes arrive by copy-paste from word processors;
// reading them as letters would silently turn a phrase into an AND or an
// exclusion into a requirement.
const QUOTES = new Set(['"', '“', '”', '„']);
const DASHES = new Set(['-', '–', '−']);
const SPACE = /\s/u;
const HASHTAG_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const HANDLE_CHAR = /[\p{L}\p{N}\p{M}_.-]/u;
const HANDLE_EDGE_CHAR = /[\p{L}\p{N}\p{M}_]/u;
const LETTER = /\p{L}/u;
const KEYWORDS = { OR: 'or', AND: 'and' } as const;

/** Reads tokens on demand, so the parser reports whichever error comes first in the query. */
export class QueryLexer {
  private offset = 0;
  private lookahead: QueryToken | null = null;

  constructor(private readonly query: string) {}

  peek(): QueryToken {
    this.lookahead ??= this.read();
    return this.lookahead;
  }

  next(): QueryToken {
    const token = this.peek();
    this.lookahead = null;
    return token;
  }

  private read(): QueryToken {
    const query = this.query;
    while (
      this.offset < query.length &&
      SPACE.test(query.charAt(this.offset))
    ) {
      this.offset++;
    }
    const start = this.offset;
    const position = start + 1;
    if (start >= query.length) return { type: 'end', position };
    const char = query.charAt(start);
    if (char === '(' || char === ')') {
      this.offset++;
      return { type: char === '(' ? 'lparen' : 'rparen', position };
    }
    if (char === '|') {
      this.offset += query.startsWith('||', start) ? 2 : 1;
      return { type: 'or', position };
    }
    if (QUOTES.has(char)) return this.readPhrase(start);
    if (DASHES.has(char)) {
      const following = query.charAt(start + 1);
      if (
        following === '' ||
        SPACE.test(following) ||
        following === ')' ||
        following === '|'
      ) {
        throw new QuerySyntaxError(`lone ${char}`, position);
      }
      this.offset++;
      return { type: 'not', symbol: '-', position };
    }
    return this.readBare(start);
  }

  private readPhrase(start: number): QueryToken {
    let close = start + 1;
    while (close < this.query.length && !QUOTES.has(this.query.charAt(close))) {
      close++;
    }
    if (close >= this.query.length) {
      throw new QuerySyntaxError('unterminated quote', start + 1);
    }
    this.offset = close + 1;
    const words = wordPatterns(this.query.slice(start + 1, close));
    if (words.length === 0) {
      throw new QuerySyntaxError('phrase without letters or digits', start + 1);
    }
    return {
      type: 'term',
      term: { type: 'words', words },
      raw: this.query.slice(start, close + 1),
      position: start + 1,
    };
  }

  private readBare(start: number): QueryToken {
    let end = start;
    while (end < this.query.length && !endsBareTerm(this.query.charAt(end))) {
      end++;
    }
    this.offset = end;
    const raw = this.query.slice(start, end);
    const position = start + 1;
    if (raw === 'NOT') return { type: 'not', symbol: 'NOT', position };
    if (raw === 'OR' || raw === 'AND') return { type: KEYWORDS[raw], position };
    const term = raw.startsWith('#')
      ? hashtagTerm(raw, position)
      : raw.startsWith('@')
        ? handleTerm(raw, position)
        : wordsTerm(raw, position);
    return { type: 'term', term, raw, position };
  }
}

function endsBareTerm(char: string): boolean {
  return (
    SPACE.test(char) ||
    char === '(' ||
    char === ')' ||
    char === '|' ||
    QUOTES.has(char)
  );
}

/** Words of a term or phrase; a word directly followed by `*` is a prefix. */
function wordPatterns(source: string): WordPattern[] {
  return tokenizeWords(source).map((word) => ({
    key: word.key,
    prefix: source.charAt(word.end) === '*',
  }));
}

function wordsTerm(raw: string, position: number): QueryTerm {
  const words = wordPatterns(raw);
  if (words.length === 0) {
    throw new QuerySyntaxError('term without letters or digits', position);
  }
  return { type: 'words', words };
}

function hashtagTerm(raw: string, position: number): QueryTerm {
  const prefix = raw.length > 1 && raw.endsWith('*');
  const body = raw.slice(1, prefix ? -1 : undefined);
  if (body === '') throw new QuerySyntaxError('empty hashtag', position);
  const invalid = firstMismatch(body, HASHTAG_CHAR);
  if (invalid >= 0) {
    throw new QuerySyntaxError(
      'invalid character in hashtag',
      position + 1 + invalid,
    );
  }
  if (!LETTER.test(body)) {
    throw new QuerySyntaxError('hashtag without a letter', position);
  }
  return { type: 'hashtag', tag: wordKey(body), prefix };
}

function handleTerm(raw: string, position: number): QueryTerm {
  const body = raw.slice(1);
  if (body === '') throw new QuerySyntaxError('empty handle', position);
  const at = body.indexOf('@');
  const user = at < 0 ? body : body.slice(0, at);
  const instance = at < 0 ? null : body.slice(at + 1);
  checkHandlePart(user, position + 1);
  // A trailing '@' promised an instance: that '@' is the mistake.
  if (instance === '') {
    throw new QuerySyntaxError(
      'invalid character in handle',
      position + 1 + at,
    );
  }
  if (instance !== null) checkHandlePart(instance, position + 2 + at);
  return {
    type: 'handle',
    user: handleKey(user),
    instance: instance === null ? null : handleKey(instance),
  };
}

/** `position` is where `part` starts in the query; an empty part fails at that position. */
function checkHandlePart(part: string, position: number): void {
  const invalid = firstMismatch(part, HANDLE_CHAR);
  if (invalid >= 0) {
    throw new QuerySyntaxError(
      'invalid character in handle',
      position + invalid,
    );
  }
  const last = part.length - 1;
  if (!HANDLE_EDGE_CHAR.test(part.charAt(0))) {
    throw new QuerySyntaxError('invalid character in handle', position);
  }
  if (!HANDLE_EDGE_CHAR.test(part.charAt(last))) {
    throw new QuerySyntaxError('invalid character in handle', position + last);
  }
}

/** UTF-16 offset of the first code point not matching `allowed`, or -1. */
function firstMismatch(source: string, allowed: RegExp): number {
  let offset = 0;
  for (const char of source) {
    if (!allowed.test(char)) return offset;
    offset += char.length;
  }
  return -1;
}
