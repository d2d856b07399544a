import { useEffect, useState } from 'react';

/**
 * Which slide of `count` shows, advancing every `seconds`. A new newest item
 * (`newestId` changes) brings the first slide back at once, so a fresh
 * mention is never left waiting behind the rotation; when slides go away
 * (hidden mentions) the index stays in range.
 */
export function useRotation(
  count: number,
  seconds: number,
  newestId: string | undefined,
): number {
  const [state, setState] = useState({ index: 0, newestId });
  if (state.newestId !== newestId) setState({ index: 0, newestId });

  useEffect(() => {
    if (count <= 1) return;
    const timer = setInterval(
      () =>
        setState((current) => ({
          ...current,
          index: (current.index + 1) % count,
        })),
      seconds * 1000,
    );
    return () => clearInterval(timer);
  }, [count, seconds, newestId]);

  return count === 0 ? 0 : Math.min(state.index, count - 1);
}
