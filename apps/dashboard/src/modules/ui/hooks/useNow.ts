import { useSyncExternalStore } from 'react';

/**
 * One clock per tick length for the whole page, running only while someone
 * reads it: a list of 200 relative times costs one timer, not 200.
 */
class Clock {
  private now = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly tickMs: number) {}

  readonly get = () => this.now;

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      this.now = Date.now();
      this.timer = setInterval(() => {
        this.now = Date.now();
        for (const each of this.listeners) each();
      }, this.tickMs);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) clearInterval(this.timer);
    };
  };
}

const clocks = new Map<number, Clock>();

/** The current time, updated every `tickMs` (default 30 s). */
export function useNow(tickMs = 30_000): Date {
  let clock = clocks.get(tickMs);
  if (!clock) {
    clock = new Clock(tickMs);
    clocks.set(tickMs, clock);
  }
  return new Date(useSyncExternalStore(clock.subscribe, clock.get));
}
