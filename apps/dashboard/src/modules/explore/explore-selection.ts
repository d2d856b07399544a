import {
  type ColumnFilter,
  MENTION_LIST_FILTERS,
  SENTIMENT_LABELS,
  type SentimentLabel,
  TOPIC_KINDS,
  type TopicKind,
} from '@lyt/contracts';
import { normaliseHashtag } from '@lyt/matching';
import type { MentionListFilter } from '../mentions/api/mention-queries';

/**
 * Explore's whole state as its URL holds it, in the parameter names of
 * `GET /api/mentions` (so `exploreHref` links and the API agree): lists
 * repeat their parameter, `from`/`to` are ISO instants.
 */
export interface ExploreSelection {
  topic: string[];
  kind: TopicKind[];
  hashtag: string[];
  source: string[];
  sentiment: SentimentLabel[];
  language: string[];
  q: string;
  /** An interest list's id (`GET /api/lists`): only mentions from its sources. */
  list: string | null;
  from: string | null;
  to: string | null;
}

export const LIST_FIELDS = MENTION_LIST_FILTERS;
export type ListField = (typeof LIST_FIELDS)[number];

export const EMPTY_SELECTION: ExploreSelection = {
  topic: [],
  kind: [],
  hashtag: [],
  source: [],
  sentiment: [],
  language: [],
  q: '',
  list: null,
  from: null,
  to: null,
};

const unique = <T extends string>(values: T[]) => [...new Set(values)];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LANGUAGE = /^[a-z]{2}$/;
const instant = (value: string | null) =>
  value !== null && !Number.isNaN(Date.parse(value)) ? value : null;

const readList = (value: string | null) => {
  const id = value?.trim().toLowerCase() ?? '';
  return UUID.test(id) ? id : null;
};

/** Reads the URL; values that cannot be a filter (an unknown kind, "#" alone, an id that is none) are left out rather than sent. */
export function readSelection(search: URLSearchParams): ExploreSelection {
  const all = (name: ListField) =>
    search
      .getAll(name)
      .map((value) => value.trim())
      .filter(Boolean);
  return {
    topic: unique(
      all('topic')
        .map((id) => id.toLowerCase())
        .filter((id) => UUID.test(id)),
    ),
    kind: unique(
      all('kind').filter((kind): kind is TopicKind =>
        (TOPIC_KINDS as readonly string[]).includes(kind),
      ),
    ),
    hashtag: unique(
      all('hashtag')
        .map(normaliseHashtag)
        .filter((tag): tag is string => tag !== null),
    ),
    source: unique(
      all('source')
        .map((id) => id.toLowerCase())
        .filter((id) => UUID.test(id)),
    ),
    sentiment: unique(
      all('sentiment').filter((label): label is SentimentLabel =>
        (SENTIMENT_LABELS as readonly string[]).includes(label),
      ),
    ),
    language: unique(
      all('language')
        .map((code) => code.toLowerCase())
        .filter((code) => LANGUAGE.test(code)),
    ),
    q: search.get('q')?.trim() ?? '',
    list: readList(search.get('list')),
    from: instant(search.get('from')),
    to: instant(search.get('to')),
  };
}

/** The selection in the URL, keeping parameters that are not explore's own (e.g. `view`). */
export function writeSelection(
  current: URLSearchParams,
  selection: ExploreSelection,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of [...LIST_FIELDS, 'q', 'list', 'from', 'to'])
    next.delete(name);
  for (const name of LIST_FIELDS)
    for (const value of selection[name]) next.append(name, value);
  if (selection.q) next.set('q', selection.q);
  if (selection.list) next.set('list', selection.list);
  if (selection.from) next.set('from', selection.from);
  if (selection.to) next.set('to', selection.to);
  return next;
}

/** What `GET /api/mentions` (and the CSV export) is asked for. */
export function listFilter(selection: ExploreSelection): MentionListFilter {
  const filter: MentionListFilter = {};
  for (const name of LIST_FIELDS)
    if (selection[name].length > 0)
      (filter as Record<string, string[]>)[name] = selection[name];
  if (selection.q) filter.q = selection.q;
  if (selection.list) filter.list = selection.list;
  if (selection.from) filter.from = selection.from;
  if (selection.to) filter.to = selection.to;
  return filter;
}

/** The part a live column can follow: free text and dates are not part of it. */
export function columnFilter(selection: ExploreSelection): ColumnFilter {
  const filter: ColumnFilter = {};
  for (const name of LIST_FIELDS)
    if (selection[name].length > 0)
      (filter as Record<string, string[]>)[name] = selection[name];
  if (selection.list) filter.list = selection.list;
  return filter;
}

export function isEmptySelection(selection: ExploreSelection): boolean {
  return (
    LIST_FIELDS.every((name) => selection[name].length === 0) &&
    !selection.q &&
    !selection.list &&
    !selection.from &&
    !selection.to
  );
}
