/** At most this many points per series: recharts takes over a second to draw 10,000. */
export const MAX_CHART_POINTS = 2_000;

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps the first and
 * last point and, from each of `max - 2` equal runs between them, the point
 * that spans the largest triangle with its neighbours, so peaks and dips
 * (a spike) survive while flat stretches thin out. Points are taken as
 * evenly spaced, which statistics buckets are. Below `max` the input is
 * returned as it is.
 */
export function downsample<T>(
  points: readonly T[],
  max: number,
  value: (point: T) => number,
): readonly T[] {
  if (points.length <= max || max < 3) return points;
  const kept: T[] = [points[0]!];
  const size = (points.length - 2) / (max - 2);
  let previous = 0;
  for (let bucket = 0; bucket < max - 2; bucket++) {
    const start = Math.floor(bucket * size) + 1;
    const end = Math.floor((bucket + 1) * size) + 1;
    // The average of the next run stands in for the point not chosen yet.
    const nextStart = end;
    const nextEnd = Math.min(
      Math.floor((bucket + 2) * size) + 1,
      points.length,
    );
    let averageX = 0;
    let averageY = 0;
    for (let index = nextStart; index < nextEnd; index++) {
      averageX += index;
      averageY += value(points[index]!);
    }
    const count = Math.max(nextEnd - nextStart, 1);
    averageX /= count;
    averageY /= count;
    const previousY = value(points[previous]!);
    let best = start;
    let bestArea = -1;
    for (let index = start; index < end; index++) {
      const area = Math.abs(
        (previous - averageX) * (value(points[index]!) - previousY) -
          (previous - index) * (averageY - previousY),
      );
      if (area > bestArea) {
        bestArea = area;
        best = index;
      }
    }
    kept.push(points[best]!);
    previous = best;
  }
  kept.push(points[points.length - 1]!);
  return kept;
}
