import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { type PeriodSelection, readPeriod, writePeriod } from '../period';

/** The period chosen in the URL (`?period=30d`, or custom days), and a way to change it that keeps history. */
export function usePeriod(): [
  PeriodSelection,
  (next: PeriodSelection) => void,
] {
  const [search, setSearch] = useSearchParams();
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the search
  const period = useMemo(() => readPeriod(search), [key]);
  const setPeriod = useCallback(
    (next: PeriodSelection) =>
      setSearch((current) => writePeriod(current, next)),
    [setSearch],
  );
  return [period, setPeriod];
}
