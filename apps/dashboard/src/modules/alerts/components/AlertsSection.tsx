import type { AlertRule } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { interestListsQuery } from '../../accounts/api/account-queries';
import { useSession } from '../../auth/SessionGate';
import { sourceListQuery } from '../../sources/api/source-queries';
import { topicListQuery } from '../../topics/api/topic-queries';
import {
  Button,
  ConfirmRemovalDialog,
  EmptyState,
  ErrorState,
  Notice,
  Panel,
  Skeleton,
} from '../../ui';
import { alertChannelsQuery, alertRuleListQuery } from '../api/alert-queries';
import '../alerts.css';
import { alertsMessages } from '../alerts.messages';
import { useDeleteAlertRule } from '../hooks/useDeleteAlertRule';
import { useRuleSummary } from '../hooks/useRuleSummary';
import { AlertRuleCard } from './AlertRuleCard';
import { AlertRuleForm } from './AlertRuleForm';

/** Settings › Alerts. A viewer reads the rules (the API masks where they send to) and changes nothing. */
export function AlertsSection() {
  return (
    <div data-testid="alerts-section">
      <AlertRules readOnly={!useSession().isAdmin} />
    </div>
  );
}

type Editing = { rule: AlertRule | null } | null;

function AlertRules({ readOnly }: { readOnly: boolean }) {
  const t = useMessages(alertsMessages);
  const api = useApiClient();
  const rules = useQuery(alertRuleListQuery(api));
  const topics = useQuery(topicListQuery(api));
  const sources = useQuery(sourceListQuery(api));
  const lists = useQuery(interestListsQuery(api));
  const channels = useQuery({ ...alertChannelsQuery(api), enabled: !readOnly });
  const remove = useDeleteAlertRule();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<AlertRule | null>(null);
  const summary = useRuleSummary(
    topics.data ?? [],
    sources.data ?? [],
    lists.data ?? [],
  );
  const add = () => setEditing({ rule: null });

  return (
    <Panel
      title={t('title')}
      description={t('lead')}
      actions={
        !readOnly &&
        rules.data &&
        rules.data.length > 0 && (
          <Button variant="primary" icon="plus" onClick={add}>
            {t('add')}
          </Button>
        )
      }
    >
      {readOnly && (
        <div className="alerts-note">
          <Notice tone="info">{t('viewer.note')}</Notice>
        </div>
      )}
      {rules.isError ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : !rules.data ? (
        <Skeleton height="6rem" />
      ) : rules.data.length === 0 ? (
        <EmptyState
          icon="pulse"
          title={t('empty.title')}
          text={readOnly ? t('viewer.empty') : t('empty.text')}
          action={
            !readOnly && (
              <Button variant="primary" icon="plus" onClick={add}>
                {t('empty.action')}
              </Button>
            )
          }
        />
      ) : (
        <div className="alert-rules" aria-label={t('list')} role="list">
          {rules.data.map((rule) => (
            <div role="listitem" key={rule.id}>
              <AlertRuleCard
                rule={rule}
                summary={summary(rule)}
                readOnly={readOnly}
                onEdit={() => setEditing({ rule })}
                onDelete={() => setDeleting(rule)}
              />
            </div>
          ))}
        </div>
      )}
      {editing && (
        <AlertRuleForm
          rule={editing.rule}
          topics={topics.data ?? []}
          sources={sources.data ?? []}
          lists={lists.data ?? []}
          channels={channels.data}
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
    </Panel>
  );
}
