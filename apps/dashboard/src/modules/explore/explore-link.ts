import { MENTION_LIST_FILTERS, type MentionListParams } from '@lyt/contracts';

/** A selection to open in explore: the filters of `GET /api/mentions`, with instants as dates or ISO strings. */
export type ExploreSelection = Omit<
  MentionListParams,
  'cursor' | 'limit' | 'from' | 'to'
> & {
  from?: Date | string;
  to?: Date | string;
};

/**
 * `/explore?…` for a selection, in the parameter names explore reads from its
 * URL (the same as `GET /api/mentions`): a figure on the overview opens the
 * mentions behind it.
 */
export function exploreHref(selection: ExploreSelection): string {
  const search = new URLSearchParams();
  for (const name of MENTION_LIST_FILTERS)
    for (const value of selection[name] ?? []) search.append(name, value);
  if (selection.q) search.set('q', selection.q);
  if (selection.list) search.set('list', selection.list);
  if (selection.sort && selection.sort !== 'newest')
    search.set('sort', selection.sort);
  for (const name of ['from', 'to'] as const) {
    const value = selection[name];
    if (value !== undefined)
      search.set(name, typeof value === 'string' ? value : value.toISOString());
  }
  const query = search.toString();
  return query ? `/explore?${query}` : '/explore';
}
