import type {
  Hit,
  HitField,
  MatchDocument,
  MatchResult,
} from './match-document.types';
import { asPrepared, type PreparedDocument } from './prepared-document';
import type { QueryNode } from './query-ast.types';
import { parseQuery } from './query-parser';
import { QuerySyntaxError } from './query-syntax.error';
import { queryTriggers, type QueryTrigger } from './query-trigger';
import { termMatcher, type TermMatcher } from './term-matcher';

type Evaluator = (document: PreparedDocument) => boolean;

/**
 * The query tree with every term compiled. Each node's `test` closes over its
 * children's `test` functions in an array, so evaluation is plain calls with no
 * node objects to walk.
 */
type CompiledNode =
  | { kind: 'term'; raw: string; matcher: TermMatcher; test: Evaluator }
  | { kind: 'and' | 'or'; children: CompiledNode[]; test: Evaluator }
  | { kind: 'not'; child: CompiledNode; test: Evaluator };

const FIELD_ORDER: Record<HitField, number> = {
  title: 0,
  text: 1,
  hashtags: 2,
  author: 3,
};

/** A topic query, parsed once; match it against any number of documents. */
export class CompiledQuery {
  private readonly root: CompiledNode;
  private readonly evaluate: Evaluator;
  /** What a document must contain for this query to have a chance; TopicIndex files topics under these. */
  readonly triggers: readonly QueryTrigger[];

  constructor(
    /** The query as written. */
    readonly query: string,
    tree: QueryNode,
  ) {
    this.root = compileNode(tree);
    this.evaluate = this.root.test;
    this.triggers = queryTriggers(tree);
  }

  /** Whether the document matches; the fast path when hits are not needed. */
  test(document: MatchDocument | PreparedDocument): boolean {
    return this.evaluate(asPrepared(document));
  }

  /** Whether the document matches, and where each contributing positive term was found. */
  match(document: MatchDocument | PreparedDocument): MatchResult {
    const doc = asPrepared(document);
    if (!this.evaluate(doc)) return { matched: false, hits: [] };
    const hits: Hit[] = [];
    collectHits(this.root, doc, hits);
    return { matched: true, hits: orderHits(hits) };
  }

  /** How the query was read, every operator spelt out: `a b OR c` → `a AND (b OR c)`. */
  explain(): string {
    return explainNode(this.root);
  }
}

/** Parses and compiles a topic query; throws QuerySyntaxError when it is invalid. */
export function compileQuery(query: string): CompiledQuery {
  return new CompiledQuery(query, parseQuery(query));
}

export type QueryValidation =
  { ok: true } | { ok: false; message: string; position: number };

/** Like compileQuery, but reports an invalid query instead of throwing. */
export function validateQuery(query: string): QueryValidation {
  try {
    parseQuery(query);
    return { ok: true };
  } catch (error) {
    if (!(error instanceof QuerySyntaxError)) throw error;
    return { ok: false, message: error.message, position: error.position };
  }
}

function compileNode(node: QueryNode): CompiledNode {
  switch (node.kind) {
    case 'term': {
      const matcher = termMatcher(node.term);
      return { kind: 'term', raw: node.raw, matcher, test: matcher.test };
    }
    case 'not': {
      const child = compileNode(node.child);
      const test = child.test;
      return { kind: 'not', child, test: (document) => !test(document) };
    }
    case 'and': {
      const children = node.children.map(compileNode);
      // Exclusions last: most items fail on a positive term, so exclusions rarely need testing.
      const tests = [...children]
        .sort((a, b) => rank(a) - rank(b))
        .map((child) => child.test);
      const test: Evaluator = (document) => {
        for (let index = 0; index < tests.length; index++) {
          if (!tests[index](document)) return false;
        }
        return true;
      };
      return { kind: 'and', children, test };
    }
    case 'or': {
      const children = node.children.map(compileNode);
      const tests = children.map((child) => child.test);
      const test: Evaluator = (document) => {
        for (let index = 0; index < tests.length; index++) {
          if (tests[index](document)) return true;
        }
        return false;
      };
      return { kind: 'or', children, test };
    }
  }
}

function rank(node: CompiledNode): number {
  return node.kind === 'not' ? 1 : 0;
}

/** Only called on a node that matched; terms under NOT never explain a match. */
function collectHits(
  node: CompiledNode,
  document: PreparedDocument,
  hits: Hit[],
): void {
  switch (node.kind) {
    case 'term':
      node.matcher.collectHits(document, node.raw, hits);
      return;
    case 'not':
      return;
    case 'and':
      for (const child of node.children) collectHits(child, document, hits);
      return;
    case 'or':
      for (const child of node.children) {
        if (child.test(document)) collectHits(child, document, hits);
      }
      return;
  }
}

/** Reading order, each place once per term (a term may be written twice in one query). */
function orderHits(hits: Hit[]): Hit[] {
  hits.sort(
    (a, b) =>
      FIELD_ORDER[a.field] - FIELD_ORDER[b.field] ||
      (a.index ?? 0) - (b.index ?? 0) ||
      a.start - b.start ||
      a.end - b.end ||
      (a.term < b.term ? -1 : a.term > b.term ? 1 : 0),
  );
  return hits.filter((hit, at) => at === 0 || !samePlace(hit, hits[at - 1]));
}

function samePlace(a: Hit, b: Hit): boolean {
  return (
    a.term === b.term &&
    a.field === b.field &&
    a.index === b.index &&
    a.start === b.start &&
    a.end === b.end
  );
}

function explainNode(node: CompiledNode): string {
  switch (node.kind) {
    case 'term':
      return node.raw;
    case 'not':
      return `NOT ${explainOperand(node.child)}`;
    case 'and':
      return node.children.map(explainOperand).join(' AND ');
    case 'or':
      return node.children.map(explainOperand).join(' OR ');
  }
}

function explainOperand(node: CompiledNode): string {
  return node.kind === 'and' || node.kind === 'or'
    ? `(${explainNode(node)})`
    : explainNode(node);
}
