import { ACCOUNT_ROLES, type Account, type AccountRole } from '@lyt/contracts';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/messages';
import { useSession } from '../../auth/SessionGate';
import {
  Badge,
  ConfirmDialog,
  ExternalLink,
  IconButton,
  Panel,
  Table,
  type TableColumn,
} from '../../ui';
import { accountsMessages } from '../accounts.messages';
import {
  useChangeAccountRole,
  useRemoveAccount,
} from '../hooks/useAccountMutations';

export type AccountsTableProps = {
  accounts: Account[];
};

const ROLE_TONE = {
  own: 'accent',
  'role-model': 'info',
  employee: 'success',
  watched: 'neutral',
} as const;

/** Every account with its role, followers and the period's engagement; the admin changes roles and removes accounts here. */
export function AccountsTable({ accounts }: AccountsTableProps) {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const changeRole = useChangeAccountRole();
  const remove = useRemoveAccount();
  const [removing, setRemoving] = useState<Account | null>(null);
  const count = (value: number) => formatNumber(value, language);
  const columns: TableColumn<Account>[] = [
    {
      key: 'account',
      header: t('column.account'),
      rowHeader: true,
      render: (account) => (
        <div className="account-cell">
          <span className="account-cell__name">
            <ExternalLink href={account.url}>{account.name}</ExternalLink>
          </span>
          <span className="account-cell__handle">
            {t(`platform.${account.platform}`)} · {account.handle}
          </span>
        </div>
      ),
    },
    {
      key: 'role',
      header: t('column.role'),
      render: (account) =>
        isAdmin ? (
          <select
            className="ui-select ui-select--sm account-role-select"
            aria-label={t('changeRole', { name: account.name })}
            value={account.role}
            onChange={(event) =>
              changeRole.mutate({
                id: account.id,
                role: event.target.value as AccountRole,
              })
            }
          >
            {ACCOUNT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        ) : (
          <Badge tone={ROLE_TONE[account.role]}>
            {t(`role.${account.role}`)}
          </Badge>
        ),
    },
    {
      key: 'followers',
      header: t('column.followers'),
      align: 'end',
      render: (account) =>
        account.followers === null ? (
          <span className="account-muted">
            {account.platform === 'feed' ? t('none') : t('notCollected')}
          </span>
        ) : (
          count(account.followers)
        ),
    },
    {
      key: 'posts',
      header: t('column.posts'),
      align: 'end',
      render: (account) => count(account.posts),
    },
    {
      key: 'engagement',
      header: t('column.engagement'),
      align: 'end',
      render: (account) => (
        <span className="account-nums">
          {count(account.likes)} · {count(account.boosts)} ·{' '}
          {count(account.replies)}
        </span>
      ),
    },
    ...(isAdmin
      ? [
          {
            key: 'actions',
            header: (
              <span className="ui-visually-hidden">{t('remove.confirm')}</span>
            ),
            align: 'end' as const,
            render: (account: Account) => (
              <IconButton
                icon="trash"
                variant="ghost"
                size="sm"
                label={t('remove', { name: account.name })}
                onClick={() => setRemoving(account)}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <Panel title={t('title')} flush>
      <Table
        caption={t('table.caption')}
        columns={columns}
        rows={accounts}
        rowKey={(account) => account.id}
      />
      <ConfirmDialog
        open={removing !== null}
        title={t('remove.title')}
        text={removing ? t('remove.text', { name: removing.name }) : ''}
        confirmLabel={t('remove.confirm')}
        danger
        busy={remove.isPending}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })
        }
      />
    </Panel>
  );
}
