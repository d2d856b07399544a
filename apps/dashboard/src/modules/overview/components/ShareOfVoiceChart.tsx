import type { ShareOfVoiceStats } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, YAxis } from 'recharts';
import { formatPercent, formatSignedPoints } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { exploreHref } from '../../explore/explore-link';
import { listFilter, statsQuery } from '../../stats/api/stats-queries';
import { listLink } from '../overview-list';
import { bucketWindow, type PeriodSelection } from '../../stats/period';
import {
  AXIS_PROPS,
  BAR_SERIES,
  ChartFrame,
  GRID_PROPS,
} from '../../ui/charts';
import {
  blindSpotAreas,
  bucketAxis,
  type BucketRow,
  useBucketChart,
} from '../hooks/useBucketChart';
import { overviewMessages } from '../overview.messages';
import { BlindSpotLegend } from './BlindSpotLegend';
import { SeriesLegend } from './SeriesLegend';

export type ShareOfVoiceChartProps = {
  period: PeriodSelection;
  /** An interest list's id: its sources' mentions only. */
  list: string | null;
};

/**
 * Each bucket's mentions split between the company, each competitor and the
 * industry, in the topics' colours; the legend gives the period's shares and
 * their change in percentage points.
 */
export function ShareOfVoiceChart({ period, list }: ShareOfVoiceChartProps) {
  const t = useMessages(overviewMessages);
  const { language } = useLanguage();
  const api = useApiClient();
  const navigate = useNavigate();
  const filter = listFilter(list);
  const voice = useQuery(statsQuery(api, 'share-of-voice', period, filter));
  const before = useQuery(
    statsQuery(api, 'share-of-voice', period, filter, true),
  );
  const rows = useMemo(() => shareRows(voice.data), [voice.data]);
  const bucket = voice.data?.bucket ?? 'day';
  const { data, labels, shaded } = useBucketChart(rows, bucket, period, list);
  const topics = voice.data?.topics ?? [];
  const previous = new Map(
    before.data?.topics.map((entry) => [entry.topic.id, entry]),
  );
  const percent = (share: number) => formatPercent(share, language);

  return (
    <ChartFrame
      title={t('voice.title')}
      description={t('voice.description')}
      loading={voice.isPending}
      error={voice.error}
      onRetry={() => void voice.refetch()}
      empty={(voice.data?.total ?? 0) === 0}
      emptyText={topics.length === 0 ? t('voice.noTopics') : t('voice.empty')}
      height={260}
      summary={t('voice.summary', {
        shares: topics
          .map((entry) => `${entry.topic.name} ${percent(entry.share)}`)
          .join(', '),
      })}
      footer={
        (voice.data?.total ?? 0) > 0 && (
          <>
            <SeriesLegend
              entries={topics.map((entry) => {
                const earlier = previous.get(entry.topic.id);
                return {
                  id: entry.topic.id,
                  color: entry.topic.color,
                  name: entry.topic.name,
                  value: percent(entry.share),
                  change:
                    earlier && before.data!.total > 0
                      ? formatSignedPoints(
                          entry.share - earlier.share,
                          language,
                        )
                      : null,
                  href: exploreHref({
                    ...listLink(list),
                    topic: [entry.topic.id],
                    from: voice.data!.from,
                    to: voice.data!.to,
                  }),
                };
              })}
            />
            <BlindSpotLegend shown={shaded.length > 0} />
          </>
        )
      }
    >
      <BarChart
        data={data}
        margin={{ top: 12, right: 12, bottom: 0, left: 0 }}
        barCategoryGap={data.length > 40 ? 1 : '12%'}
        className="overview-chart--clickable"
        onClick={(state) => {
          if (typeof state.activeLabel === 'number')
            void navigate(
              exploreHref({
                ...listLink(list),
                kind: ['company', 'competitor', 'industry'],
                ...bucketWindow(new Date(state.activeLabel), bucket),
              }),
            );
        }}
      >
        <CartesianGrid {...GRID_PROPS} />
        {bucketAxis(labels.tick)}
        <YAxis
          {...AXIS_PROPS}
          width={44}
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          tickFormatter={percent}
        />
        <Tooltip
          labelFormatter={(value) => labels.heading(Number(value))}
          formatter={(value, name) => [percent(Number(value)), name]}
        />
        {blindSpotAreas(shaded)}
        {topics.map((entry) => (
          <Bar
            key={entry.topic.id}
            dataKey={entry.topic.id}
            name={entry.topic.name}
            stackId="voice"
            fill={entry.topic.color}
            {...BAR_SERIES}
            maxBarSize={48}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

/** One row per bucket: its start, each topic's share by id, and the bucket's mentions. */
export function shareRows(voice: ShareOfVoiceStats | undefined): BucketRow[] {
  return (voice?.points ?? []).map((point) => {
    const row: BucketRow = {
      t: Date.parse(point.t),
      total: point.total,
    } as BucketRow;
    for (const entry of point.topics) row[entry.id] = entry.share;
    return row;
  });
}
