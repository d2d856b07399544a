import { useQuery } from '@tanstack/react-query';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatSignedPercent,
} from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { exploreHref } from '../../explore/explore-link';
import {
  listFilter,
  statsQuery,
  summaryQuery,
} from '../../stats/api/stats-queries';
import { listLink } from '../overview-list';
import {
  bucketWindow,
  type PeriodSelection,
  resolvePeriod,
} from '../../stats/period';
import { statsMessages } from '../../stats/stats.messages';
import { ErrorState, KpiCard } from '../../ui';
import { companyShare, sentimentBalance } from '../overview-figures';
import { overviewMessages } from '../overview.messages';

export type OverviewKpisProps = {
  period: PeriodSelection;
  /** An interest list's id: its sources' mentions only. */
  list: string | null;
};

/**
 * The four figures a leader reads first, each against the period before and
 * each a link to the mentions behind it: mentions, the company's share of
 * voice, its net sentiment, and spikes.
 */
export function OverviewKpis({ period, list }: OverviewKpisProps) {
  const t = useMessages(overviewMessages);
  const ts = useMessages(statsMessages);
  const { language } = useLanguage();
  const api = useApiClient();
  const filter = listFilter(list);
  const summary = useQuery(summaryQuery(api, period, false, list));
  const summaryBefore = useQuery(summaryQuery(api, period, true, list));
  const voice = useQuery(statsQuery(api, 'share-of-voice', period, filter));
  const voiceBefore = useQuery(
    statsQuery(api, 'share-of-voice', period, filter, true),
  );
  const sentiment = useQuery(statsQuery(api, 'sentiment', period, filter));
  const sentimentBefore = useQuery(
    statsQuery(api, 'sentiment', period, filter, true),
  );
  const spikes = useQuery(statsQuery(api, 'spikes', period, filter));
  const spikesBefore = useQuery(
    statsQuery(api, 'spikes', period, filter, true),
  );

  const failed = [summary, voice, sentiment, spikes].find(
    (query) => query.isError,
  );
  if (failed)
    return (
      <ErrorState error={failed.error} onRetry={() => void failed.refetch()} />
    );

  const range = resolvePeriod(period, new Date());
  const inPeriod = { ...listLink(list), from: range.from, to: range.to };
  const comparedWith = ts(`previous.${period.preset}`);
  const share = voice.data ? companyShare(voice.data) : null;
  const shareBefore = voiceBefore.data ? companyShare(voiceBefore.data) : null;
  const company = voice.data?.topics.filter(
    ({ topic }) => topic.kind === 'company',
  );
  const balance = sentiment.data ? sentimentBalance(sentiment.data) : null;
  const balanceBefore = sentimentBefore.data
    ? sentimentBalance(sentimentBefore.data)
    : null;
  const latestSpike = spikes.data?.spikes[0];

  return (
    <div className="kpi-grid">
      <KpiCard
        label={t('kpi.mentions')}
        value={summary.data?.mentions ?? null}
        change={{
          previous: summaryBefore.data?.mentions ?? null,
          period: comparedWith,
        }}
        hint={t('kpi.mentions.hint')}
        to={exploreHref(inPeriod)}
        loading={summary.isPending}
        testId="kpi-mentions"
      />
      <KpiCard
        label={t('kpi.share')}
        value={share}
        format={(value) => formatPercent(value, language)}
        change={
          share === null
            ? undefined
            : { previous: shareBefore, period: comparedWith, as: 'points' }
        }
        hint={
          company?.length
            ? t('kpi.share.hint', {
                company: company.map(({ topic }) => topic.name).join(', '),
              })
            : t('kpi.share.none')
        }
        to={
          company?.length
            ? exploreHref({ ...inPeriod, kind: ['company'] })
            : undefined
        }
        loading={voice.isPending}
        testId="kpi-share"
      />
      <KpiCard
        label={t('kpi.sentiment')}
        value={balance?.balance ?? null}
        format={(value) => formatSignedPercent(value, language)}
        change={
          balance?.balance == null
            ? undefined
            : {
                previous: balanceBefore?.balance ?? null,
                period: comparedWith,
                as: 'points',
              }
        }
        hint={
          !balance
            ? t('kpi.share.none')
            : balance.balance === null
              ? t('kpi.sentiment.none')
              : t('kpi.sentiment.hint', {
                  positive: formatNumber(balance.positive, language),
                  negative: formatNumber(balance.negative, language),
                })
        }
        to={
          balance ? exploreHref({ ...inPeriod, kind: ['company'] }) : undefined
        }
        loading={sentiment.isPending}
        testId="kpi-sentiment"
      />
      <KpiCard
        label={t('kpi.spikes')}
        value={spikes.data?.spikes.length ?? null}
        change={{
          previous: spikesBefore.data?.spikes.length ?? null,
          period: comparedWith,
          goodWhen: 'neither',
        }}
        hint={
          latestSpike
            ? t('kpi.spikes.latest', {
                topic: latestSpike.topic.name,
                when: (spikes.data!.bucket === 'hour'
                  ? formatDateTime
                  : formatDate)(latestSpike.t, language),
              })
            : t('kpi.spikes.none')
        }
        to={
          latestSpike
            ? exploreHref({
                ...listLink(list),
                topic: [latestSpike.topic.id],
                ...bucketWindow(new Date(latestSpike.t), spikes.data!.bucket),
              })
            : undefined
        }
        loading={spikes.isPending}
        testId="kpi-spikes"
      />
    </div>
  );
}
