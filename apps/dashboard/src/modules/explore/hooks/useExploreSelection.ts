import { useCallback, useMemo } from 'react';
import type { MentionSort } from '@lyt/contracts';
import { useSearchParams } from 'react-router';
import {
  type ExploreSelection,
  readSelection,
  writeSelection,
} from '../explore-selection';

/**
 * Explore's selection from the URL, and a way to change it: every change is a
 * history entry, so back and forward step through the filters.
 */
export function useExploreSelection(): [
  ExploreSelection,
  (change: (current: ExploreSelection) => ExploreSelection) => void,
] {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the search
  const selection = useMemo(() => readSelection(search), [key]);
  const change = useCallback(
    (update: (current: ExploreSelection) => ExploreSelection) =>
      setSearch((current) =>
        writeSelection(current, update(readSelection(current))),
      ),
    [setSearch],
  );
  return [selection, change];
}

/** Which view of explore is open (`?view=columns`), kept in the URL beside the filters. */
export function useExploreView(): [
  'mentions' | 'columns',
  (view: 'mentions' | 'columns') => void,
] {
  const [search, setSearch] = useSearchParams();
  const view = search.get('view') === 'columns' ? 'columns' : 'mentions';
  const setView = useCallback(
    (next: 'mentions' | 'columns') =>
      setSearch((current) => {
        const updated = new URLSearchParams(current);
        if (next === 'columns') updated.set('view', 'columns');
        else updated.delete('view');
        return updated;
      }),
    [setSearch],
  );
  return [view, setView];
}

/** The order of explore's mentions (`?sort=engagement`), kept in the URL beside the filters. */
export function useExploreSort(): [MentionSort, (sort: MentionSort) => void] {
  const [search, setSearch] = useSearchParams();
  const sort = search.get('sort') === 'engagement' ? 'engagement' : 'newest';
  const setSort = useCallback(
    (next: MentionSort) =>
      setSearch((current) => {
        const updated = new URLSearchParams(current);
        if (next === 'engagement') updated.set('sort', 'engagement');
        else updated.delete('sort');
        return updated;
      }),
    [setSearch],
  );
  return [sort, setSort];
}
