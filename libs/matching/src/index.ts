/**
 * The topic query language (see ARCHITECTURE.md): parse, validate, evaluate,
 * explain. Pure TypeScript without dependencies, for the server and the browser.
 *
 *   const topic = compileQuery('novo OR "novo nordisk" -job*'); // throws QuerySyntaxError
 *   validateQuery(query);   // { ok: true } | { ok: false, message, position }
 *   topic.explain();        // '(novo OR "novo nordisk") AND NOT job*'
 *
 *   const item = prepareDocument({ title, text, hashtags, author }); // once per item
 *   topic.test(item);       // boolean, the fast path
 *   topic.match(item);      // { matched, hits: [{ term, field, start, end, index?, snippet? }] }
 *
 *   const topics = indexTopics([[id, topic], …]); // many topics at once
 *   topics.match(item);     // [{ topic: id, hits }] for the topics that match
 */
export { compileQuery, validateQuery } from './compiled-query';
export type { CompiledQuery, QueryValidation } from './compiled-query';
export { prepareDocument } from './prepared-document';
export type { PreparedDocument } from './prepared-document';
export { indexTopics } from './topic-index';
export type { TopicIndex, TopicMatch } from './topic-index';
export type { QueryTrigger } from './query-trigger';
export type {
  Hit,
  HitField,
  MatchDocument,
  MatchResult,
} from './match-document.types';
export { QuerySyntaxError } from './query-syntax.error';
export { extractHashtags, normaliseHashtag } from './hashtag.util';
