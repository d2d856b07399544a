import type { Mention } from '@lyt/contracts';
import { type ReactNode, useMemo } from 'react';
import { useMessages } from '../../../i18n/messages';
import {
  Badge,
  ExternalLink,
  RelativeTime,
  safeHttpUrl,
  SentimentBadge,
} from '../../ui';
import { fromFirstHit, highlightMention, type TextSegment } from '../highlight';
import '../mentions.css';
import { EngagementCounts } from './EngagementCounts';
import { mentionsMessages } from '../mentions.messages';

/** About what two lines of a compact card show. */
const COMPACT_VISIBLE = 140;
const HASHTAGS_SHOWN = 6;

export type MentionCardProps = {
  mention: Mention;
  /** Topic colours by id, from the topics list. */
  topicColors?: ReadonlyMap<string, string>;
  /** Admin controls (hide), placed at the card's end. */
  actions?: ReactNode;
  compact?: boolean;
};

/**
 * One mention, with the terms that made it match marked. Everything from a
 * feed is shown as text (React escapes it); only http(s) URLs become a link or
 * an image, and images load without a referrer and lazily.
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
  const highlights = useMemo(() => highlightMention(mention), [mention]);
  const text = compact
    ? fromFirstHit(highlights.text, COMPACT_VISIBLE)
    : highlights.text;
  // Hashtags that matched first, so that a long list still shows them.
  const hashtags = mention.hashtags
    .map((tag, index) => ({ tag, hit: highlights.hashtags.has(index) }))
    .sort((a, b) => Number(b.hit) - Number(a.hit))
    .slice(0, HASHTAGS_SHOWN);
  return (
    <article
      className={['mention', compact && 'mention--compact']
        .filter(Boolean)
        .join(' ')}
      data-mention-id={mention.id}
    >
      <header className="mention__meta">
        <span className="mention__author">
          {highlights.author ? (
            <mark className="mention__hit">{mention.author}</mark>
          ) : (
            (mention.author ?? t('unknownAuthor'))
          )}
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
          {title && (
            <p className="mention__title">
              <Marked parts={highlights.title} />
            </p>
          )}
          <p className="mention__text">
            <Marked parts={text} />
          </p>
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
          <span
            key={topic.id}
            className="mention__topic"
            title={topic.terms.join(', ') || undefined}
          >
            <span
              className="mention__topic-dot"
              style={{
                background:
                  topicColors?.get(topic.id) ?? 'var(--color-border-strong)',
              }}
              aria-hidden="true"
            />
            {topic.name}
            {topic.terms.length > 0 && (
              <span className="ui-visually-hidden">
                {' '}
                ({t('matchedOn', { terms: topic.terms.join(', ') })})
              </span>
            )}
          </span>
        ))}
        {hashtags.map(({ tag, hit }) => (
          <span
            key={tag}
            className={['mention__hashtag', hit && 'mention__hashtag--hit']
              .filter(Boolean)
              .join(' ')}
          >
            #{tag}
          </span>
        ))}
        {mention.engagement && (
          <EngagementCounts engagement={mention.engagement} />
        )}
        {actions && <span className="mention__actions">{actions}</span>}
      </footer>
    </article>
  );
}

function Marked({ parts }: { parts: readonly TextSegment[] }) {
  return parts.map((part, index) =>
    part.hit ? (
      <mark key={index} className="mention__hit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
