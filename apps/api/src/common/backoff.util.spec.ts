import { Backoff } from './backoff.util';

describe(Backoff.name, () => {
  it.each([
    [0, [50, 100, 200, 400, 500, 500]],
    [1, [100, 200, 400, 800, 1000, 1000]],
  ])('doubles up to the cap (random %d)', (random, delays) => {
    const backoff = new Backoff(100, 1000, () => random);
    expect(delays.map(() => backoff.next())).toEqual(delays);
  });

  it('starts over after a reset', () => {
    const backoff = new Backoff(100, 1000, () => 1);
    backoff.next();
    backoff.next();
    backoff.reset();
    expect(backoff.next()).toBe(100);
  });
});
