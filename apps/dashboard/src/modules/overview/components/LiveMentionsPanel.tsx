import type { InterestList } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { exploreHref } from '../../explore/explore-link';
import { columnLiveFilter, EVERYTHING } from '../../live/live-filter';
import { useLiveMentions } from '../../live/hooks/useLiveMentions';
import { MentionCard } from '../../mentions/components/MentionCard';
import { useMentions } from '../../mentions/hooks/useMentions';
import { topicListQuery } from '../../topics/api/topic-queries';
import { ButtonLink, EmptyState, Panel, Skeleton } from '../../ui';
import { listLink } from '../overview-list';
import { overviewMessages } from '../overview.messages';

const SHOWN = 10;

export type LiveMentionsPanelProps = {
  /** An interest list's id: only mentions from its sources, listed and live. */
  list?: string | null;
  /** The interest lists, whose sources the live view of `list` wants. */
  lists?: readonly InterestList[];
};

/** The newest mentions: the latest page from the API, then live ones on top as they arrive. */
export function LiveMentionsPanel({
  list = null,
  lists = [],
}: LiveMentionsPanelProps) {
  const t = useMessages(overviewMessages);
  const latest = useMentions({ limit: SHOWN, ...listLink(list) });
  const mentions = useLiveMentions(
    list ? columnLiveFilter({ list }, lists) : EVERYTHING,
    { limit: SHOWN, backfill: latest.data?.pages[0]?.items },
  );
  const topics = useQuery(topicListQuery(useApiClient()));
  const colors = useMemo(
    () => new Map(topics.data?.map((topic) => [topic.id, topic.color])),
    [topics.data],
  );
  return (
    <Panel
      title={t('live')}
      description={t('liveLead')}
      flush
      actions={
        <ButtonLink to={exploreHref(listLink(list))} size="sm" variant="ghost">
          {t('live.all')}
        </ButtonLink>
      }
    >
      {latest.isPending ? (
        <div className="panel-pad">
          <Skeleton lines={6} />
        </div>
      ) : mentions.length === 0 ? (
        <EmptyState
          compact
          icon="pulse"
          title={t('live.empty')}
          text={t('live.emptyText')}
        />
      ) : (
        <div data-testid="live-mentions">
          {mentions.map((mention) => (
            <MentionCard
              key={mention.id}
              mention={mention}
              topicColors={colors}
              compact
            />
          ))}
        </div>
      )}
    </Panel>
  );
}
