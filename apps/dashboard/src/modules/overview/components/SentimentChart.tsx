import { SENTIMENT_LABELS, type SentimentLabel } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import {
  formatNumber,
  formatPercent,
  formatSignedPercent,
} from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { exploreHref } from '../../explore/explore-link';
import { listFilter, statsQuery } from '../../stats/api/stats-queries';
import { listLink } from '../overview-list';
import type { PeriodSelection } from '../../stats/period';
import { uiMessages } from '../../ui/ui.messages';
import {
  AXIS_PROPS,
  BAR_SERIES,
  ChartFrame,
  GRID_PROPS,
  SENTIMENT_COLORS,
  useChartData,
} from '../../ui/charts';
import { netSentiment } from '../overview-figures';
import { overviewMessages } from '../overview.messages';
import { SeriesLegend } from './SeriesLegend';

type Row = {
  id: string;
  name: string;
  mentions: number;
  net: number | null;
} & Record<SentimentLabel, number> &
  Record<`${SentimentLabel}Count`, number>;

export type SentimentChartProps = {
  period: PeriodSelection;
  /** An interest list's id: its sources' mentions only. */
  list: string | null;
};

/** Per topic, its mentions split into positive, neutral and negative; a bar opens those mentions. */
export function SentimentChart({ period, list }: SentimentChartProps) {
  const t = useMessages(overviewMessages);
  const tu = useMessages(uiMessages);
  const { language } = useLanguage();
  const navigate = useNavigate();
  const sentiment = useQuery(
    statsQuery(useApiClient(), 'sentiment', period, listFilter(list)),
  );
  const rows = useMemo<Row[]>(
    () =>
      (sentiment.data?.topics ?? [])
        .filter((entry) => entry.mentions > 0)
        .map((entry) => ({
          id: entry.topic.id,
          name: entry.topic.name,
          mentions: entry.mentions,
          net: netSentiment(entry),
          positive: entry.positive / entry.mentions,
          neutral: entry.neutral / entry.mentions,
          negative: entry.negative / entry.mentions,
          positiveCount: entry.positive,
          neutralCount: entry.neutral,
          negativeCount: entry.negative,
        })),
    [sentiment.data],
  );
  const data = useChartData(rows, { value: (row) => row.mentions });
  const open = (row: Row | undefined, label: SentimentLabel) => {
    if (!row || !sentiment.data) return;
    void navigate(
      exploreHref({
        ...listLink(list),
        topic: [row.id],
        sentiment: [label],
        from: sentiment.data.from,
        to: sentiment.data.to,
      }),
    );
  };
  const net = (row: Row) =>
    row.net === null ? '–' : formatSignedPercent(row.net, language);

  return (
    <ChartFrame
      title={t('sentiment.title')}
      description={t('sentiment.description')}
      loading={sentiment.isPending}
      error={sentiment.error}
      onRetry={() => void sentiment.refetch()}
      empty={rows.length === 0}
      emptyText={t('sentiment.empty')}
      height={Math.max(120, 44 * rows.length + 40)}
      summary={t('sentiment.summary', {
        topics: rows.map((row) => `${row.name} ${net(row)}`).join(', '),
      })}
      footer={
        rows.length > 0 && (
          <SeriesLegend
            entries={rows.map((row) => ({
              id: row.id,
              color: netColor(row.net),
              name: `${row.name} · ${t('sentiment.net')}`,
              value: net(row),
              change: null,
              href: exploreHref({
                ...listLink(list),
                topic: [row.id],
                sentiment: ['negative'],
                from: sentiment.data!.from,
                to: sentiment.data!.to,
              }),
            }))}
          />
        )
      }
    >
      <BarChart
        data={data as Row[]}
        layout="vertical"
        margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
        className="overview-chart--clickable"
      >
        <CartesianGrid {...GRID_PROPS} horizontal={false} vertical />
        <XAxis
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.25, 0.5, 0.75, 1]}
          {...AXIS_PROPS}
          tickFormatter={(value: number) => formatPercent(value, language)}
        />
        <YAxis
          type="category"
          dataKey="name"
          {...AXIS_PROPS}
          width={120}
          tick={{ ...AXIS_PROPS.tick, width: 112 }}
        />
        <Tooltip
          formatter={(value, name, item) => {
            const label = item.dataKey as SentimentLabel;
            const row = item.payload as Row;
            return [
              `${formatNumber(row[`${label}Count`], language)} (${formatPercent(Number(value), language)})`,
              name,
            ];
          }}
        />
        {SENTIMENT_LABELS.map((label) => (
          <Bar
            key={label}
            dataKey={label}
            name={tu(`sentiment.${label}`)}
            stackId="sentiment"
            fill={SENTIMENT_COLORS[label]}
            {...BAR_SERIES}
            maxBarSize={28}
            onClick={(entry) => open(entry.payload as Row, label)}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

function netColor(net: number | null): string {
  if (net === null) return SENTIMENT_COLORS.neutral;
  return net > 0.1
    ? SENTIMENT_COLORS.positive
    : net < -0.1
      ? SENTIMENT_COLORS.negative
      : SENTIMENT_COLORS.neutral;
}
