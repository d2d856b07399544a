import { delayAfterFailure, delayAfterSuccess } from './poll-schedule.util';

describe('poll schedule', () => {
  describe(delayAfterSuccess.name, () => {
    it.each([
      [300, 0, 300],
      [300, 1, 270],
      [60, 1, 54],
      [60, 0.5, 57],
      [5, 1, 5],
      [6, 1, 5.4],
      [3600, 1, 3570],
    ])(
      'waits %p s less jitter (random %p) = %p s',
      (interval, random, expected) => {
        expect(delayAfterSuccess(interval, random)).toBeCloseTo(expected);
      },
    );
  });

  describe(delayAfterFailure.name, () => {
    it.each([
      [300, 1, null, 600],
      [300, 2, null, 1200],
      [300, 5, null, 9600],
      [300, 7, null, 21600],
      [300, 40, null, 21600],
      [5, 1, null, 10],
      [86400, 3, null, 86400],
      [60, 1, 900, 900],
      [60, 1, 30, 120],
      [60, 1, 10 ** 9, 86400],
    ])(
      'interval %p s, %p errors, Retry-After %p → %p s',
      (interval, errors, retryAfter, expected) => {
        expect(delayAfterFailure(interval, errors, retryAfter)).toBe(expected);
      },
    );
  });
});
