import type { QueryNode } from './query-ast.types';
import { parseQuery } from './query-parser';
import { QuerySyntaxError } from './query-syntax.error';

/** The tree in prefix notation, terms as written: short enough for a table. */
function shape(node: QueryNode): string {
  switch (node.kind) {
    case 'term':
      return node.raw;
    case 'not':
      return `not(${shape(node.child)})`;
    case 'and':
    case 'or':
      return `${node.kind}(${node.children.map(shape).join(' ')})`;
  }
}

function errorOf(query: string): { message: string; position: number } | null {
  try {
    parseQuery(query);
    return null;
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    return { message: error.message, position: error.position };
  }
}

describe(parseQuery.name, () => {
  describe('precedence', () => {
    it.each([
      ['a b OR c', 'and(a or(b c))'],
      ['(a b) OR c', 'or(and(a b) c)'],
      ['a OR b c', 'and(or(a b) c)'],
      ['a OR b OR c d', 'and(or(a b c) d)'],
      ['x NOT a OR b', 'and(x or(not(a) b))'],
      ['x -a OR b', 'and(x or(not(a) b))'],
      ['a AND b OR c', 'and(a or(b c))'],
      ['a (b c) d', 'and(a b c d)'],
      ['a OR (b OR c)', 'or(a b c)'],
      ['a -(b OR c)', 'and(a not(or(b c)))'],
      ['a -"b c" -#d -@e', 'and(a not("b c") not(#d) not(@e))'],
      ['a|b c', 'and(or(a b) c)'],
      ['a || b', 'or(a b)'],
      ['NOT(a b) c', 'and(not(and(a b)) c)'],
      ['novo-nordisk a/s', 'and(novo-nordisk a/s)'],
      ['or not and', 'and(or not and)'],
      ['"OR" "NOT"', 'and("OR" "NOT")'],
      ['„novo nordisk“ –job “a b”', 'and(„novo nordisk“ not(job) “a b”)'],
    ])('reads %j as %s', (query, tree) => {
      expect(shape(parseQuery(query))).toBe(tree);
    });
  });

  describe('terms', () => {
    it.each([
      ['novo', { type: 'words', words: [{ key: 'novo', prefix: false }] }],
      [
        'Øresund*',
        { type: 'words', words: [{ key: 'øresund', prefix: true }] },
      ],
      [
        '"Novo  Nordisk"',
        {
          type: 'words',
          words: [
            { key: 'novo', prefix: false },
            { key: 'nordisk', prefix: false },
          ],
        },
      ],
      [
        '"novo nord*"',
        {
          type: 'words',
          words: [
            { key: 'novo', prefix: false },
            { key: 'nord', prefix: true },
          ],
        },
      ],
      [
        'A/S',
        {
          type: 'words',
          words: [
            { key: 'a', prefix: false },
            { key: 's', prefix: false },
          ],
        },
      ],
      [
        "LEGO's",
        {
          type: 'words',
          words: [
            { key: 'lego', prefix: false },
            { key: 's', prefix: false },
          ],
        },
      ],
      ['c++', { type: 'words', words: [{ key: 'c', prefix: false }] }],
      ['#DKbiz', { type: 'hashtag', tag: 'dkbiz', prefix: false }],
      [
        '#give_livet_videre',
        { type: 'hashtag', tag: 'give_livet_videre', prefix: false },
      ],
      ['#dk*', { type: 'hashtag', tag: 'dk', prefix: true }],
      ['@Novo', { type: 'handle', user: 'novo', instance: null }],
      [
        '@novo@X.social',
        { type: 'handle', user: 'novo', instance: 'x.social' },
      ],
      [
        '@novo.bsky.social',
        { type: 'handle', user: 'novo.bsky.social', instance: null },
      ],
    ])('reads %j', (query, term) => {
      expect(parseQuery(query)).toMatchObject({
        kind: 'term',
        raw: query,
        term,
      });
    });
  });

  describe('errors', () => {
    it.each([
      ['', 'empty query', 1],
      ['   ', 'empty query', 1],
      ['(novo', 'unbalanced parenthesis', 1],
      ['novo OR (lego', 'unbalanced parenthesis', 9],
      ['a (b (c)', 'unbalanced parenthesis', 3],
      ['novo lego)', 'unbalanced parenthesis', 10],
      ['a ) b', 'unbalanced parenthesis', 3],
      ['novo (', 'unbalanced parenthesis', 6],
      ['"novo nordisk', 'unterminated quote', 1],
      ['a "b', 'unterminated quote', 3],
      ['novo OR', 'dangling OR', 6],
      ['OR novo', 'dangling OR', 1],
      ['novo OR OR lego', 'dangling OR', 6],
      ['(novo OR) lego', 'dangling OR', 7],
      ['novo OR -', 'lone -', 9],
      ['novo |', 'dangling OR', 6],
      ['| novo', 'dangling OR', 1],
      ['a OR AND b', 'dangling OR', 3],
      ['novo AND', 'dangling AND', 6],
      ['AND novo', 'dangling AND', 1],
      ['a AND AND b', 'dangling AND', 3],
      ['a AND OR b', 'dangling AND', 3],
      ['novo NOT', 'dangling NOT', 6],
      ['novo NOT OR b', 'dangling NOT', 6],
      ['novo -', 'lone -', 6],
      ['novo - lego', 'lone -', 6],
      ['novo -)', 'lone -', 6],
      ['novo –', 'lone –', 6],
      ['novo ()', 'empty parentheses', 6],
      ['novo ( )', 'empty parentheses', 6],
      ['""', 'phrase without letters or digits', 1],
      ['novo "!?"', 'phrase without letters or digits', 6],
      ['novo ***', 'term without letters or digits', 6],
      ['#', 'empty hashtag', 1],
      ['novo #*', 'empty hashtag', 6],
      ['#2024', 'hashtag without a letter', 1],
      ['#novo-nordisk', 'invalid character in hashtag', 6],
      ['#novo.', 'invalid character in hashtag', 6],
      ['@', 'empty handle', 1],
      ['novo @', 'empty handle', 6],
      ['@novo.', 'invalid character in handle', 6],
      ['@novo@', 'invalid character in handle', 6],
      ['@@novo', 'invalid character in handle', 2],
      ['@novo@x@y', 'invalid character in handle', 8],
      ['@no!vo', 'invalid character in handle', 4],
      ['-novo', 'only exclusions, nothing to look for', 1],
      ['NOT novo -lego', 'only exclusions, nothing to look for', 1],
      ['-(novo lego)', 'only exclusions, nothing to look for', 1],
      ['NOT a OR b', 'OR alternative with only exclusions', 1],
      ['novo OR -job', 'OR alternative with only exclusions', 9],
      ['-job (novo OR -lego)', 'OR alternative with only exclusions', 15],
      ['--novo', 'double negation', 1],
      ['a NOT -b', 'double negation', 3],
      ['a -(-b)', 'double negation', 3],
      ['ø😀 (a', 'unbalanced parenthesis', 5],
      ['😀', 'term without letters or digits', 1],
    ])('rejects %j: %s at %i', (query, message, position) => {
      expect(errorOf(query)).toEqual({ message, position });
    });

    it('reports the first mistake in reading order', () => {
      expect(errorOf(') "unterminated')).toEqual({
        message: 'unbalanced parenthesis',
        position: 1,
      });
      expect(errorOf('"a ) b')).toEqual({
        message: 'unterminated quote',
        position: 1,
      });
    });
  });
});
