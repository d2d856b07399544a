import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once per `intervalMs`: the first change at
 * once, then the latest one at the end of each interval. Under a flood of
 * live updates a chart redraws about once a second instead of on every event.
 */
export function useThrottled<T>(value: T, intervalMs: number): T {
  const [shown, setShown] = useState(value);
  const lastShown = useRef(0);

  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = lastShown.current + intervalMs - Date.now();
    if (wait <= 0) {
      lastShown.current = Date.now();
      setShown(() => value);
      return;
    }
    const timer = setTimeout(() => {
      lastShown.current = Date.now();
      setShown(() => value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, intervalMs]);

  return shown;
}
