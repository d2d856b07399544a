import type { Account, Goal } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { formatDate, formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import {
  Button,
  ConfirmDialog,
  EmptyState,
  ErrorState,
  IconButton,
  Panel,
  Skeleton,
} from '../../ui';
import { accountsMessages } from '../accounts.messages';
import { goalsQuery } from '../api/account-queries';
import { useRemoveGoal } from '../hooks/useAccountMutations';
import { EditGoalForm } from './EditGoalForm';
import { GoalForm } from './GoalForm';

export type GoalsPanelProps = {
  accounts: Account[];
};

/** Each goal's progress, the pace so far and needed, and where the current pace leads. */
export function GoalsPanel({ accounts }: GoalsPanelProps) {
  const t = useMessages(accountsMessages);
  const { isAdmin } = useSession();
  const goals = useQuery(goalsQuery(useApiClient()));
  const [adding, setAdding] = useState(false);
  const own = accounts.filter((account) => account.role === 'own');
  return (
    <Panel
      title={t('goals.title')}
      description={t('goals.lead')}
      actions={
        isAdmin &&
        own.length > 0 && (
          <Button icon="plus" size="sm" onClick={() => setAdding(true)}>
            {t('goals.add')}
          </Button>
        )
      }
    >
      {goals.isError ? (
        <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />
      ) : !goals.data ? (
        <Skeleton height={96} />
      ) : goals.data.length === 0 ? (
        <EmptyState
          compact
          icon="check"
          title={t('goals.empty.title')}
          text={
            !isAdmin
              ? t('goals.empty.viewer')
              : own.length === 0
                ? t('goals.needsOwn')
                : t('goals.empty.text')
          }
          action={
            isAdmin &&
            own.length > 0 && (
              <Button
                variant="primary"
                icon="plus"
                onClick={() => setAdding(true)}
              >
                {t('goals.add')}
              </Button>
            )
          }
        />
      ) : (
        <ul className="goal-list">
          {goals.data.map((goal) => (
            <GoalCard key={goal.id} goal={goal} accounts={accounts} />
          ))}
        </ul>
      )}
      {adding && (
        <GoalForm ownAccounts={own} onClose={() => setAdding(false)} />
      )}
    </Panel>
  );
}

export type GoalCardProps = {
  goal: Goal;
  /** Names the goal's account; without it the card names none. */
  accounts: Account[];
  /** Offer to remove the goal (admins, on the accounts page). */
  removable?: boolean;
};

/** One goal: progress bar, where the current pace leads, and the pace needed. */
export function GoalCard({ goal, accounts, removable = true }: GoalCardProps) {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const remove = useRemoveGoal();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const { progress } = goal;
  const number = (value: number) => formatNumber(value, language);
  const account = accounts.find((candidate) => candidate.id === goal.accountId);
  const subject = [
    t(`metric.${goal.metric}`),
    account?.name,
    goal.hashtag ? `#${goal.hashtag}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const window = goal.period
    ? t(goal.period === 'week' ? 'goal.window.week' : 'goal.window.month')
    : t('goal.window.deadline', {
        // The deadline is the midnight after the goal's last day.
        date: formatDate(Date.parse(goal.deadline!) - 1, language),
      });
  const forecast =
    progress.status === 'reached'
      ? t('goal.reached')
      : progress.status === 'on-track'
        ? t('goal.onTrack', {
            date: formatDate(`${progress.reachedOn!}T12:00:00Z`, language),
          })
        : progress.status === 'misses'
          ? t('goal.misses', { n: number(progress.shortfall ?? 0) })
          : t('goal.unknown');
  const tone =
    progress.status === 'reached' || progress.status === 'on-track'
      ? 'good'
      : progress.status === 'misses'
        ? 'behind'
        : 'unknown';
  return (
    <li className={`goal-card goal-card--${tone}`}>
      <div className="goal-card__head">
        <div>
          <p className="goal-card__name">{goal.name}</p>
          <p className="goal-card__subject">
            {subject} · {window}
          </p>
        </div>
        {isAdmin && removable && (
          <span className="account-actions">
            <IconButton
              icon="edit"
              variant="ghost"
              size="sm"
              label={t('goal.edit', { name: goal.name })}
              onClick={() => setEditing(true)}
            />
            <IconButton
              icon="trash"
              variant="ghost"
              size="sm"
              label={t('goal.remove', { name: goal.name })}
              onClick={() => setConfirming(true)}
            />
          </span>
        )}
      </div>
      <p className="goal-card__figure">
        {t('goal.of', {
          current: number(progress.current),
          target: number(progress.target),
        })}
      </p>
      <div
        className="goal-bar"
        role="progressbar"
        aria-label={t('goal.progress', { name: goal.name })}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress.fraction * 100)}
      >
        <span
          className="goal-bar__fill"
          style={{ width: `${Math.round(progress.fraction * 100)}%` }}
        />
      </div>
      <p className="goal-card__forecast">{forecast}</p>
      {progress.pacePerDay !== null &&
        progress.neededPerDay !== null &&
        progress.status !== 'reached' && (
          <p className="goal-card__pace">
            {t('goal.pace', {
              pace: number(progress.pacePerDay),
              needed: number(progress.neededPerDay),
            })}
          </p>
        )}
      {remove.isError && <ErrorState error={remove.error} compact />}
      {editing && (
        <EditGoalForm goal={goal} onClose={() => setEditing(false)} />
      )}
      <ConfirmDialog
        open={confirming}
        title={t('goal.remove.title')}
        text={t('goal.remove.text', { name: goal.name })}
        confirmLabel={t('remove.confirm')}
        danger
        busy={remove.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          remove.mutate(goal.id, { onSettled: () => setConfirming(false) })
        }
      />
    </li>
  );
}
