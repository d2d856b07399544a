import type { Source } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import {
  sourceListQuery,
  sourceTemplatesQuery,
} from '../../sources/api/source-queries';
import {
  Badge,
  ButtonLink,
  EmptyState,
  Panel,
  RelativeTime,
  Skeleton,
  Table,
} from '../../ui';
import { topicListQuery } from '../../topics/api/topic-queries';
import type { OverviewReadiness } from '../hooks/useOverviewReadiness';
import { overviewMessages } from '../overview.messages';
import { templateText } from '../../sources/source-text';
import { sourcesMessages } from '../../sources/sources.messages';

export type SetupEmptyStateProps = {
  readiness: Exclude<OverviewReadiness, 'ready' | 'loading'>;
  /** Items collected so far, all time. */
  items: number;
};

/** Before there is anything to read: what to set up next (the admin) or who does (a viewer), or what is being collected. */
export function SetupEmptyState({ readiness, items }: SetupEmptyStateProps) {
  const t = useMessages(overviewMessages);
  const { isAdmin } = useSession();
  if (readiness === 'collecting') return <CollectingState items={items} />;
  const viewerNote = !isAdmin && <p>{t('empty.viewer')}</p>;
  // Straight to the section that is missing.
  const action = isAdmin && (
    <ButtonLink
      variant="primary"
      to={`/settings?section=${readiness === 'no-topic' ? 'topics' : 'sources'}`}
    >
      {t('empty.action')}
    </ButtonLink>
  );
  if (readiness === 'no-topic')
    return (
      <Panel>
        <EmptyState
          icon="overview"
          title={t('empty.topic.title')}
          text={
            <>
              <p>{t('empty.topic.text')}</p>
              {viewerNote}
            </>
          }
          action={action}
        />
      </Panel>
    );
  return (
    <Panel>
      <EmptyState
        icon="plus"
        title={t('empty.source.title')}
        text={
          <>
            <p>{t('empty.source.text')}</p>
            <SourceTemplates />
            {viewerNote}
          </>
        }
        action={action}
      />
    </Panel>
  );
}

/** The kinds of feed Lyt builds for you, named as settings names them, in the page's language. */
function SourceTemplates() {
  const t = useMessages(sourcesMessages);
  const templates = useQuery(sourceTemplatesQuery(useApiClient()));
  if (!templates.data) return <Skeleton lines={1} />;
  return (
    <ul className="setup-templates" data-testid="source-templates">
      {templates.data.map((template) => {
        const text = templateText(t, template);
        return (
          <li key={template.id} title={text.description}>
            {text.name}
          </li>
        );
      })}
    </ul>
  );
}

/** Sources exist but nothing has matched yet: what Lyt is collecting, and when it looks next. */
function CollectingState({ items }: { items: number }) {
  const t = useMessages(overviewMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const api = useApiClient();
  const sources = useQuery(sourceListQuery(api));
  const topics = useQuery(topicListQuery(api));
  return (
    <Panel title={t('collecting.title')} flush>
      <div className="panel-pad collecting__lead">
        <div>
          <p>
            {items === 0
              ? t('collecting.none')
              : t('collecting.items', {
                  count: formatNumber(items, language),
                  n: items,
                })}
          </p>
          {topics.data && topics.data.length > 0 && (
            <p>
              {t('collecting.topics.listening', {
                topics: topics.data.map((topic) => topic.name).join(', '),
              })}
            </p>
          )}
        </div>
        {isAdmin && items > 0 && (
          <ButtonLink to="/settings?section=topics" size="sm">
            {t('collecting.topics')}
          </ButtonLink>
        )}
      </div>
      {sources.data ? (
        <Table<Source>
          caption={t('collecting.title')}
          rows={sources.data}
          rowKey={(source) => source.id}
          rowTone={(source) =>
            source.enabled && source.health.errorCount > 0
              ? 'danger'
              : undefined
          }
          columns={[
            {
              key: 'name',
              header: t('collecting.source'),
              rowHeader: true,
              render: (source) => source.name,
            },
            {
              key: 'status',
              header: t('collecting.status'),
              render: (source) => <SourceStatus source={source} />,
            },
            {
              key: 'next',
              header: t('collecting.next'),
              render: (source) =>
                source.health.nextPollAt ? (
                  <RelativeTime value={source.health.nextPollAt} />
                ) : (
                  '–'
                ),
            },
            {
              key: 'seen',
              header: t('collecting.seen'),
              align: 'end',
              render: (source) =>
                formatNumber(source.health.itemsSeen, language),
            },
          ]}
        />
      ) : (
        <div className="panel-pad">
          <Skeleton lines={3} />
        </div>
      )}
    </Panel>
  );
}

function SourceStatus({ source }: { source: Source }) {
  const t = useMessages(overviewMessages);
  if (!source.enabled) return <Badge>{t('collecting.paused')}</Badge>;
  if (source.health.errorCount > 0)
    return (
      <span className="collecting__error">
        <Badge tone="danger">{t('collecting.failing')}</Badge>{' '}
        {source.health.lastError}
      </span>
    );
  if (!source.health.lastPolledAt)
    return <Badge tone="info">{t('collecting.waiting')}</Badge>;
  return <Badge tone="success">{t('collecting.ok')}</Badge>;
}
