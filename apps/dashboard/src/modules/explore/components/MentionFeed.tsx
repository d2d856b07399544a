import type { MentionSort } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import { MentionCard } from '../../mentions/components/MentionCard';
import { type MentionListFilter } from '../../mentions/api/mention-queries';
import { useMentions } from '../../mentions/hooks/useMentions';
import { useModerateMention } from '../../mentions/hooks/useModerateMention';
import { mentionsMessages } from '../../mentions/mentions.messages';
import { topicListQuery } from '../../topics/api/topic-queries';
import {
  Button,
  EmptyState,
  ErrorState,
  Field,
  Panel,
  Skeleton,
  useToast,
} from '../../ui';
import { exploreMessages } from '../explore.messages';

export type MentionFeedProps = {
  filter: MentionListFilter;
  /** The order of the list, chosen in its header. */
  sort: MentionSort;
  onSort(sort: MentionSort): void;
  /** Filters are set: an empty list means "nothing matches", and this clears them. */
  onClear?(): void;
};

/**
 * Mentions page by page over `nextCursor`: the next page loads as the end of
 * the list scrolls into view (or with the button, by keyboard). The admin
 * hides one inline.
 */
export function MentionFeed({
  filter,
  sort,
  onSort,
  onClear,
}: MentionFeedProps) {
  const t = useMessages(exploreMessages);
  const tm = useMessages(mentionsMessages);
  const { isAdmin } = useSession();
  const toast = useToast();
  const feed = useMentions(filter);
  const moderate = useModerateMention();
  const topics = useQuery(topicListQuery(useApiClient()));
  const colors = useMemo(
    () => new Map(topics.data?.map((topic) => [topic.id, topic.color])),
    [topics.data],
  );
  const end = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = feed;
  useEffect(() => {
    const node = end.current;
    if (!node || !hasNextPage || isFetchingNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void fetchNextPage();
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, feed.mentions.length]);

  if (feed.isError && feed.mentions.length === 0)
    return (
      <ErrorState error={feed.error} onRetry={() => void feed.refetch()} />
    );
  return (
    <Panel
      title={t('list')}
      description={sort === 'engagement' ? t('sort.note') : undefined}
      actions={
        <Field label={t('sort.label')}>
          {(control) => (
            <select
              {...control}
              className="ui-select"
              data-testid="mention-sort"
              value={sort}
              onChange={(event) =>
                onSort(
                  event.target.value === 'engagement' ? 'engagement' : 'newest',
                )
              }
            >
              <option value="newest">{t('sort.newest')}</option>
              <option value="engagement">{t('sort.engagement')}</option>
            </select>
          )}
        </Field>
      }
      flush
    >
      {feed.isPending ? (
        <div className="panel-pad">
          <Skeleton lines={8} />
        </div>
      ) : feed.mentions.length === 0 ? (
        onClear ? (
          <EmptyState
            icon="search"
            title={t('none.title')}
            text={t('none.text')}
            action={<Button onClick={onClear}>{t('none.clear')}</Button>}
          />
        ) : (
          <EmptyState title={t('empty.title')} text={t('empty.text')} />
        )
      ) : (
        <>
          <div data-testid="mention-feed">
            {feed.mentions.map((mention) => (
              <MentionCard
                key={mention.id}
                mention={mention}
                topicColors={colors}
                actions={
                  isAdmin && (
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={tm('hideLabel', {
                        author: mention.author ?? tm('unknownAuthor'),
                      })}
                      busy={
                        moderate.isPending &&
                        moderate.variables?.id === mention.id
                      }
                      onClick={() =>
                        moderate.mutate(
                          { id: mention.id, hidden: true },
                          {
                            onSuccess: () =>
                              toast.show({
                                tone: 'success',
                                text: tm('hidden'),
                              }),
                            onError: (error) =>
                              toast.show({
                                tone: 'danger',
                                text: error.message,
                              }),
                          },
                        )
                      }
                    >
                      {tm('hide')}
                    </Button>
                  )
                }
              />
            ))}
          </div>
          <div className="feed-end" ref={end}>
            {feed.hasNextPage ? (
              <Button
                busy={feed.isFetchingNextPage}
                onClick={() => void feed.fetchNextPage()}
              >
                {tm('loadMore')}
              </Button>
            ) : (
              <span>{tm('end')}</span>
            )}
          </div>
        </>
      )}
    </Panel>
  );
}
