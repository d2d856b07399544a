import type { Mention } from '@lyt/contracts';
import { useMessages } from '../../../i18n/messages';
import { RelativeTime, safeHttpUrl } from '../../ui';
import { screenMessages } from '../screen.messages';

export type ScreenMentionProps = {
  mention: Mention;
  variant: 'single' | 'card' | 'row';
};

/**
 * One mention as a wall shows it: who, where, when, what, and its picture
 * when it has one. Feed text is only ever text here (React escapes it), the
 * picture loads only over http(s) and without a referrer, and nothing is a
 * link: a wall has nobody to click.
 */
export function ScreenMention({ mention, variant }: ScreenMentionProps) {
  const t = useMessages(screenMessages);
  const image = safeHttpUrl(mention.mediaUrl);
  // Many feeds repeat the title as the start of the text: say it once.
  const title =
    mention.title && !mention.text.startsWith(mention.title.replace(/…$/, ''))
      ? mention.title
      : null;
  return (
    <article
      className={`screen-mention screen-mention--${variant}`}
      data-mention-id={mention.id}
    >
      <div className="screen-mention__body">
        <p className="screen-mention__meta">
          <span className="screen-mention__author">
            {mention.author ?? t('unknownAuthor')}
          </span>
          <span className="screen-mention__source">
            {t('via', { source: mention.source.name })}
          </span>
          <span aria-hidden="true">·</span>
          <RelativeTime
            className="screen-mention__time"
            value={mention.publishedAt}
          />
        </p>
        {title && <p className="screen-mention__title">{title}</p>}
        <p className="screen-mention__text">{mention.text}</p>
        {variant !== 'row' && mention.hashtags.length > 0 && (
          <p className="screen-mention__hashtags">
            {mention.hashtags.slice(0, 5).map((tag) => (
              <span key={tag}>#{tag}</span>
            ))}
          </p>
        )}
      </div>
      {image && (
        <img
          className="screen-mention__image"
          src={image}
          alt=""
          referrerPolicy="no-referrer"
          onError={(event) => {
            // A broken picture leaves no empty frame on the wall.
            event.currentTarget.hidden = true;
          }}
        />
      )}
    </article>
  );
}
