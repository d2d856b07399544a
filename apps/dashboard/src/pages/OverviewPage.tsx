import { useMessages } from '../i18n/messages';
import { GoalsOverviewCard } from '../modules/accounts/components/GoalsOverviewCard';
import { InterestListSelect } from '../modules/accounts/components/InterestListSelect';
import { BlindSpotsNotice } from '../modules/overview/components/BlindSpotsNotice';
import { DemoBanner } from '../modules/overview/components/DemoBanner';
import { LiveMentionsPanel } from '../modules/overview/components/LiveMentionsPanel';
import { MostEngagingPosts } from '../modules/overview/components/MostEngagingPosts';
import { OverviewKpis } from '../modules/overview/components/OverviewKpis';
import { SentimentChart } from '../modules/overview/components/SentimentChart';
import { SetupEmptyState } from '../modules/overview/components/SetupEmptyState';
import { ShareOfVoiceChart } from '../modules/overview/components/ShareOfVoiceChart';
import {
  TopAuthors,
  TopHashtags,
  TopSources,
} from '../modules/overview/components/TopFacets';
import { VolumeChart } from '../modules/overview/components/VolumeChart';
import { useOverviewList } from '../modules/overview/hooks/useOverviewList';
import { useOverviewReadiness } from '../modules/overview/hooks/useOverviewReadiness';
import { useStatsFollowLive } from '../modules/overview/hooks/useStatsFollowLive';
import '../modules/overview/overview.css';
import { overviewMessages } from '../modules/overview/overview.messages';
import { PeriodPicker } from '../modules/stats/components/PeriodPicker';
import { usePeriod } from '../modules/stats/hooks/usePeriod';
import { PageHeader, Skeleton } from '../modules/ui';

export function OverviewPage() {
  const t = useMessages(overviewMessages);
  const [period, setPeriod] = usePeriod();
  const { list, lists, setList } = useOverviewList();
  const { readiness, items } = useOverviewReadiness();
  useStatsFollowLive(period.preset !== 'custom' && readiness === 'ready');
  return (
    <div className="page-stack">
      <PageHeader
        title={t('title')}
        description={t('lead')}
        actions={
          readiness === 'ready' && (
            <div className="overview-filters">
              {lists.length > 0 && (
                <InterestListSelect
                  lists={lists}
                  value={list}
                  onChange={setList}
                  testId="overview-list"
                />
              )}
              <PeriodPicker value={period} onChange={setPeriod} />
            </div>
          )
        }
      />
      {readiness === 'loading' ? (
        <Skeleton height={120} />
      ) : readiness === 'collecting' ? (
        <div className="overview-setup">
          <SetupEmptyState readiness={readiness} items={items} />
          <LiveMentionsPanel />
        </div>
      ) : readiness !== 'ready' ? (
        <SetupEmptyState readiness={readiness} items={items} />
      ) : (
        <>
          <DemoBanner />
          <BlindSpotsNotice period={period} list={list} />
          <OverviewKpis period={period} list={list} />
          <GoalsOverviewCard />
          <div className="overview-grid">
            <div className="overview-grid__main">
              <VolumeChart period={period} list={list} />
              <ShareOfVoiceChart period={period} list={list} />
              <SentimentChart period={period} list={list} />
            </div>
            <div className="overview-grid__side">
              <LiveMentionsPanel list={list} lists={lists} />
            </div>
            <div className="overview-grid__tops">
              <TopHashtags period={period} list={list} />
              <TopAuthors period={period} list={list} />
              <TopSources period={period} list={list} />
            </div>
          </div>
          <MostEngagingPosts period={period} list={list} />
        </>
      )}
    </div>
  );
}
