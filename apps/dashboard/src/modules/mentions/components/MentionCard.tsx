import type { Mention } from '@lyt/contracts';
import type { ReactNode } from 'react';
import { useMessages } from '../../../i18n/messages';
import {
  Badge,
  ExternalLink,
  RelativeTime,
  safeHttpUrl,
  SentimentBadge,
} from '../../ui';
import '../mentions.css';
import { mentionsMessages } from '../mentions.messages';

export type MentionCardProps = {
  mention: Mention;
  /** Topic colours by id, from the topics list. */
  topicColors?: ReadonlyMap<string, string>;
  /** Admin controls (hide), placed at the card's end. */
  actions?: ReactNode;
  compact?: boolean;
};

/**
 * One mention. Everything from a feed is shown as text (React escapes it);
 * only http(s) URLs become a link or an image, and images load without a
 * referrer and lazily.
 */
export function MentionCard({
  mention,
  topicColors,
  actions,
  compact,
}: MentionCardProps) {
  const t = useMessages(mentionsMessages);
  const image = compact ? null : safeHttpUrl(mention.mediaUrl);
  // Many feeds repeat the title as the start of the text: say it once.
  const title =
    mention.title && !mention.text.startsWith(mention.title.replace(/…$/, ''))
      ? mention.title
      : null;
  return (
    <article
      className={['mention', compact && 'mention--compact']
        .filter(Boolean)
        .join(' ')}
      data-mention-id={mention.id}
    >
      <header className="mention__meta">
        <span className="mention__author">
          {mention.author ?? t('unknownAuthor')}
        </span>
        <span className="mention__source">
          {t('via')} {mention.source.name}
        </span>
        <span aria-hidden="true">·</span>
        <ExternalLink href={mention.url} className="mention__time">
          <RelativeTime value={mention.publishedAt} />
        </ExternalLink>
      </header>
      <div className="mention__body">
        <div className="mention__content">
          {title && <p className="mention__title">{title}</p>}
          <p className="mention__text">{mention.text}</p>
        </div>
        {image && (
          <img
            className="mention__image"
            src={image}
            alt=""
            loading="lazy"
            referrerPolicy="no-referrer"
          />
        )}
      </div>
      <footer className="mention__footer">
        {mention.sentiment && (
          <SentimentBadge label={mention.sentiment.label} />
        )}
        {mention.language && (
          <Badge title={t('language', { code: mention.language })}>
            {mention.language.toUpperCase()}
          </Badge>
        )}
        {mention.topics.map((topic) => (
          <span key={topic.id} className="mention__topic">
            <span
              className="mention__topic-dot"
              style={{
                background:
                  topicColors?.get(topic.id) ?? 'var(--color-border-strong)',
              }}
              aria-hidden="true"
            />
            {topic.name}
          </span>
        ))}
        {mention.hashtags.slice(0, 6).map((tag) => (
          <span key={tag} className="mention__hashtag">
            #{tag}
          </span>
        ))}
        {actions && <span className="mention__actions">{actions}</span>}
      </footer>
    </article>
  );
}
