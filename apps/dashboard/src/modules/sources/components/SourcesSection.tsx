import type { Source } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDuration, formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import {
  Badge,
  type BadgeTone,
  Button,
  ConfirmRemovalDialog,
  DemoBadge,
  EmptyState,
  ErrorState,
  IconButton,
  Notice,
  Panel,
  RelativeTime,
  Skeleton,
  Table,
  type TableColumn,
  useToast,
} from '../../ui';
import { sourceListQuery, sourceTemplatesQuery } from '../api/source-queries';
import {
  useChangeSource,
  useDeleteSource,
  usePollSource,
} from '../hooks/useSourceMutations';
import {
  failureReason,
  type SourceStatus,
  sourceStatus,
  templateText,
} from '../source-text';
import '../sources.css';
import { sourcesMessages } from '../sources.messages';
import { AddSourceForm } from './AddSourceForm';
import { IntervalSelect } from './IntervalSelect';
import { OpmlButtons } from './OpmlButtons';

const STATUS_TONE: Record<SourceStatus, BadgeTone> = {
  ok: 'success',
  failing: 'danger',
  paused: 'neutral',
  waiting: 'info',
};

/** Every source with its health at a glance (failing ones marked and counted), and what an admin does with them. */
export function SourcesSection() {
  const t = useMessages(sourcesMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const toast = useToast();
  const sources = useQuery(sourceListQuery(useApiClient()));
  const change = useChangeSource();
  const poll = usePollSource();
  const remove = useDeleteSource();
  const [adding, setAdding] = useState<{ template?: string } | null>(null);
  const [deleting, setDeleting] = useState<Source | null>(null);

  const list = sources.data ?? [];
  const failing = list.filter((source) => sourceStatus(source) === 'failing');

  const pollNow = (source: Source) =>
    poll.mutate(source.id, {
      onSuccess: (polled) =>
        toast.show(
          polled.health.errorCount > 0
            ? {
                tone: 'danger',
                text: t('polled.failed', { name: source.name }),
              }
            : { tone: 'success', text: t('polled', { name: source.name }) },
        ),
    });
  const setEnabled = (source: Source, enabled: boolean) =>
    change.mutate(
      { id: source.id, change: { enabled } },
      {
        onSuccess: () =>
          toast.show({
            tone: 'success',
            text: t(enabled ? 'resumed' : 'paused', { name: source.name }),
          }),
      },
    );
  const setIntervalSeconds = (source: Source, intervalSeconds: number) =>
    change.mutate(
      { id: source.id, change: { intervalSeconds } },
      {
        onSuccess: () =>
          toast.show({
            tone: 'success',
            text: t('interval.saved', { name: source.name }),
          }),
      },
    );

  const columns: TableColumn<Source>[] = [
    {
      key: 'source',
      header: t('column.source'),
      rowHeader: true,
      render: (source) => (
        <span className="source-cell">
          <span className="source-cell__name">
            {source.name}
            {source.demo && <DemoBadge />}
          </span>
          <span className="source-cell__url">{source.url}</span>
          {isAdmin && (
            <span className="row-actions source-cell__actions">
              <IconButton
                icon="refresh"
                size="sm"
                label={t('pollNow', { name: source.name })}
                disabled={poll.isPending && poll.variables === source.id}
                onClick={() => pollNow(source)}
              />
              {source.enabled ? (
                <IconButton
                  icon="pause"
                  size="sm"
                  label={t('pause', { name: source.name })}
                  onClick={() => setEnabled(source, false)}
                />
              ) : (
                <IconButton
                  icon="play"
                  size="sm"
                  label={t('resume', { name: source.name })}
                  onClick={() => setEnabled(source, true)}
                />
              )}
              <IconButton
                icon="trash"
                size="sm"
                label={t('delete', { name: source.name })}
                onClick={() => setDeleting(source)}
              />
            </span>
          )}
        </span>
      ),
    },
    {
      key: 'status',
      header: t('column.status'),
      render: (source) => {
        const status = sourceStatus(source);
        const reason =
          status === 'failing'
            ? failureReason(t, source.health.lastStatus)
            : null;
        return (
          <span className="source-status" data-status={status}>
            <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>
            {status === 'failing' && (
              <span className="source-status__count">
                {t('errors.count', {
                  count: formatNumber(source.health.errorCount, language),
                })}
              </span>
            )}
            {reason && <span className="source-status__reason">{reason}</span>}
            {status === 'failing' && source.health.lastError && (
              <span className="source-status__detail">
                {source.health.lastError}
              </span>
            )}
          </span>
        );
      },
    },
    {
      key: 'polling',
      header: t('column.polling'),
      render: (source) => (
        <dl className="source-facts">
          <dt>{t('lastOk')}</dt>
          <dd>
            {source.health.lastOkAt ? (
              <RelativeTime value={source.health.lastOkAt} />
            ) : (
              <span className="source-muted">{t('never')}</span>
            )}
          </dd>
          <dt>{t('nextPoll')}</dt>
          <dd>
            {!source.enabled || !source.health.nextPollAt ? (
              <span className="source-muted">{t('nextPoll.paused')}</span>
            ) : Date.parse(source.health.nextPollAt) <= Date.now() ? (
              t('nextPoll.due')
            ) : (
              <RelativeTime value={source.health.nextPollAt} />
            )}
          </dd>
          <dt className="ui-visually-hidden">{t('column.interval')}</dt>
          <dd className="source-facts__wide">
            {isAdmin ? (
              <IntervalSelect
                label={t('intervalFor', { name: source.name })}
                value={source.intervalSeconds}
                onChange={(seconds) => setIntervalSeconds(source, seconds)}
              />
            ) : (
              t('interval.custom', {
                every: formatDuration(source.intervalSeconds * 1000, language),
              })
            )}
          </dd>
        </dl>
      ),
    },
    {
      key: 'items',
      header: t('column.items'),
      render: (source) => (
        <dl className="source-facts">
          <dt>{t('itemsSeen')}</dt>
          <dd data-testid="source-items">
            {formatNumber(source.health.itemsSeen, language)}
          </dd>
          <dt>{t('lastNew')}</dt>
          <dd>
            {source.health.lastNewItemAt ? (
              <RelativeTime value={source.health.lastNewItemAt} />
            ) : (
              <span className="source-muted">{t('never')}</span>
            )}
          </dd>
        </dl>
      ),
    },
  ];

  return (
    <div className="settings-section">
      {failing.length > 0 && (
        <Notice
          tone="danger"
          title={t('failing.title', {
            count: formatNumber(failing.length, language),
          })}
        >
          <strong>{failing.map((source) => source.name).join(', ')}</strong>
          {' — '}
          {t('failing.text')}
        </Notice>
      )}
      <Panel
        title={t('title')}
        description={t('lead')}
        flush
        actions={
          <>
            <OpmlButtons isAdmin={isAdmin} />
            {isAdmin && list.length > 0 && (
              <Button
                variant="primary"
                icon="plus"
                onClick={() => setAdding({})}
              >
                {t('add')}
              </Button>
            )}
          </>
        }
      >
        {sources.isError ? (
          <ErrorState
            error={sources.error}
            onRetry={() => void sources.refetch()}
          />
        ) : !sources.data ? (
          <Skeleton height={120} />
        ) : list.length === 0 ? (
          <EmptyState
            icon="pulse"
            title={t('empty.title')}
            text={isAdmin ? t('empty.text') : t('empty.viewer')}
            action={
              isAdmin && (
                <TemplateButtons
                  onChoose={(template) => setAdding({ template })}
                />
              )
            }
          />
        ) : (
          <Table
            caption={t('caption')}
            columns={columns}
            rows={list}
            rowKey={(source) => source.id}
            rowTone={(source) =>
              sourceStatus(source) === 'failing' ? 'danger' : undefined
            }
          />
        )}
      </Panel>
      {adding && (
        <AddSourceForm
          initialTemplate={adding.template}
          onClose={() => setAdding(null)}
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

/** The templates as a row of buttons: one click opens the form with that kind chosen. */
function TemplateButtons({ onChoose }: { onChoose(template: string): void }) {
  const t = useMessages(sourcesMessages);
  const templates = useQuery(sourceTemplatesQuery(useApiClient()));
  if (!templates.data) return null;
  return (
    <ul className="source-template-buttons">
      {templates.data.map((template) => (
        <li key={template.id}>
          <Button size="sm" icon="plus" onClick={() => onChoose(template.id)}>
            {templateText(t, template).name}
          </Button>
        </li>
      ))}
    </ul>
  );
}
