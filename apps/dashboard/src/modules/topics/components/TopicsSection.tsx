import type { Topic, TopicKind } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import {
  Badge,
  Button,
  ConfirmRemovalDialog,
  EmptyState,
  ErrorState,
  IconButton,
  Panel,
  Skeleton,
  Table,
  type TableColumn,
} from '../../ui';
import { topicListQuery } from '../api/topic-queries';
import { useDeleteTopic } from '../hooks/useTopicMutations';
import '../topics.css';
import { topicsMessages } from '../topics.messages';
import { QueryHelp } from './QueryHelp';
import { RematchProgress } from './RematchProgress';
import { TopicForm } from './TopicForm';

type Editing = { topic?: Topic } | null;

/** The topics with their kind, colour, query and re-match progress; an admin creates, edits and deletes them. */
export function TopicsSection() {
  const t = useMessages(topicsMessages);
  const { isAdmin } = useSession();
  const topics = useQuery(topicListQuery(useApiClient()));
  const remove = useDeleteTopic();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Topic | null>(null);

  const list = topics.data ?? [];
  const defaultKind: TopicKind = list.some((topic) => topic.kind === 'company')
    ? 'competitor'
    : 'company';

  const columns: TableColumn<Topic>[] = [
    {
      key: 'name',
      header: t('column.name'),
      rowHeader: true,
      render: (topic) => (
        <span className="topic-name">
          <span
            className="topic-name__dot"
            style={{ background: topic.color }}
            aria-hidden="true"
          />
          {topic.name}
        </span>
      ),
    },
    {
      key: 'kind',
      header: t('column.kind'),
      render: (topic) => (
        <Badge tone={topic.kind === 'company' ? 'accent' : 'neutral'}>
          {t(`kind.${topic.kind}`)}
        </Badge>
      ),
    },
    {
      key: 'query',
      header: t('column.query'),
      render: (topic) => (
        <code className="topic-query-code">{topic.query}</code>
      ),
    },
    {
      key: 'history',
      header: t('column.history'),
      render: (topic) => <RematchProgress progress={topic.rematch} />,
    },
    ...(isAdmin
      ? [
          {
            key: 'actions',
            header: (
              <span className="ui-visually-hidden">{t('column.actions')}</span>
            ),
            align: 'end' as const,
            render: (topic: Topic) => (
              <span className="row-actions">
                <IconButton
                  icon="edit"
                  label={t('edit', { name: topic.name })}
                  onClick={() => setEditing({ topic })}
                />
                <IconButton
                  icon="trash"
                  label={t('delete', { name: topic.name })}
                  onClick={() => setDeleting(topic)}
                />
              </span>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="settings-section">
      <Panel
        title={t('title')}
        description={t('lead')}
        flush
        actions={
          isAdmin &&
          list.length > 0 && (
            <Button
              variant="primary"
              icon="plus"
              onClick={() => setEditing({})}
            >
              {t('add')}
            </Button>
          )
        }
      >
        {topics.isError ? (
          <ErrorState
            error={topics.error}
            onRetry={() => void topics.refetch()}
          />
        ) : !topics.data ? (
          <Skeleton height={120} />
        ) : list.length === 0 ? (
          <div className="topics-empty">
            <EmptyState
              icon="tag"
              title={t('empty.title')}
              text={isAdmin ? t('empty.text') : t('empty.viewer')}
              action={
                isAdmin && (
                  <Button
                    variant="primary"
                    icon="plus"
                    onClick={() => setEditing({})}
                  >
                    {t('add')}
                  </Button>
                )
              }
            />
            {isAdmin && <QueryHelp />}
          </div>
        ) : (
          <Table
            caption={t('caption')}
            columns={columns}
            rows={list}
            rowKey={(topic) => topic.id}
          />
        )}
      </Panel>
      {editing && (
        <TopicForm
          topic={editing.topic}
          defaultKind={defaultKind}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmRemovalDialog
        target={deleting}
        title={t('delete.title')}
        text={(name) => t('delete.text', { name })}
        confirmLabel={t('delete.confirm')}
        removed={(name) => t('deleted', { name })}
        remove={remove}
        onClose={() => setDeleting(null)}
      />
    </div>
  );
}
