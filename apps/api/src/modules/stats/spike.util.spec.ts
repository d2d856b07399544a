import { findSpikes } from './spike.util';

const rule = { window: 4, k: 3, minCount: 5 };

describe(findSpikes.name, () => {
  it('flags a bucket far above a noisy baseline, with how far', () => {
    const [spike, ...others] = findSpikes([4, 6, 4, 6, 30, 5], 4, rule);
    expect(others).toEqual([]);
    expect(spike).toEqual({
      index: 4,
      count: 30,
      baseline: 5,
      stddev: 1,
      factor: 6,
    });
  });

  it.each([
    ['within the spread of its baseline', [4, 6, 4, 6, 8]],
    ['below the minimum count, however quiet before', [0, 0, 0, 0, 2]],
    [
      'above a flat baseline by less than its Poisson spread',
      [10, 10, 10, 10, 19],
    ],
  ])('does not flag a bucket %s', (_, counts) => {
    expect(findSpikes(counts, 4, rule)).toEqual([]);
  });

  it('flags a jump from nothing without a factor', () => {
    expect(findSpikes([0, 0, 0, 0, 7], 4, rule)).toEqual([
      { index: 4, count: 7, baseline: 0, stddev: 0, factor: null },
    ]);
  });

  it('only judges buckets from the first asked for, with a full window', () => {
    expect(findSpikes([50, 0, 0, 0, 0, 1], 0, rule)).toEqual([]);
    expect(findSpikes([1, 1, 1, 1, 40, 1], 5, rule)).toEqual([]);
  });
});
