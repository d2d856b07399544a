import type { Column, Mention, Topic } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { interestListsQuery } from '../../accounts/api/account-queries';
import { useApiClient } from '../../api/ApiClientProvider';
import { useLiveMentions } from '../../live/hooks/useLiveMentions';
import { columnLiveFilter } from '../../live/live-filter';
import { MentionCard } from '../../mentions/components/MentionCard';
import type { MentionListFilter } from '../../mentions/api/mention-queries';
import { useMentions } from '../../mentions/hooks/useMentions';
import { sourceListQuery } from '../../sources/api/source-queries';
import { uiMessages } from '../../ui/ui.messages';
import {
  ButtonLink,
  EmptyState,
  ErrorState,
  IconButton,
  Skeleton,
} from '../../ui';
import { exploreHref } from '../explore-link';
import { exploreMessages } from '../explore.messages';

/** What a column back-fills with and keeps: enough to read back an hour of a busy tag. */
const COLUMN_LIMIT = 100;
const BACKFILL = 30;
/** Scrolled further than this from the top, the column holds still and counts what arrives. */
const AT_TOP_PX = 8;

const seq = (id: string) => BigInt(id);

export type LiveColumnProps = {
  column: Column;
  topics: readonly Topic[];
  /** Admin controls; absent for a viewer. */
  admin?: {
    isFirst: boolean;
    isLast: boolean;
    onMove(direction: -1 | 1): void;
    onRename(): void;
    onRemove(): void;
  };
};

/**
 * One saved filter: the newest page from the API, then its mentions live over
 * the tab's one connection. Scrolled away from the top it stops moving and
 * counts the new ones; back at the top (or "show them") they appear.
 */
export function LiveColumn({ column, topics, admin }: LiveColumnProps) {
  const t = useMessages(exploreMessages);
  const { language } = useLanguage();
  const filter = useMemo(
    () => ({ ...(column.filter as MentionListFilter), limit: BACKFILL }),
    [column.filter],
  );
  const backfill = useMentions(filter);
  const lists = useQuery({
    ...interestListsQuery(useApiClient()),
    enabled: Boolean(column.filter.list),
  });
  const live = useLiveMentions(columnLiveFilter(column.filter, lists.data), {
    limit: COLUMN_LIMIT,
    backfill: backfill.data?.pages[0]?.items,
  });
  const scroller = useRef<HTMLDivElement>(null);
  const [held, setHeld] = useState<readonly Mention[] | null>(null);

  const liveIds = useMemo(() => new Set(live.map((m) => m.id)), [live]);
  const oldestLive = live.at(-1);
  // Held still: what was shown, minus what left since (hidden), plus nothing new.
  const shown = held
    ? held.filter(
        (m) =>
          liveIds.has(m.id) ||
          (oldestLive !== undefined && seq(m.id) < seq(oldestLive.id)),
      )
    : live;
  const newest = held?.[0];
  const waiting = held
    ? live.filter((m) => newest === undefined || seq(m.id) > seq(newest.id))
        .length
    : 0;

  const onScroll = () => {
    const top = scroller.current?.scrollTop ?? 0;
    if (top > AT_TOP_PX && held === null) setHeld(live);
    else if (top <= AT_TOP_PX && held !== null) setHeld(null);
  };
  const showNew = () => {
    scroller.current?.scrollTo({ top: 0 });
    setHeld(null);
  };
  const colors = useMemo(
    () => new Map(topics.map((topic) => [topic.id, topic.color])),
    [topics],
  );
  const summary = useFilterSummary(column, topics);

  return (
    <section
      className="live-column"
      aria-labelledby={`column-${column.id}`}
      data-testid="live-column"
      data-column-id={column.id}
    >
      <header className="live-column__header">
        <div className="live-column__titles">
          <h3 id={`column-${column.id}`} className="live-column__title">
            {column.name}
          </h3>
          <p className="live-column__filter" title={summary}>
            {summary}
          </p>
        </div>
        <div className="live-column__actions">
          <ButtonLink
            to={exploreHref(column.filter)}
            size="sm"
            variant="ghost"
            aria-label={`${t('column.open')}: ${column.name}`}
          >
            {t('column.open')}
          </ButtonLink>
          {admin && (
            <>
              <IconButton
                icon="arrowLeft"
                label={t('column.moveLeft', { name: column.name })}
                disabled={admin.isFirst}
                onClick={() => admin.onMove(-1)}
              />
              <IconButton
                icon="arrowRight"
                label={t('column.moveRight', { name: column.name })}
                disabled={admin.isLast}
                onClick={() => admin.onMove(1)}
              />
              <IconButton
                icon="edit"
                label={t('column.renameLabel', { name: column.name })}
                onClick={admin.onRename}
              />
              <IconButton
                icon="trash"
                label={t('column.remove', { name: column.name })}
                onClick={admin.onRemove}
              />
            </>
          )}
        </div>
      </header>
      {waiting > 0 && (
        <button
          type="button"
          className="live-column__new"
          onClick={showNew}
          data-testid="column-new"
        >
          {t('column.new', { n: formatNumber(waiting, language) })} ·{' '}
          {t('column.showNew')}
        </button>
      )}
      <div
        ref={scroller}
        className="live-column__body"
        onScroll={onScroll}
        tabIndex={0}
        role="feed"
        aria-busy={backfill.isPending}
        aria-label={t('column.mentions', { name: column.name })}
      >
        {backfill.isPending ? (
          <div className="panel-pad">
            <Skeleton lines={6} />
          </div>
        ) : backfill.isError && shown.length === 0 ? (
          <ErrorState
            error={backfill.error}
            onRetry={() => void backfill.refetch()}
          />
        ) : shown.length === 0 ? (
          <EmptyState compact icon="pulse" title={t('column.empty')} />
        ) : (
          shown.map((mention) => (
            <MentionCard
              key={mention.id}
              mention={mention}
              topicColors={colors}
              compact
            />
          ))
        )}
      </div>
      <span className="ui-visually-hidden" aria-live="polite">
        {waiting > 0
          ? t('column.new', { n: formatNumber(waiting, language) })
          : ''}
      </span>
    </section>
  );
}

/** "#dkbiz · Negative · DA", in the words the filter bar uses. */
function useFilterSummary(column: Column, topics: readonly Topic[]): string {
  const t = useMessages(exploreMessages);
  const tu = useMessages(uiMessages);
  const api = useApiClient();
  const sources = useQuery(sourceListQuery(api));
  const lists = useQuery({
    ...interestListsQuery(api),
    enabled: Boolean(column.filter.list),
  });
  const listName = lists.data?.find(
    (list) => list.id === column.filter.list,
  )?.name;
  const topicNames = new Map(topics.map((topic) => [topic.id, topic.name]));
  const sourceNames = new Map(sources.data?.map((s) => [s.id, s.name]));
  const { filter } = column;
  const parts = [
    ...(filter.list ? [listName ?? t('filters.list')] : []),
    ...(filter.hashtag ?? []).map((tag) => `#${tag}`),
    ...(filter.topic ?? []).map((id) => topicNames.get(id) ?? id),
    ...(filter.kind ?? []).map((kind) => t(`kind.${kind}`)),
    ...(filter.source ?? []).map((id) => sourceNames.get(id) ?? id),
    ...(filter.sentiment ?? []).map((label) => tu(`sentiment.${label}`)),
    ...(filter.language ?? []).map((code) => code.toUpperCase()),
  ];
  return parts.length > 0 ? parts.join(' · ') : t('column.everything');
}
