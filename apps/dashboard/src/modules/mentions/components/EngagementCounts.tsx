import type { MentionEngagement } from '@lyt/contracts';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { mentionsMessages } from '../mentions.messages';

export type EngagementCountsProps = {
  engagement: MentionEngagement;
};

/** A post's likes, boosts, replies and (on Bluesky) quotes, as its platform last said. */
export function EngagementCounts({ engagement }: EngagementCountsProps) {
  const t = useMessages(mentionsMessages);
  const { language } = useLanguage();
  const n = (value: number) => ({ n: formatNumber(value, language) });
  const parts = [
    t('engagement.likes', n(engagement.likes)),
    t('engagement.boosts', n(engagement.boosts)),
    t('engagement.replies', n(engagement.replies)),
    ...(engagement.quotes > 0
      ? [t('engagement.quotes', n(engagement.quotes))]
      : []),
  ];
  return (
    <ul
      className="engagement-counts"
      aria-label={t('engagement.label')}
      data-testid="engagement-counts"
    >
      {parts.map((part) => (
        <li key={part}>{part}</li>
      ))}
    </ul>
  );
}
