import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../api/ApiClientProvider';
import { statsQuery, summaryQuery } from '../../stats/api/stats-queries';
import { dayOf, type PeriodSelection } from '../../stats/period';
import { useNow } from '../../ui';

/** Read again this often besides when mentions arrive: a wall has nobody to press refresh. */
const REFRESH_MS = 60_000;

export interface TodayFigures {
  /** Null until known. */
  mentions: number | null;
  /** The first company topic's share of voice today (the biggest topic's when there is no company); null without mentions. */
  share: { topic: string; share: number } | null;
  topHashtag: { tag: string; count: number } | null;
  /** Every figure has been answered at least once. */
  loaded: boolean;
}

/**
 * Today's figures (a Copenhagen day) for the whole organisation, whatever the
 * screen's filter: mentions today, the company's share of voice, the top
 * hashtag. Keys hold the day, so the band turns over at midnight by itself.
 */
export function useTodayFigures(): TodayFigures {
  const api = useApiClient();
  const today = dayOf(useNow(60_000));
  const period: PeriodSelection = { preset: 'custom', from: today, to: today };
  const refresh = { refetchInterval: REFRESH_MS, staleTime: 5_000 };
  const summary = useQuery({ ...summaryQuery(api, period), ...refresh });
  const share = useQuery({
    ...statsQuery(api, 'share-of-voice', period),
    ...refresh,
  });
  const hashtags = useQuery({
    ...statsQuery(api, 'hashtags', period, { limit: 1 }),
    ...refresh,
  });

  const topics = share.data?.topics ?? [];
  const lead =
    topics.find((entry) => entry.topic.kind === 'company') ??
    [...topics].sort((a, b) => b.count - a.count)[0];
  const top = hashtags.data?.hashtags[0];
  return {
    mentions: summary.data?.mentions ?? null,
    share:
      lead && share.data && share.data.total > 0
        ? { topic: lead.topic.name, share: lead.share }
        : null,
    topHashtag: top ? { tag: top.tag, count: top.count } : null,
    loaded:
      summary.data !== undefined &&
      share.data !== undefined &&
      hashtags.data !== undefined,
  };
}
