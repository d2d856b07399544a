import type { MentionListParams, MentionPage, Topic } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { exploreHref } from '../../explore/explore-link';
import { mentionKeys } from '../../mentions/api/mention-queries';
import { EngagementCounts } from '../../mentions/components/EngagementCounts';
import { mentionsMessages } from '../../mentions/mentions.messages';
import { type PeriodSelection, resolvePeriod } from '../../stats/period';
import { topicListQuery } from '../../topics/api/topic-queries';
import {
  EmptyState,
  ErrorState,
  ExternalLink,
  Field,
  Panel,
  Skeleton,
} from '../../ui';
import '../most-engaging.css';
import { listLink } from '../overview-list';
import { overviewMessages } from '../overview.messages';

const SHOWN = 5;
/** The choice "about us": every company topic. */
const ABOUT_US = 'company';

export type MostEngagingPostsProps = {
  period: PeriodSelection;
  /** An interest list's id: its sources' mentions only. */
  list: string | null;
};

/**
 * The period's posts with the most likes, boosts, replies and quotes, for
 * the company's topics or one topic: what `GET /api/mentions?sort=engagement`
 * puts first. Posts from feeds carry no counts and come last; the card says
 * so when one is shown.
 */
export function MostEngagingPosts({ period, list }: MostEngagingPostsProps) {
  const t = useMessages(overviewMessages);
  const tm = useMessages(mentionsMessages);
  const api = useApiClient();
  const topics = useQuery(topicListQuery(api));
  const hasCompany = topics.data?.some((topic) => topic.kind === 'company');
  const [chosen, choose] = useState<string | null>(null);
  const choice = chosen ?? (hasCompany ? ABOUT_US : '');
  const selection = selectionOf(choice);
  const posts = useQuery({
    // Among the mention lists: a mention hidden anywhere leaves this card too.
    queryKey: [
      ...mentionKeys.lists(),
      { mostEngaging: { period, list, choice } },
    ],
    queryFn: ({ signal }) => {
      const { from, to } = resolvePeriod(period, new Date());
      return api.get<MentionPage>('/mentions', {
        query: {
          ...selection,
          ...listLink(list),
          sort: 'engagement',
          limit: SHOWN,
          from: from.toISOString(),
          to: to.toISOString(),
        },
        signal,
      });
    },
    enabled: topics.isSuccess,
  });
  const items = posts.data?.items;
  const withoutCounts = items?.some((mention) => !mention.engagement);
  const range = resolvePeriod(period, new Date());

  let body;
  if (posts.error || topics.error)
    body = (
      <ErrorState
        error={posts.error ?? topics.error}
        onRetry={() => void (topics.error ? topics.refetch() : posts.refetch())}
        compact
      />
    );
  else if (!items) body = <Skeleton lines={6} />;
  else if (items.length === 0)
    body = (
      <EmptyState
        compact
        icon="inbox"
        title={t('engaging.empty')}
        text={t('engaging.empty.text')}
      />
    );
  else
    body = (
      <>
        <ol className="engaging-list" data-testid="most-engaging">
          {items.map((mention) => (
            <li key={mention.id} className="engaging-list__item">
              <p className="engaging-list__meta">
                <span className="engaging-list__author">
                  {mention.author ?? tm('unknownAuthor')}
                </span>{' '}
                <span className="engaging-list__source">
                  {tm('via')} {mention.source.name}
                </span>
              </p>
              <p className="engaging-list__text">
                {mention.title ?? mention.text}
              </p>
              <div className="engaging-list__counts">
                {mention.engagement ? (
                  <EngagementCounts engagement={mention.engagement} />
                ) : (
                  <span className="engaging-list__none">
                    {t('engaging.noCounts')}
                  </span>
                )}
                {mention.url && (
                  <ExternalLink
                    href={mention.url}
                    className="engaging-list__open"
                  >
                    {tm('open')}
                  </ExternalLink>
                )}
              </div>
            </li>
          ))}
        </ol>
        <p className="engaging-list__footer">
          {withoutCounts && (
            <span className="facts__note">{t('engaging.feedsLast')}</span>
          )}
          <Link
            className="engaging-list__all"
            to={exploreHref({
              ...selection,
              ...listLink(list),
              sort: 'engagement',
              from: range.from,
              to: range.to,
            })}
          >
            {t('engaging.all')}
          </Link>
        </p>
      </>
    );

  return (
    <Panel
      title={t('engaging.title')}
      description={t('engaging.description')}
      actions={
        <TopicChoice
          topics={topics.data ?? []}
          value={choice}
          hasCompany={hasCompany ?? false}
          onChange={choose}
        />
      }
    >
      {body}
    </Panel>
  );
}

function selectionOf(
  choice: string,
): Pick<MentionListParams, 'kind' | 'topic'> {
  if (choice === ABOUT_US) return { kind: ['company'] };
  return choice ? { topic: [choice] } : {};
}

type TopicChoiceProps = {
  topics: Topic[];
  value: string;
  hasCompany: boolean;
  onChange(choice: string): void;
};

function TopicChoice({
  topics,
  value,
  hasCompany,
  onChange,
}: TopicChoiceProps) {
  const t = useMessages(overviewMessages);
  return (
    <Field label={t('engaging.topic')}>
      {(control) => (
        <select
          {...control}
          className="ui-select"
          data-testid="most-engaging-topic"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {hasCompany && (
            <option value={ABOUT_US}>{t('engaging.aboutUs')}</option>
          )}
          <option value="">{t('engaging.everyTopic')}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
