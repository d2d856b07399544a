import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatNumber, formatSignedPercent } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { Badge, EmptyState, ErrorState, Icon, Panel, Skeleton } from '../../ui';
import { overviewMessages } from '../overview.messages';

/** Against the period before: a change, new, or unknown (the earlier list was cut off before it). */
export type TopTrend =
  { kind: 'change'; ratio: number } | { kind: 'new' } | null;

export type TopListItem = {
  key: string;
  label: ReactNode;
  count: number;
  trend: TopTrend;
  /** The mentions behind it, in explore. */
  href?: string;
  /** Beside the label: a failing source. */
  badge?: ReactNode;
};

export type TopListProps = {
  title: string;
  description: string;
  items: readonly TopListItem[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry(): void;
  emptyText: string;
  testId: string;
};

/** A ranked list with a bar per entry: top hashtags, authors, sources. */
export function TopList({
  title,
  description,
  items,
  loading,
  error,
  onRetry,
  emptyText,
  testId,
}: TopListProps) {
  let body: ReactNode;
  if (error) body = <ErrorState error={error} onRetry={onRetry} compact />;
  else if (loading || !items) body = <Skeleton lines={6} />;
  else if (items.length === 0)
    body = <EmptyState compact icon="inbox" title={emptyText} />;
  else {
    const max = Math.max(...items.map((item) => item.count), 1);
    body = (
      <ol className="top-list" data-testid={testId}>
        {items.map((item) => (
          <TopListRow key={item.key} item={item} share={item.count / max} />
        ))}
      </ol>
    );
  }
  return (
    <Panel title={title} description={description}>
      {body}
    </Panel>
  );
}

function TopListRow({ item, share }: { item: TopListItem; share: number }) {
  const { language } = useLanguage();
  const t = useMessages(overviewMessages);
  const count = formatNumber(item.count, language);
  return (
    <li className="top-list__item">
      <span className="top-list__label">
        {item.href ? (
          <Link to={item.href} className="top-list__link">
            {item.label}
          </Link>
        ) : (
          <span className="top-list__text">{item.label}</span>
        )}
        {item.badge}
      </span>
      <span className="top-list__count">
        {count}
        <span className="ui-visually-hidden"> {t('top.count', { count })}</span>
      </span>
      <TrendMark trend={item.trend} />
      <span className="top-list__bar" aria-hidden="true">
        <span style={{ width: `${Math.max(share * 100, 2)}%` }} />
      </span>
    </li>
  );
}

function TrendMark({ trend }: { trend: TopTrend }) {
  const { language } = useLanguage();
  const t = useMessages(overviewMessages);
  if (!trend) return <span className="top-list__trend" />;
  if (trend.kind === 'new')
    return (
      <span className="top-list__trend">
        <Badge tone="info">{t('top.new')}</Badge>
      </span>
    );
  const up = trend.ratio > 0;
  const flat = trend.ratio === 0;
  return (
    <span
      className={[
        'top-list__trend',
        !flat && (up ? 'top-list__trend--up' : 'top-list__trend--down'),
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {!flat && <Icon name={up ? 'arrowUp' : 'arrowDown'} size={12} />}
      <span className="ui-visually-hidden">
        {flat ? '' : up ? t('top.trendUp') : t('top.trendDown')}{' '}
      </span>
      {formatSignedPercent(trend.ratio, language)}
    </span>
  );
}

/**
 * A key's trend from the earlier period's counts: `complete` says the earlier
 * list holds every key, so that a key missing from it is new.
 */
export function trendOf(
  count: number,
  previous: number | undefined,
  complete: boolean,
): TopTrend {
  if (previous === undefined || previous === 0)
    return complete || previous === 0 ? { kind: 'new' } : null;
  return { kind: 'change', ratio: (count - previous) / previous };
}
