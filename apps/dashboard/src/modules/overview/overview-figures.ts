import type {
  SentimentStats,
  ShareOfVoiceStats,
  TopicKind,
} from '@lyt/contracts';

/** The company's part of the conversation: the shares of the company topics summed; null without one. */
export function companyShare(voice: ShareOfVoiceStats): number | null {
  const company = voice.topics.filter(({ topic }) => topic.kind === 'company');
  // Without any mention in the period there is no conversation to have a share of.
  if (company.length === 0 || voice.total === 0) return null;
  return company.reduce((sum, entry) => sum + entry.share, 0);
}

export interface SentimentBalance {
  positive: number;
  neutral: number;
  negative: number;
  /**
   * Net sentiment: (positive − negative) / (positive + negative), from −1
   * (all negative) to 1 (all positive); null when nothing was either.
   */
  balance: number | null;
}

/** Net sentiment of the topics of `kinds` (the company by default) in the period. */
export function sentimentBalance(
  sentiment: SentimentStats,
  kinds: readonly TopicKind[] = ['company'],
): SentimentBalance | null {
  const topics = sentiment.topics.filter(({ topic }) =>
    kinds.includes(topic.kind),
  );
  if (topics.length === 0) return null;
  const sum = (key: 'positive' | 'neutral' | 'negative') =>
    topics.reduce((total, entry) => total + entry[key], 0);
  const positive = sum('positive');
  const negative = sum('negative');
  return {
    positive,
    neutral: sum('neutral'),
    negative,
    balance: netSentiment({ positive, negative }),
  };
}

/** Net sentiment of one topic's counts. */
export function netSentiment(counts: {
  positive: number;
  negative: number;
}): number | null {
  const opinions = counts.positive + counts.negative;
  return opinions === 0 ? null : (counts.positive - counts.negative) / opinions;
}
