import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ScreenView } from '../modules/screen/components/ScreenView';
import { useReloadOnNewBuild } from '../modules/screen/hooks/useReloadOnNewBuild';
import { parseScreenOptions } from '../modules/screen/screen-options';

/** The office wall: options from the link, nothing to click; it reloads itself for a new version of Lyt. */
export function ScreenPage() {
  const [search] = useSearchParams();
  useReloadOnNewBuild();
  const query = search.toString();
  const options = useMemo(
    () => parseScreenOptions(new URLSearchParams(query)),
    [query],
  );
  return <ScreenView options={options} />;
}
