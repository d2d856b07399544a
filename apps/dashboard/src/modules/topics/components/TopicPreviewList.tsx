import type { TopicPreviewItem } from '@lyt/contracts';
import { validateQuery } from '@lyt/matching';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useMessages } from '../../../i18n/messages';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useApiClient } from '../../api/ApiClientProvider';
import { segments, type TextSegment } from '../../mentions/highlight';
import '../../mentions/mentions.css';
import { ErrorState, ExternalLink, RelativeTime, Skeleton } from '../../ui';
import { topicPreviewQuery } from '../api/topic-queries';
import { useDebounced } from '../hooks/useDebounced';
import { topicsMessages } from '../topics.messages';

export type TopicPreviewListProps = { query: string };

/** What the query would find among the newest stored items, with the matched terms marked; asked once typing pauses. */
export function TopicPreviewList({ query }: TopicPreviewListProps) {
  const t = useMessages(topicsMessages);
  const { language } = useLanguage();
  const titleId = useId();
  const settled = useDebounced(query.trim(), 300);
  const valid = settled !== '' && validateQuery(settled).ok;
  const preview = useQuery({
    ...topicPreviewQuery(useApiClient(), settled),
    enabled: valid,
  });
  return (
    <section className="topic-preview" aria-labelledby={titleId}>
      <header className="topic-preview__header">
        <h3 id={titleId} className="topic-preview__title">
          {t('preview.title')}
        </h3>
        {valid && preview.data && (
          <span className="topic-preview__count" data-testid="preview-count">
            {t('preview.count', {
              count: formatNumber(preview.data.items.length, language),
            })}
          </span>
        )}
      </header>
      {!valid ? (
        <p className="topic-preview__note">{t('preview.waiting')}</p>
      ) : preview.isError ? (
        <ErrorState error={preview.error} compact />
      ) : !preview.data ? (
        <Skeleton height={80} />
      ) : preview.data.items.length === 0 ? (
        <p className="topic-preview__note">{t('preview.none')}</p>
      ) : (
        <>
          <p className="topic-preview__note">
            {t('preview.lead', {
              scanned: formatNumber(preview.data.scanned, language),
            })}
          </p>
          <ul className="topic-preview__list" data-testid="topic-preview">
            {preview.data.items.map((item) => (
              <PreviewItem key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PreviewItem({ item }: { item: TopicPreviewItem }) {
  const inField = (field: TopicPreviewItem['hits'][number]['field']) =>
    item.hits.filter((hit) => hit.field === field);
  const title = item.title ? segments(item.title, inField('title')) : null;
  return (
    <li className="topic-preview__item">
      <p className="topic-preview__meta">
        {item.author && <span>{item.author}</span>}
        <ExternalLink href={item.url}>
          <RelativeTime value={item.publishedAt} />
        </ExternalLink>
      </p>
      {title && (
        <p className="topic-preview__item-title">
          <Marked parts={title} />
        </p>
      )}
      <p className="topic-preview__text">
        <Marked parts={segments(item.text, inField('text'))} />
      </p>
    </li>
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
