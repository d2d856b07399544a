import type { Bucket } from '@lyt/contracts';
import { useCallback } from 'react';
import {
  formatBucket,
  formatCompactNumber,
  formatDate,
  formatTimeRange,
} from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { bucketWindow } from '../../stats/period';

/** Axis ticks, tooltip headings and counts for a chart over buckets, in the chosen language. */
export function useBucketLabels(bucket: Bucket) {
  const { language } = useLanguage();
  const tick = useCallback(
    (t: number) => formatBucket(t, bucket, language),
    [bucket, language],
  );
  const heading = useCallback(
    (t: number) => {
      if (bucket === 'day') return formatDate(t, language);
      const { from, to } = bucketWindow(new Date(t), bucket);
      return `${formatDate(from, language)}, ${formatTimeRange(from, to, language)}`;
    },
    [bucket, language],
  );
  const count = useCallback(
    (value: number) => formatCompactNumber(value, language),
    [language],
  );
  return { tick, heading, count };
}
