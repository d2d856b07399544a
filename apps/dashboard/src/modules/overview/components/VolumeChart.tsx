import type { SpikeStats, VolumeStats } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceDot,
  Tooltip,
  YAxis,
} from 'recharts';
import { formatNumber, formatSignedPercent } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { exploreHref } from '../../explore/explore-link';
import { listFilter, statsQuery } from '../../stats/api/stats-queries';
import { listLink } from '../overview-list';
import { bucketWindow, type PeriodSelection } from '../../stats/period';
import { changeRatio } from '../../ui';
import {
  AXIS_PROPS,
  ChartFrame,
  GRID_PROPS,
  LINE_SERIES,
  SPIKE_MARK,
} from '../../ui/charts';
import { useBucketLabels } from '../hooks/useBucketLabels';
import {
  blindSpotAreas,
  bucketAxis,
  type BucketRow,
  useBucketChart,
} from '../hooks/useBucketChart';
import { overviewMessages } from '../overview.messages';
import { BlindSpotLegend } from './BlindSpotLegend';
import { SeriesLegend } from './SeriesLegend';

export type VolumeChartProps = {
  period: PeriodSelection;
  /** An interest list's id: its sources' mentions only. */
  list: string | null;
};

/** Mentions per topic per bucket, spikes ringed, the buckets where a source failed shaded. */
export function VolumeChart({ period, list }: VolumeChartProps) {
  const t = useMessages(overviewMessages);
  const { language } = useLanguage();
  const api = useApiClient();
  const navigate = useNavigate();
  const filter = listFilter(list);
  const volume = useQuery(statsQuery(api, 'volume', period, filter));
  const before = useQuery(statsQuery(api, 'volume', period, filter, true));
  const spikes = useQuery(statsQuery(api, 'spikes', period, filter));
  const rows = useMemo(() => volumeRows(volume.data), [volume.data]);
  const bucket = volume.data?.bucket ?? 'day';
  const { data, labels, shaded } = useBucketChart(rows, bucket, period, list);
  const series = volume.data?.series ?? [];
  const total = series.reduce((sum, entry) => sum + entry.total, 0);
  const spikesAt = useMemo(() => spikesByBucket(spikes.data), [spikes.data]);
  const previous = new Map(
    before.data?.series.map((entry) => [entry.topic.id, entry.total]),
  );
  const windowHref = (start: number) => {
    const found = spikesAt.get(start);
    return exploreHref({
      ...listLink(list),
      ...(found ? { topic: found.map((spike) => spike.topic.id) } : {}),
      ...bucketWindow(new Date(start), bucket),
    });
  };

  return (
    <ChartFrame
      title={t('volume.title')}
      description={t('volume.description')}
      loading={volume.isPending}
      error={volume.error}
      onRetry={() => void volume.refetch()}
      empty={total === 0}
      emptyText={t('volume.empty')}
      height={300}
      summary={t('volume.summary', {
        topics: series
          .map(
            (entry) =>
              `${entry.topic.name} ${formatNumber(entry.total, language)}`,
          )
          .join(', '),
      })}
      footer={
        total > 0 && (
          <>
            <SeriesLegend
              entries={series.map((entry) => {
                const ratio = changeRatio(
                  entry.total,
                  previous.get(entry.topic.id) ?? null,
                );
                return {
                  id: entry.topic.id,
                  color: entry.topic.color,
                  name: entry.topic.name,
                  value: formatNumber(entry.total, language),
                  change:
                    ratio === null
                      ? null
                      : formatSignedPercent(ratio, language),
                  href: exploreHref({
                    ...listLink(list),
                    topic: [entry.topic.id],
                    from: volume.data!.from,
                    to: volume.data!.to,
                  }),
                };
              })}
            />
            <SpikeList spikes={spikes.data} href={windowHref} />
            <BlindSpotLegend shown={shaded.length > 0} />
          </>
        )
      }
    >
      <ComposedChart
        data={data}
        margin={{ top: 12, right: 12, bottom: 0, left: 0 }}
        className="overview-chart--clickable"
        onClick={(state) => {
          if (typeof state.activeLabel === 'number')
            void navigate(windowHref(state.activeLabel));
        }}
      >
        <CartesianGrid {...GRID_PROPS} />
        {bucketAxis(labels.tick)}
        <YAxis
          {...AXIS_PROPS}
          width={44}
          allowDecimals={false}
          tickFormatter={labels.count}
        />
        <Tooltip
          labelFormatter={(value) => labels.heading(Number(value))}
          formatter={(value, name) => [
            formatNumber(Number(value), language),
            name,
          ]}
        />
        {blindSpotAreas(shaded)}
        {series.map((entry) => (
          <Line
            key={entry.topic.id}
            dataKey={entry.topic.id}
            name={entry.topic.name}
            stroke={entry.topic.color}
            {...LINE_SERIES}
          />
        ))}
        {spikes.data?.spikes.map((spike) => (
          <ReferenceDot
            key={`${spike.topic.id}:${spike.t}`}
            x={Date.parse(spike.t)}
            y={spike.count}
            {...SPIKE_MARK}
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}

/** One row per bucket: its start, each topic's count by id, and their sum (what shapes the line when thinned). */
export function volumeRows(volume: VolumeStats | undefined): BucketRow[] {
  if (!volume || volume.series.length === 0) return [];
  return volume.series[0]!.points.map((point, index) => {
    const row: BucketRow = { t: Date.parse(point.t), total: 0 } as BucketRow;
    for (const entry of volume.series) {
      const count = entry.points[index]?.count ?? 0;
      row[entry.topic.id] = count;
      row['total'] = (row['total'] ?? 0) + count;
    }
    return row;
  });
}

function spikesByBucket(
  spikes: SpikeStats | undefined,
): Map<number, SpikeStats['spikes']> {
  const byBucket = new Map<number, SpikeStats['spikes']>();
  for (const spike of spikes?.spikes ?? []) {
    const start = Date.parse(spike.t);
    byBucket.set(start, [...(byBucket.get(start) ?? []), spike]);
  }
  return byBucket;
}

type SpikeListProps = {
  spikes: SpikeStats | undefined;
  href(start: number): string;
};

/** The spikes as links: what a click on a ring opens, reachable by keyboard. */
function SpikeList({ spikes, href }: SpikeListProps) {
  const t = useMessages(overviewMessages);
  const { language } = useLanguage();
  const labels = useBucketLabels(spikes?.bucket ?? 'day');
  if (!spikes?.spikes.length) return null;
  return (
    <div className="overview-spikes">
      <h3 className="overview-spikes__title">{t('volume.spikes')}</h3>
      <ul>
        {spikes.spikes.map((spike) => (
          <li key={`${spike.topic.id}:${spike.t}`}>
            <Link to={href(Date.parse(spike.t))} data-testid="spike-link">
              <span className="overview-spikes__when">
                {labels.heading(Date.parse(spike.t))}
              </span>{' '}
              {spike.factor === null
                ? t('volume.spikeNoBaseline', {
                    topic: spike.topic.name,
                    count: formatNumber(spike.count, language),
                  })
                : t('volume.spike', {
                    topic: spike.topic.name,
                    count: formatNumber(spike.count, language),
                    factor: `${formatNumber(spike.factor, language)}×`,
                  })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
