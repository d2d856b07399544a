import type { SentimentLabel } from '@lyt/contracts';
import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages';
import { uiMessages } from '../ui.messages';

export type BadgeTone =
  'neutral' | 'accent' | 'info' | 'success' | 'warning' | 'danger';

export type BadgeProps = {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
  className?: string;
};

export function Badge({
  tone = 'neutral',
  children,
  title,
  className,
}: BadgeProps) {
  return (
    <span
      className={['ui-badge', `ui-badge--${tone}`, className]
        .filter(Boolean)
        .join(' ')}
      title={title}
    >
      {children}
    </span>
  );
}

const SENTIMENT_TONE: Record<SentimentLabel, BadgeTone> = {
  positive: 'success',
  neutral: 'neutral',
  negative: 'danger',
};

export type SentimentBadgeProps = { label: SentimentLabel };

export function SentimentBadge({ label }: SentimentBadgeProps) {
  const t = useMessages(uiMessages);
  return <Badge tone={SENTIMENT_TONE[label]}>{t(`sentiment.${label}`)}</Badge>;
}

/** Marks what the demo workspace made, so nobody mistakes it for real data. */
export function DemoBadge() {
  const t = useMessages(uiMessages);
  return <Badge tone="warning">{t('demo')}</Badge>;
}
