import type { Bucket } from '@lyt/contracts';
import { ReferenceArea, XAxis } from 'recharts';
import type { PeriodSelection } from '../../stats/period';
import { AXIS_PROPS, BLIND_SPOT_AREA, useChartData } from '../../ui/charts';
import { type ShadedBuckets, shadedBuckets } from '../blind-spots';
import { useBlindSpots } from './useBlindSpots';
import { useBucketLabels } from './useBucketLabels';

/** A chart row: the bucket's start (ms), the series' values by id, and `total`, which shapes a thinned chart. */
export type BucketRow = { t: number } & Record<string, number>;

/**
 * What every chart over the period's buckets shares: its rows thinned and
 * throttled, labels in the chosen language, and the buckets to shade because
 * a source was failing then.
 */
export function useBucketChart(
  rows: BucketRow[],
  bucket: Bucket,
  period: PeriodSelection,
  list: string | null,
) {
  const { outages } = useBlindSpots(period, list);
  const data = useChartData(rows, { value: (row) => row['total'] ?? 0 });
  const labels = useBucketLabels(bucket);
  const shaded = shadedBuckets(
    outages,
    data.map((row) => row.t),
    bucket,
    new Date(),
  );
  return { data: data as BucketRow[], labels, shaded };
}

/**
 * The time axis, as bands rather than points: a shaded blind spot then covers
 * its whole bucket. Called as a function, so that recharts sees its own element.
 */
export function bucketAxis(tick: (t: number) => string) {
  return (
    <XAxis
      dataKey="t"
      scale="band"
      {...AXIS_PROPS}
      tickFormatter={tick}
      minTickGap={28}
    />
  );
}

/** The shaded buckets, as recharts reference areas. */
export function blindSpotAreas(shaded: readonly ShadedBuckets[]) {
  return shaded.map((span) => (
    <ReferenceArea
      key={span.first}
      x1={span.first}
      x2={span.last}
      {...BLIND_SPOT_AREA}
    />
  ));
}
