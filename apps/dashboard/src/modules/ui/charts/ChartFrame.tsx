import type { ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useMessages } from '../../../i18n/messages';
import { EmptyState } from '../components/EmptyState';
import { ErrorState } from '../components/ErrorState';
import { Panel } from '../components/Panel';
import { Skeleton } from '../components/Skeleton';
import { uiMessages } from '../ui.messages';
import { downsample, MAX_CHART_POINTS } from './downsample';
import { useThrottled } from './useThrottled';

export type ChartFrameProps = {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  height?: number;
  loading?: boolean;
  error?: unknown;
  onRetry?(): void;
  /** No data: shows `emptyText` (or a default) instead of an empty chart. */
  empty?: boolean;
  emptyText?: string;
  /** The chart in words, for screen readers: "Mentions rose from 12 to 40". */
  summary?: string;
  /** A recharts chart (LineChart, BarChart, …); it is sized to the frame. */
  children: ReactNode;
  /** Under the chart: a legend, a note about blind spots. */
  footer?: ReactNode;
};

/** A panel for one recharts chart, with its loading, error and empty states. */
export function ChartFrame({
  title,
  description,
  actions,
  height = 260,
  loading,
  error,
  onRetry,
  empty,
  emptyText,
  summary,
  children,
  footer,
}: ChartFrameProps) {
  const t = useMessages(uiMessages);
  let body: ReactNode;
  if (error) body = <ErrorState error={error} onRetry={onRetry} compact />;
  else if (loading) body = <Skeleton height={height} />;
  else if (empty)
    body = (
      <EmptyState title={emptyText ?? t('chart.empty')} compact icon="pulse" />
    );
  else
    body = (
      <figure
        className="ui-chart"
        style={{ height }}
        aria-label={t('chart.summary', { title })}
      >
        <ResponsiveContainer width="100%" height="100%" debounce={100}>
          {children}
        </ResponsiveContainer>
        {summary && (
          <figcaption className="ui-visually-hidden">{summary}</figcaption>
        )}
      </figure>
    );
  return (
    <Panel title={title} description={description} actions={actions}>
      {body}
      {footer && <div className="ui-chart__footer">{footer}</div>}
    </Panel>
  );
}

export type ChartDataOptions<T> = {
  /** The value that shapes the series (the sum of all lines when several share a row). */
  value(point: T): number;
  maxPoints?: number;
  /** Redraw at most this often (default once a second). */
  throttleMs?: number;
};

/** The data a chart draws: thinned to ≤ 2,000 points and changing at most once a second. */
export function useChartData<T>(
  data: readonly T[],
  {
    value,
    maxPoints = MAX_CHART_POINTS,
    throttleMs = 1_000,
  }: ChartDataOptions<T>,
): readonly T[] {
  const throttled = useThrottled(data, throttleMs);
  return downsample(throttled, maxPoints, value);
}
