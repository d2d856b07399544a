/** Promises that resolve once a receiver has taken `count` things in all, or fail after a timeout. */
export class Arrivals {
  private waiters: { count: number; resolve: () => void }[] = [];

  constructor(
    private readonly what: string,
    private readonly current: () => number,
  ) {}

  wait(count: number, timeoutMs: number): Promise<void> {
    if (this.current() >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `waited ${timeoutMs} ms for ${count} ${this.what}, got ${this.current()}`,
            ),
          ),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** Call after each arrival. */
  notify(): void {
    const now = this.current();
    this.waiters = this.waiters.filter((waiter) => {
      if (now < waiter.count) return true;
      waiter.resolve();
      return false;
    });
  }
}
