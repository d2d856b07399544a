import type { QueryNode } from './query-ast.types';
import { QueryLexer, type QueryToken } from './query-lexer';
import { QuerySyntaxError } from './query-syntax.error';

/**
 * Grammar, loosest first (OR binds tighter than the implicit AND, as on X and
 * Google: `a b OR c` is `a AND (b OR c)`):
 *
 *   query := all END
 *   all   := any ( [AND] any )*
 *   any   := unary ( OR unary )*
 *   unary := (NOT | '-') unary | '(' all ')' | term
 *
 * Throws QuerySyntaxError for the first mistake in reading order.
 */
export function parseQuery(query: string): QueryNode {
  const lexer = new QueryLexer(query);
  const first = lexer.peek();
  if (first.type === 'end') throw new QuerySyntaxError('empty query', 1);
  if (first.type === 'rparen') {
    throw new QuerySyntaxError('unbalanced parenthesis', first.position);
  }
  const root = parseAll(lexer);
  const rest = lexer.peek();
  if (rest.type === 'rparen') {
    throw new QuerySyntaxError('unbalanced parenthesis', rest.position);
  }
  requireSomethingToFind(root);
  return root;
}

function parseAll(lexer: QueryLexer): QueryNode {
  const children: QueryNode[] = [];
  for (
    let token = lexer.peek();
    token.type !== 'end' && token.type !== 'rparen';
    token = lexer.peek()
  ) {
    if (token.type === 'and') {
      lexer.next();
      if (children.length === 0 || !startsOperand(lexer.peek())) {
        throw new QuerySyntaxError('dangling AND', token.position);
      }
    }
    children.push(parseAny(lexer));
  }
  return combine('and', children);
}

function parseAny(lexer: QueryLexer): QueryNode {
  const alternatives = [parseUnary(lexer, null)];
  while (lexer.peek().type === 'or') {
    alternatives.push(parseUnary(lexer, lexer.next()));
  }
  return combine('or', alternatives);
}

/** `afterOr` is the OR that needs this operand, to blame it when there is none. */
function parseUnary(lexer: QueryLexer, afterOr: QueryToken | null): QueryNode {
  const token = lexer.peek();
  switch (token.type) {
    case 'term':
      lexer.next();
      return {
        kind: 'term',
        term: token.term,
        raw: token.raw,
        position: token.position,
      };
    case 'not': {
      lexer.next();
      if (!startsOperand(lexer.peek())) {
        throw new QuerySyntaxError(
          token.symbol === '-' ? 'lone -' : 'dangling NOT',
          token.position,
        );
      }
      const child = parseUnary(lexer, null);
      if (child.kind === 'not') {
        throw new QuerySyntaxError('double negation', token.position);
      }
      return { kind: 'not', child, position: token.position };
    }
    case 'lparen': {
      lexer.next();
      const first = lexer.peek().type;
      if (first === 'rparen') {
        throw new QuerySyntaxError('empty parentheses', token.position);
      }
      if (first === 'end') {
        throw new QuerySyntaxError('unbalanced parenthesis', token.position);
      }
      const inner = parseAll(lexer);
      if (lexer.next().type !== 'rparen') {
        throw new QuerySyntaxError('unbalanced parenthesis', token.position);
      }
      return inner;
    }
    case 'or':
      throw new QuerySyntaxError('dangling OR', (afterOr ?? token).position);
    case 'and':
      throw new QuerySyntaxError(
        afterOr ? 'dangling OR' : 'dangling AND',
        (afterOr ?? token).position,
      );
    case 'rparen':
    case 'end':
      // Only reachable right after an OR: AND loops stop at these tokens.
      throw new QuerySyntaxError('dangling OR', (afterOr ?? token).position);
  }
}

function startsOperand(token: QueryToken): boolean {
  return (
    token.type === 'term' || token.type === 'not' || token.type === 'lparen'
  );
}

/** Nested groups of the same operator flatten: `(a b) c` is `a AND b AND c`. */
function combine(kind: 'and' | 'or', children: QueryNode[]): QueryNode {
  const [first] = children;
  if (first === undefined) throw new Error(`no operands for ${kind}`);
  if (children.length === 1) return first;
  const flat = children.flatMap((child) =>
    child.kind === kind ? child.children : [child],
  );
  return { kind, children: flat, position: first.position };
}

/**
 * A query that can match by exclusions alone (`-job`, `novo OR -job`) would
 * match nearly every item: a topic that silently floods the dashboard.
 */
function requireSomethingToFind(root: QueryNode): void {
  if (findsSomething(root)) return;
  const culprit =
    root.kind === 'and'
      ? (root.children.find((child) => child.kind === 'or') ?? root)
      : root;
  if (culprit.kind === 'or') {
    const alternative =
      culprit.children.find((child) => !findsSomething(child)) ?? culprit;
    throw new QuerySyntaxError(
      'OR alternative with only exclusions',
      alternative.position,
    );
  }
  throw new QuerySyntaxError(
    'only exclusions, nothing to look for',
    culprit.position,
  );
}

/** Whether every way this node can match requires some term to be found. */
export function findsSomething(node: QueryNode): boolean {
  switch (node.kind) {
    case 'term':
      return true;
    case 'not':
      return false;
    case 'and':
      return node.children.some(findsSomething);
    case 'or':
      return node.children.every(findsSomething);
  }
}
