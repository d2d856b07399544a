import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useThrottled } from './useThrottled';

describe(useThrottled.name, () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the first change at once, then at most one change per second, ending on the latest', () => {
    const renders: number[] = [];
    const { result, rerender } = renderHook(
      ({ value }) => {
        const shown = useThrottled(value, 1_000);
        renders.push(shown);
        return shown;
      },
      { initialProps: { value: 0 } },
    );

    rerender({ value: 1 });
    expect(result.current).toBe(1);

    // A flood: 100 updates within 0.5 s.
    for (let value = 2; value <= 101; value++) {
      act(() => {
        vi.advanceTimersByTime(5);
      });
      rerender({ value });
    }
    expect(result.current).toBe(1);

    act(() => {
      vi.advanceTimersByTime(600);
    });
    expect(result.current).toBe(101);
    expect(new Set(renders)).toEqual(new Set([0, 1, 101]));
  });
});
