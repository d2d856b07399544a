import type { SentimentLabel, TopicKind } from '@lyt/contracts';

/** Which mentions a list, an export, a live subscription or a replay wants. Empty fields do not filter. */
export interface MentionFilter {
  topics?: string[];
  kinds?: TopicKind[];
  /** Lower-case, without '#'; any of them. */
  hashtags?: string[];
  sources?: string[];
  sentiments?: SentimentLabel[];
  languages?: string[];
  /** Free text, searched with PostgreSQL full-text search in Danish and English. */
  q?: string;
  /** An interest list: only items of its sources. */
  list?: string;
  /** Interest lists: only items of a source of any of them. */
  lists?: string[];
  from?: Date;
  to?: Date;
  /** `true`: only the hidden ones (moderation); otherwise only the visible. */
  hidden?: boolean;
}

/**
 * The SQL conditions on `i` (item) for a filter, with their values appended to
 * `params`. Only visible originals that matched a topic are mentions (the
 * hidden ones only for moderation).
 */
export function mentionConditions(
  filter: MentionFilter,
  params: unknown[],
): string[] {
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const topicConditions = ['m.item_id = i.id'];
  if (filter.topics?.length)
    topicConditions.push(`m.topic_id = ANY(${param(filter.topics)}::uuid[])`);
  // The kind's topic ids as an array, not a join: joined, the planner expects
  // few matches and sorts every mention of the kind (2 s at a million items);
  // as an array it walks the newest items until the page is full (7 ms).
  if (filter.kinds?.length)
    topicConditions.push(
      `m.topic_id = ANY(ARRAY(SELECT t.id FROM topic t WHERE t.kind = ANY(${param(filter.kinds)}::text[])))`,
    );
  const conditions = [
    filter.hidden ? 'i.hidden' : 'NOT i.hidden',
    'EXISTS (SELECT 1 FROM item_stream published WHERE published.item_id = i.id)',
    `EXISTS (SELECT 1 FROM mention m WHERE ${topicConditions.join(' AND ')})`,
  ];
  if (filter.hashtags?.length)
    conditions.push(`i.hashtags && ${param(filter.hashtags)}::text[]`);
  if (filter.sources?.length)
    conditions.push(`i.source_id = ANY(${param(filter.sources)}::uuid[])`);
  if (filter.sentiments?.length)
    conditions.push(
      `i.sentiment_label = ANY(${param(filter.sentiments)}::text[])`,
    );
  if (filter.languages?.length)
    conditions.push(`i.language = ANY(${param(filter.languages)}::text[])`);
  if (filter.q) {
    const q = param(filter.q);
    conditions.push(
      `i.search @@ (websearch_to_tsquery('danish'::regconfig, ${q}) || websearch_to_tsquery('english'::regconfig, ${q}))`,
    );
  }
  if (filter.list)
    conditions.push(
      `i.source_id IN (SELECT l.source_id FROM interest_list_member l WHERE l.list_id = ${param(filter.list)}::uuid)`,
    );
  if (filter.lists?.length)
    conditions.push(
      `i.source_id IN (SELECT l.source_id FROM interest_list_member l WHERE l.list_id = ANY(${param(filter.lists)}::uuid[]))`,
    );
  if (filter.from) conditions.push(`i.published_at >= ${param(filter.from)}`);
  if (filter.to) conditions.push(`i.published_at < ${param(filter.to)}`);
  return conditions;
}
