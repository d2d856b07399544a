import { MAX_STATS_LIMIT as MAX_LIMIT } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { exploreHref } from '../../explore/explore-link';
import { sourceListQuery } from '../../sources/api/source-queries';
import { listFilter, statsQuery } from '../../stats/api/stats-queries';
import { listLink } from '../overview-list';
import type { PeriodSelection } from '../../stats/period';
import { Badge } from '../../ui';
import { overviewMessages } from '../overview.messages';
import { TopList, trendOf } from './TopList';

const SHOWN = 10;

export type TopFacetProps = {
  period: PeriodSelection;
  /** An interest list's id: its sources' mentions only. */
  list: string | null;
};

/** The hashtags of the period's mentions, with their trend against the period before. */
export function TopHashtags({ period, list }: TopFacetProps) {
  const t = useMessages(overviewMessages);
  const hashtags = useQuery(
    statsQuery(useApiClient(), 'hashtags', period, {
      ...listFilter(list),
      limit: SHOWN,
    }),
  );
  return (
    <TopList
      title={t('hashtags.title')}
      description={t('hashtags.description')}
      loading={hashtags.isPending}
      error={hashtags.error}
      onRetry={() => void hashtags.refetch()}
      emptyText={t('hashtags.empty')}
      testId="top-hashtags"
      items={hashtags.data?.hashtags.map((entry) => ({
        key: entry.tag,
        label: `#${entry.tag}`,
        count: entry.count,
        trend: entry.isNew
          ? { kind: 'new' }
          : { kind: 'change', ratio: entry.trend ?? 0 },
        href: exploreHref({
          ...listLink(list),
          hashtag: [entry.tag],
          from: hashtags.data!.from,
          to: hashtags.data!.to,
        }),
      }))}
    />
  );
}

/** Who wrote most of the period's mentions. */
export function TopAuthors({ period, list }: TopFacetProps) {
  const t = useMessages(overviewMessages);
  const api = useApiClient();
  const authors = useQuery(
    statsQuery(api, 'authors', period, { ...listFilter(list), limit: SHOWN }),
  );
  const before = useQuery(
    statsQuery(
      api,
      'authors',
      period,
      { ...listFilter(list), limit: MAX_LIMIT },
      true,
    ),
  );
  const earlier = new Map(
    before.data?.authors.map((entry) => [entry.author, entry.mentions]),
  );
  const complete = (before.data?.authors.length ?? MAX_LIMIT) < MAX_LIMIT;
  return (
    <TopList
      title={t('authors.title')}
      description={t('authors.description')}
      loading={authors.isPending}
      error={authors.error}
      onRetry={() => void authors.refetch()}
      emptyText={t('authors.empty')}
      testId="top-authors"
      items={authors.data?.authors.map((entry) => ({
        key: entry.author,
        label: entry.author,
        count: entry.mentions,
        trend: before.data
          ? trendOf(entry.mentions, earlier.get(entry.author), complete)
          : null,
      }))}
    />
  );
}

/** Where the period's mentions came from; a source failing right now says so. */
export function TopSources({ period, list }: TopFacetProps) {
  const t = useMessages(overviewMessages);
  const api = useApiClient();
  const sources = useQuery(
    statsQuery(api, 'sources', period, { ...listFilter(list), limit: SHOWN }),
  );
  const before = useQuery(
    statsQuery(
      api,
      'sources',
      period,
      { ...listFilter(list), limit: MAX_LIMIT },
      true,
    ),
  );
  const health = useQuery(sourceListQuery(api));
  const failing = new Set(
    health.data
      ?.filter((source) => source.enabled && source.health.errorCount > 0)
      .map((source) => source.id),
  );
  const earlier = new Map(
    before.data?.sources.map((entry) => [entry.source.id, entry.mentions]),
  );
  const complete = (before.data?.sources.length ?? MAX_LIMIT) < MAX_LIMIT;
  return (
    <TopList
      title={t('sources.title')}
      description={t('sources.description')}
      loading={sources.isPending}
      error={sources.error}
      onRetry={() => void sources.refetch()}
      emptyText={t('sources.empty')}
      testId="top-sources"
      items={sources.data?.sources.map((entry) => ({
        key: entry.source.id,
        label: entry.source.name,
        count: entry.mentions,
        trend: before.data
          ? trendOf(entry.mentions, earlier.get(entry.source.id), complete)
          : null,
        href: exploreHref({
          ...listLink(list),
          source: [entry.source.id],
          from: sources.data!.from,
          to: sources.data!.to,
        }),
        badge: failing.has(entry.source.id) && (
          <Badge tone="danger">{t('sources.failing')}</Badge>
        ),
      }))}
    />
  );
}
