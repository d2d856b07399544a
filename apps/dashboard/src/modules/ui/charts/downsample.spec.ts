import { describe, expect, it } from 'vitest';
import { downsample, MAX_CHART_POINTS } from './downsample';

const series = (length: number, at: (index: number) => number = () => 1) =>
  Array.from({ length }, (_, index) => ({ t: index, count: at(index) }));
const count = (point: { count: number }) => point.count;

describe(downsample.name, () => {
  it('returns a short series as it is', () => {
    const points = series(100);
    expect(downsample(points, MAX_CHART_POINTS, count)).toBe(points);
  });

  it.each([2_001, 10_000, 100_000])(
    'thins %s points to at most 2,000',
    (length) => {
      const thinned = downsample(
        series(length, Math.sin),
        MAX_CHART_POINTS,
        count,
      );
      expect(thinned).toHaveLength(MAX_CHART_POINTS);
    },
  );

  it('keeps the first and last point, in order', () => {
    const points = series(10_000, (index) => index % 7);
    const thinned = downsample(points, 500, count);
    expect(thinned[0]).toBe(points[0]);
    expect(thinned.at(-1)).toBe(points.at(-1));
    const times = thinned.map((point) => point.t);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('keeps a one-bucket spike that averaging would flatten', () => {
    const points = series(10_000, (index) => (index === 6_543 ? 900 : 3));
    const thinned = downsample(points, 200, count);
    expect(thinned.some((point) => point.count === 900)).toBe(true);
  });
});
