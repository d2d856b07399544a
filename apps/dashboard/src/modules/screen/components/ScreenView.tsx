import type { Mention } from '@lyt/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useLiveMentions } from '../../live/hooks/useLiveMentions';
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
 * buffer and the DOM stay the same size whatever arrives.
 */
export function ScreenView({ options, preview }: ScreenViewProps) {
  const t = useMessages(screenMessages);
  const filter = useMemo(
    () => ({
      topics: options.topics,
      kinds: options.kinds,
      hashtags: options.hashtags,
    }),
    [options.topics, options.kinds, options.hashtags],
  );
  const latest = useMentions({
    ...(filter.topics.length > 0 ? { topic: filter.topics } : {}),
    ...(filter.kinds.length > 0 ? { kind: filter.kinds } : {}),
    ...(filter.hashtags.length > 0 ? { hashtag: filter.hashtags } : {}),
    limit: SCREEN_BUFFER,
  });
  const mentions = useLiveMentions(filter, {
    limit: SCREEN_BUFFER,
    backfill: latest.data?.pages[0]?.items,
  });
  useFiguresFollow(mentions[0]?.id);

  const filtered =
    filter.topics.length + filter.kinds.length + filter.hashtags.length > 0;
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
        {mentions.length === 0 ? (
          latest.isPending ? null : (
            <div className="screen__empty">
              <p className="screen__empty-title">{t('empty.title')}</p>
              <p>{t('empty.text')}</p>
              {filtered && <p>{t('empty.filtered')}</p>}
            </div>
          )
        ) : (
          <Slides options={options} mentions={mentions} />
        )}
      </Stage>
      <ConnectionMark />
    </div>
  );
}

function Slides({
  options,
  mentions,
}: {
  options: ScreenOptions;
  mentions: readonly Mention[];
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
      {slides > 1 && (
        <p className="screen__position" aria-hidden="true">
          {t('slide', {
            n: formatNumber(index + 1, language),
            total: formatNumber(slides, language),
          })}
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
