import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { SETTINGS_SECTIONS } from '../settings-sections';

/** The open section, kept in the URL (`?section=sources`) so that a link or a reload opens it again. */
export function useSettingsSection(): [string, (id: string) => void] {
  const [search, setSearch] = useSearchParams();
  const asked = search.get('section');
  const current =
    SETTINGS_SECTIONS.find((section) => section.id === asked)?.id ??
    SETTINGS_SECTIONS[0]!.id;
  const select = useCallback(
    (id: string) =>
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('section', id);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return [current, select];
}
