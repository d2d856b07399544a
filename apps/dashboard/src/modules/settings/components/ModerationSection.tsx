import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import { hiddenMentionsQuery } from '../../mentions/api/mention-queries';
import { MentionCard } from '../../mentions/components/MentionCard';
import { useModerateMention } from '../../mentions/hooks/useModerateMention';
import { topicListQuery } from '../../topics/api/topic-queries';
import {
  Button,
  EmptyState,
  ErrorState,
  Panel,
  Skeleton,
  useToast,
} from '../../ui';
import { settingsMessages } from '../settings.messages';

/** The hidden mentions, newest first; the admin shows one again and it returns to every list and chart. */
export function ModerationSection() {
  const t = useMessages(settingsMessages);
  const { isAdmin } = useSession();
  const toast = useToast();
  const api = useApiClient();
  const hidden = useInfiniteQuery({
    ...hiddenMentionsQuery(api),
    enabled: isAdmin,
  });
  const topics = useQuery({ ...topicListQuery(api), enabled: isAdmin });
  const topicColors = useMemo(
    () => new Map(topics.data?.map((topic) => [topic.id, topic.color])),
    [topics.data],
  );
  const moderate = useModerateMention();
  const mentions = hidden.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="settings-section">
      <Panel title={t('moderation')} description={t('moderation.lead')}>
        {!isAdmin ? (
          <p className="facts__note">{t('moderation.viewer')}</p>
        ) : hidden.isError ? (
          <ErrorState
            error={hidden.error}
            onRetry={() => void hidden.refetch()}
          />
        ) : !hidden.data ? (
          <Skeleton height={120} />
        ) : mentions.length === 0 ? (
          <EmptyState
            icon="check"
            title={t('moderation.empty')}
            text={t('moderation.empty.text')}
          />
        ) : (
          <div className="moderation-list" data-testid="hidden-mentions">
            {mentions.map((mention) => (
              <MentionCard
                key={mention.id}
                mention={mention}
                topicColors={topicColors}
                compact
                actions={
                  mention.deletedOnPlatform ? (
                    <span className="facts__note">
                      {t('moderation.deletedOnPlatform')}
                    </span>
                  ) : (
                    <Button
                      size="sm"
                      icon="refresh"
                      busy={
                        moderate.isPending &&
                        moderate.variables?.id === mention.id
                      }
                      aria-label={t('moderation.unhideLabel', {
                        author: mention.author ?? mention.source.name,
                      })}
                      onClick={() =>
                        moderate.mutate(
                          { id: mention.id, hidden: false },
                          {
                            onSuccess: () =>
                              toast.show({
                                tone: 'success',
                                text: t('moderation.unhidden'),
                              }),
                          },
                        )
                      }
                    >
                      {t('moderation.unhide')}
                    </Button>
                  )
                }
              />
            ))}
            {hidden.hasNextPage && (
              <Button
                busy={hidden.isFetchingNextPage}
                onClick={() => void hidden.fetchNextPage()}
              >
                {t('moderation.more')}
              </Button>
            )}
          </div>
        )}
      </Panel>
    </div>
  );
}
