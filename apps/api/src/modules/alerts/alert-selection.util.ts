import type { AlertSelection, SentimentLabel, TopicKind } from '@lyt/contracts';

export const EMPTY_SELECTION: AlertSelection = {
  topics: [],
  kinds: [],
  hashtags: [],
  sentiment: [],
  language: [],
  sources: [],
  lists: [],
};

/** The sources of each interest list a selection names, read once per poll. */
export type ListSources = ReadonlyMap<string, ReadonlySet<string>>;

/** What a new item offers a selection: the topics it matched and its own fields. */
export interface SelectionCandidate {
  topics: { id: string; kind: TopicKind }[];
  hashtags: string[];
  sentiment: SentimentLabel | null;
  language: string | null;
  sourceId: string;
}

/**
 * Whether an item meets a rule's selection, as `/api/mentions` would list it:
 * every non-empty field narrows, and within a field any value will do. An
 * item that matched no topic is no mention and never meets one. A list meets
 * an item of one of its sources; a list missing from `listSources` (deleted)
 * has none.
 */
export function meetsSelection(
  selection: AlertSelection,
  candidate: SelectionCandidate,
  listSources: ListSources = new Map(),
): boolean {
  const { topics, kinds, hashtags, sentiment, language, sources, lists } =
    selection;
  if (candidate.topics.length === 0) return false;
  if (
    topics.length > 0 &&
    !candidate.topics.some((topic) => topics.includes(topic.id))
  )
    return false;
  if (
    kinds.length > 0 &&
    !candidate.topics.some((topic) => kinds.includes(topic.kind))
  )
    return false;
  if (
    hashtags.length > 0 &&
    !candidate.hashtags.some((tag) => hashtags.includes(tag))
  )
    return false;
  if (
    sentiment.length > 0 &&
    (candidate.sentiment === null || !sentiment.includes(candidate.sentiment))
  )
    return false;
  if (
    language.length > 0 &&
    (candidate.language === null || !language.includes(candidate.language))
  )
    return false;
  if (
    lists.length > 0 &&
    !lists.some((id) => listSources.get(id)?.has(candidate.sourceId))
  )
    return false;
  return sources.length === 0 || sources.includes(candidate.sourceId);
}
