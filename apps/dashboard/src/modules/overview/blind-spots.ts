import {
  type BlindSpotStats,
  type Bucket,
  floorTo,
  type SourceRef,
  type TimeRange,
} from '@lyt/contracts';

/** One stretch in which a source failed, as the overview tells it. */
export interface Outage {
  source: SourceRef;
  from: Date;
  /** Null while it lasts. */
  to: Date | null;
  failedPolls: number;
  error: string | null;
}

/** A shaded stretch on a chart with buckets: the first and the last bucket it touches (their starts, in ms). */
export interface ShadedBuckets {
  first: number;
  last: number;
}

/** Every outage of the answer, newest first. */
export function outagesOf(stats: BlindSpotStats): Outage[] {
  return stats.sources
    .flatMap(({ source, outages }) =>
      outages.map((outage) => ({
        source,
        from: new Date(outage.from),
        to: outage.to === null ? null : new Date(outage.to),
        failedPolls: outage.failedPolls,
        error: outage.error,
      })),
    )
    .sort((a, b) => b.from.getTime() - a.from.getTime());
}

/**
 * The buckets of a chart that an outage touches, merged where outages of
 * several sources overlap: a bucket in which a source was failing may be
 * missing mentions, so the whole bucket is shaded. `buckets` are the chart's
 * bucket starts (ms, ascending); an outage that lasts runs to `now`.
 */
export function shadedBuckets(
  outages: readonly Outage[],
  buckets: readonly number[],
  bucket: Bucket,
  now: Date,
): ShadedBuckets[] {
  if (buckets.length === 0) return [];
  const firstBucket = buckets[0]!;
  const lastBucket = buckets[buckets.length - 1]!;
  const spans = outages
    .map((outage) => {
      const end = Math.max(
        (outage.to ?? now).getTime() - 1,
        outage.from.getTime(),
      );
      return {
        first: Math.max(floorTo(outage.from, bucket).getTime(), firstBucket),
        last: Math.min(floorTo(new Date(end), bucket).getTime(), lastBucket),
      };
    })
    .filter((span) => span.first <= span.last)
    .sort((a, b) => a.first - b.first);
  const position = new Map(buckets.map((start, index) => [start, index]));
  const merged: ShadedBuckets[] = [];
  for (const span of spans) {
    const previous = merged[merged.length - 1];
    // Touching when the span starts in the bucket right after the previous one ends.
    if (
      previous &&
      (position.get(span.first) ?? Infinity) <=
        (position.get(previous.last) ?? -Infinity) + 1
    )
      previous.last = Math.max(previous.last, span.last);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whether an outage overlaps a range (what the notice lists). */
export function overlaps(outage: Outage, range: TimeRange, now: Date): boolean {
  return outage.from < range.to && (outage.to ?? now) > range.from;
}
