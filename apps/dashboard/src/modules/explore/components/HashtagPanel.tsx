import type { HashtagPairStats, HashtagVolumeStats } from '@lyt/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CartesianGrid, LineChart, Line, Tooltip, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import type { ApiClient } from '../../api/api-client';
import { useApiClient } from '../../api/ApiClientProvider';
import { SeriesLegend } from '../../overview/components/SeriesLegend';
import { bucketAxis } from '../../overview/hooks/useBucketChart';
import { useBucketLabels } from '../../overview/hooks/useBucketLabels';
import '../../overview/overview.css';
import { statsKeys } from '../../stats/api/stats-queries';
import { IconButton, Panel, Skeleton } from '../../ui';
import {
  AXIS_PROPS,
  CHART_COLORS,
  ChartFrame,
  GRID_PROPS,
  LINE_SERIES,
  useChartData,
} from '../../ui/charts';
import { exploreHref } from '../explore-link';
import { exploreMessages } from '../explore.messages';
import type { ExploreSelection } from '../explore-selection';

const DAY_MS = 86_400_000;
const PAIRS_SHOWN = 8;

export type HashtagPanelProps = {
  selection: ExploreSelection;
  onAddHashtag(tag: string): void;
};

/** The selection's dates and interest list, which the hashtag statistics follow. */
type Range = { from: string | null; to: string | null; list: string | null };

/** The statistics follow the selection's dates, else the last seven days (resolved at each fetch, so "now" stays now). */
function period({ from, to }: Pick<Range, 'from' | 'to'>) {
  const end = to ? new Date(to) : new Date();
  const start = from ? new Date(from) : new Date(end.getTime() - 7 * DAY_MS);
  return { from: start.toISOString(), to: end.toISOString() };
}

function hashtagQuery<T>(
  api: ApiClient,
  view: 'hashtag-volume' | 'hashtag-pairs',
  hashtags: string[],
  range: Range,
  extra: Record<string, number> = {},
) {
  return queryOptions({
    queryKey: [...statsKeys.all, view, { hashtags, ...range, ...extra }],
    queryFn: ({ signal }) =>
      api.get<T>(`/stats/${view}`, {
        query: {
          hashtag: hashtags,
          ...period(range),
          ...(range.list ? { list: [range.list] } : {}),
          ...extra,
        },
        signal,
      }),
  });
}

/** The selected hashtags side by side over time, and the hashtags that occur with each. */
export function HashtagPanel({ selection, onAddHashtag }: HashtagPanelProps) {
  const t = useMessages(exploreMessages);
  const { language } = useLanguage();
  const api = useApiClient();
  const range = {
    from: selection.from,
    to: selection.to,
    list: selection.list,
  };
  const tags = selection.hashtag.slice(0, 10);
  const volume = useQuery(
    hashtagQuery<HashtagVolumeStats>(api, 'hashtag-volume', tags, range),
  );
  const pairs = useQuery(
    hashtagQuery<HashtagPairStats>(api, 'hashtag-pairs', tags, range, {
      limit: PAIRS_SHOWN,
    }),
  );
  const bucket = volume.data?.bucket ?? 'day';
  const labels = useBucketLabels(bucket);
  const rows = useMemo(() => {
    const series = volume.data?.series ?? [];
    return (series[0]?.points ?? []).map((point, index) => {
      const row: Record<string, number> = { t: Date.parse(point.t), total: 0 };
      for (const line of series) {
        row[line.tag] = line.points[index]?.count ?? 0;
        row['total']! += row[line.tag]!;
      }
      return row;
    });
  }, [volume.data]);
  const data = useChartData(rows, { value: (row) => row['total'] ?? 0 });
  const series = volume.data?.series ?? [];
  const total = series.reduce((sum, line) => sum + line.total, 0);
  const color = (index: number) => CHART_COLORS[index % CHART_COLORS.length]!;

  return (
    <>
      <ChartFrame
        title={t('hashtags.volume')}
        description={t('hashtags.period')}
        loading={volume.isPending}
        error={volume.error}
        onRetry={() => void volume.refetch()}
        empty={total === 0}
        emptyText={t('hashtags.volumeEmpty')}
        height={220}
        summary={series
          .map((line) => `#${line.tag} ${formatNumber(line.total, language)}`)
          .join(', ')}
        footer={
          total > 0 && (
            <SeriesLegend
              entries={series.map((line, index) => ({
                id: line.tag,
                color: color(index),
                name: `#${line.tag}`,
                value: formatNumber(line.total, language),
                change: null,
                href: exploreHref({
                  hashtag: [line.tag],
                  from: volume.data!.from,
                  to: volume.data!.to,
                }),
              }))}
            />
          )
        }
      >
        <LineChart
          data={data}
          margin={{ top: 12, right: 12, bottom: 0, left: 0 }}
        >
          <CartesianGrid {...GRID_PROPS} />
          {bucketAxis(labels.tick)}
          <YAxis
            {...AXIS_PROPS}
            width={40}
            allowDecimals={false}
            tickFormatter={labels.count}
          />
          <Tooltip
            labelFormatter={(value) => labels.heading(Number(value))}
            formatter={(value, name) => [
              formatNumber(Number(value), language),
              `#${String(name)}`,
            ]}
          />
          {series.map((line, index) => (
            <Line
              key={line.tag}
              dataKey={line.tag}
              name={line.tag}
              stroke={color(index)}
              {...LINE_SERIES}
            />
          ))}
        </LineChart>
      </ChartFrame>
      <Panel
        title={t('hashtags.pairs')}
        description={t('hashtags.pairsLead', {
          tags: tags.map((tag) => `#${tag}`).join(', '),
        })}
      >
        {pairs.isPending ? (
          <Skeleton lines={4} />
        ) : (
          pairs.data?.hashtags.map((entry) => (
            <section
              key={entry.tag}
              className="hashtag-pairs__group"
              aria-label={`#${entry.tag}`}
            >
              {tags.length > 1 && (
                <h3 className="hashtag-pairs__title">#{entry.tag}</h3>
              )}
              {entry.pairs.length === 0 ? (
                <p className="hashtag-pairs__empty">
                  {t('hashtags.pairsEmpty')}
                </p>
              ) : (
                <ul
                  className="hashtag-pairs"
                  data-testid={`pairs-${entry.tag}`}
                >
                  {entry.pairs.map((pair) => (
                    <li key={pair.tag} className="hashtag-pairs__item">
                      <span className="hashtag-pairs__tag">#{pair.tag}</span>
                      <span className="hashtag-pairs__count">
                        {t('hashtags.count', {
                          n: formatNumber(pair.count, language),
                        })}
                      </span>
                      {!selection.hashtag.includes(pair.tag) && (
                        <IconButton
                          icon="plus"
                          size="sm"
                          label={t('hashtags.add', { tag: pair.tag })}
                          onClick={() => onAddHashtag(pair.tag)}
                        />
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))
        )}
      </Panel>
    </>
  );
}
