export interface SpikeRule {
  /** How many preceding buckets make the baseline. */
  window: number;
  /** How many standard deviations above the baseline mean a spike must be. */
  k: number;
  /** The smallest count that can be a spike. */
  minCount: number;
}

export interface Spike {
  /** Index into the counts. */
  index: number;
  count: number;
  /** Mean of the window before the bucket. */
  baseline: number;
  /** Standard deviation of that window. */
  stddev: number;
  /** count / baseline; null when the baseline is 0. */
  factor: number | null;
}

/**
 * Buckets whose count exceeds mean + k·σ of the `window` buckets before them,
 * from `first` on (earlier counts only serve as baseline). σ is at least
 * √mean, the spread of a Poisson count: a flat baseline of 10 (σ = 0) must not
 * turn 11 into a spike.
 */
export function findSpikes(
  counts: readonly number[],
  first: number,
  { window, k, minCount }: SpikeRule,
): Spike[] {
  const spikes: Spike[] = [];
  for (let index = Math.max(first, window); index < counts.length; index++) {
    const count = counts[index]!;
    if (count < minCount) continue;
    const before = counts.slice(index - window, index);
    const baseline = before.reduce((sum, value) => sum + value, 0) / window;
    const variance =
      before.reduce((sum, value) => sum + (value - baseline) ** 2, 0) / window;
    const stddev = Math.sqrt(variance);
    if (count <= baseline + k * Math.max(stddev, Math.sqrt(baseline))) continue;
    spikes.push({
      index,
      count,
      baseline,
      stddev,
      factor: baseline === 0 ? null : count / baseline,
    });
  }
  return spikes;
}
