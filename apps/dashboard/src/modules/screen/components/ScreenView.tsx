import type { ColumnFilter, Mention } from '@lyt/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { ApiError } from '../../api/api-client';
import { interestListsQuery } from '../../accounts/api/account-queries';
import { useApiClient } from '../../api/ApiClientProvider';
import { columnQuery } from '../../explore/api/column-queries';
import { useLiveMentions } from '../../live/hooks/useLiveMentions';
import { columnLiveFilter } from '../../live/live-filter';
import { useMentions } from '../../mentions/hooks/useMentions';
import { statsKeys } from '../../stats/api/stats-queries';
import { PAGE_BUILD } from '../hooks/useReloadOnNewBuild';
import { useRotation } from '../hooks/useRotation';
import type { ScreenOptions } from '../screen-options';
import { screenMessages } from '../screen.messages';
import '../screen.css';
import { ConnectionMark } from './ConnectionMark';
import { ScreenMention } from './ScreenMention';
import { TodayBand } from './TodayBand';

/** The rotation's buffer: however many mentions arrive, the screen holds this many. */
export const SCREEN_BUFFER = 30;
/** A page of the grid. */
export const GRID_PAGE = 6;
/** Rows of the ticker (screen.css lays out as many). */
export const TICKER_ROWS = 6;
/** Today's figures follow new mentions at most this often. */
const FIGURES_EVERY_MS = 10_000;

export type ScreenViewProps = {
  options: ScreenOptions;
  /** Inside the screen builder: sized to its frame, not to the window. */
  preview?: boolean;
};

/**
 * The info-screen: today's figures across the top, the newest mentions in
 * rotation below, one at a time, as a grid or as a ticker. The mentions come
 * from the API once and then from the tab's one live subscription; the
 * buffer and the DOM stay the same size whatever arrives. With a saved
 * column it shows that column's filter, read from the server.
 */
export function ScreenView({ options, preview }: ScreenViewProps) {
  const t = useMessages(screenMessages);
  const api = useApiClient();
  const column = useQuery({
    ...columnQuery(api, options.column ?? ''),
    enabled: options.column !== null,
  });
  const columnGone =
    column.error instanceof ApiError && column.error.status === 404;
  const filter = useMemo<ColumnFilter | null>(() => {
    if (options.column !== null) return column.data?.filter ?? null;
    return {
      ...(options.topics.length > 0 ? { topic: options.topics } : {}),
      ...(options.kinds.length > 0 ? { kind: options.kinds } : {}),
      ...(options.hashtags.length > 0 ? { hashtag: options.hashtags } : {}),
      ...(options.list ? { list: options.list } : {}),
    };
  }, [
    options.column,
    options.topics,
    options.kinds,
    options.hashtags,
    options.list,
    column.data,
  ]);

  // Inside the settings page the preview is a part of it, not the page's main content.
  const Stage = preview ? 'div' : 'main';
  return (
    <div
      className={[
        'screen',
        `screen--${options.layout}`,
        preview ? 'screen--preview' : 'screen--wall',
      ].join(' ')}
      data-theme={options.theme}
      data-layout={options.layout}
      data-build={PAGE_BUILD}
    >
      {!preview && <h1 className="ui-visually-hidden">{t('title')}</h1>}
      <TodayBand />
      <Stage className="screen__stage" data-testid="screen-mentions">
        {columnGone ? (
          <div className="screen__empty" role="alert">
            <p className="screen__empty-title">{t('column.gone.title')}</p>
            <p>{t('column.gone.text')}</p>
          </div>
        ) : (
          filter && (
            <ScreenMentions
              filter={filter}
              options={options}
              label={column.data?.name ?? null}
            />
          )
        )}
      </Stage>
      <ConnectionMark />
    </div>
  );
}

function ScreenMentions({
  filter,
  options,
  label,
}: {
  filter: ColumnFilter;
  options: ScreenOptions;
  /** The saved column's name, when the screen shows one. */
  label: string | null;
}) {
  const t = useMessages(screenMessages);
  const latest = useMentions({ ...filter, limit: SCREEN_BUFFER });
  const lists = useQuery({
    ...interestListsQuery(useApiClient()),
    enabled: Boolean(filter.list),
  });
  const mentions = useLiveMentions(columnLiveFilter(filter, lists.data), {
    limit: SCREEN_BUFFER,
    backfill: latest.data?.pages[0]?.items,
  });
  useFiguresFollow(mentions[0]?.id);
  const filtered = Object.values(filter).some((value) => value.length > 0);
  if (mentions.length === 0)
    return latest.isPending ? null : (
      <div className="screen__empty">
        <p className="screen__empty-title">{t('empty.title')}</p>
        <p>{t('empty.text')}</p>
        {filtered && <p>{t('empty.filtered')}</p>}
      </div>
    );
  return <Slides options={options} mentions={mentions} label={label} />;
}

function Slides({
  options,
  mentions,
  label,
}: {
  options: ScreenOptions;
  mentions: readonly Mention[];
  label: string | null;
}) {
  const t = useMessages(screenMessages);
  const { language } = useLanguage();
  const slides =
    options.layout === 'single'
      ? mentions.length
      : options.layout === 'grid'
        ? Math.ceil(mentions.length / GRID_PAGE)
        : 1;
  const index = useRotation(slides, options.seconds, mentions[0]?.id);
  const shown =
    options.layout === 'single'
      ? mentions.slice(index, index + 1)
      : options.layout === 'grid'
        ? mentions.slice(index * GRID_PAGE, (index + 1) * GRID_PAGE)
        : mentions.slice(0, TICKER_ROWS);
  const variant =
    options.layout === 'single'
      ? 'single'
      : options.layout === 'grid'
        ? 'card'
        : 'row';
  return (
    <>
      <div className={`screen__${options.layout}`}>
        {shown.map((mention) => (
          <ScreenMention key={mention.id} mention={mention} variant={variant} />
        ))}
      </div>
      {(slides > 1 || label) && (
        <p className="screen__position">
          {label && <span className="screen__column">{label}</span>}
          {slides > 1 && (
            <span aria-hidden="true">
              {t('slide', {
                n: formatNumber(index + 1, language),
                total: formatNumber(slides, language),
              })}
            </span>
          )}
        </p>
      )}
    </>
  );
}

/** New mentions move today's figures: read them again, at most every ten seconds, also under a flood. */
function useFiguresFollow(newestId: string | undefined): void {
  const queryClient = useQueryClient();
  const first = useRef(newestId);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (newestId === undefined || newestId === first.current) return;
    pending.current ??= setTimeout(() => {
      pending.current = undefined;
      void queryClient.invalidateQueries({ queryKey: statsKeys.all });
    }, FIGURES_EVERY_MS);
  }, [newestId, queryClient]);
  useEffect(() => () => clearTimeout(pending.current), []);
}
