import type { QueryNode, QueryTerm } from './query-ast.types';
import { findsSomething } from './query-parser';

/**
 * Something a document must contain for a query to have any chance: a word, a
 * word prefix, a hashtag, a hashtag prefix or a handle. A word trigger also
 * fires on a listed hashtag equal to it, as word terms match those too.
 */
export type QueryTrigger =
  | { kind: 'word'; key: string }
  | { kind: 'prefix'; key: string }
  | { kind: 'tag'; key: string }
  | { kind: 'tagPrefix'; key: string }
  | { kind: 'handle'; key: string };

/** A prefix has to be checked against every document, a word is one lookup. */
const PREFIX_COST = 4;

/**
 * Triggers such that any document the query matches fires at least one of
 * them. Defined for queries the parser accepts, which always find something:
 * an AND needs only one of its positive operands, an OR needs all alternatives.
 */
export function queryTriggers(node: QueryNode): QueryTrigger[] {
  switch (node.kind) {
    case 'term':
      return [termTrigger(node.term)];
    case 'or':
      return node.children.flatMap(queryTriggers);
    case 'and': {
      const options = node.children.filter(findsSomething).map(queryTriggers);
      return options.reduce((best, option) =>
        cost(option) < cost(best) ? option : best,
      );
    }
    case 'not':
      throw new Error('an exclusion has no triggers');
  }
}

function termTrigger(term: QueryTerm): QueryTrigger {
  switch (term.type) {
    case 'words': {
      // A phrase cannot match without its first exact word.
      const anchor = term.words.find((word) => !word.prefix);
      if (anchor) return { kind: 'word', key: anchor.key };
      return { kind: 'prefix', key: term.words[0].key };
    }
    case 'hashtag':
      return { kind: term.prefix ? 'tagPrefix' : 'tag', key: term.tag };
    case 'handle':
      return { kind: 'handle', key: term.user };
  }
}

function cost(triggers: QueryTrigger[]): number {
  return triggers.reduce(
    (sum, trigger) =>
      sum +
      (trigger.kind === 'prefix' || trigger.kind === 'tagPrefix'
        ? PREFIX_COST
        : 1),
    0,
  );
}
