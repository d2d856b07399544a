const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The interest list the overview counts (`?list=`, as explore names it), or null for every source. */
export function readOverviewList(search: URLSearchParams): string | null {
  const id = search.get('list')?.trim().toLowerCase() ?? '';
  return UUID.test(id) ? id : null;
}

/** The list as explore's URL takes it, for a figure's link to the mentions behind it. */
export function listLink(list: string | null): { list?: string } {
  return list ? { list } : {};
}

/** The list in the URL, keeping every other parameter (the period). */
export function writeOverviewList(
  current: URLSearchParams,
  list: string | null,
): URLSearchParams {
  const next = new URLSearchParams(current);
  if (list) next.set('list', list);
  else next.delete('list');
  return next;
}
