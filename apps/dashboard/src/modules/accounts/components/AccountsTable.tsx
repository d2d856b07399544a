import { ACCOUNT_ROLES, type Account, type AccountRole } from '@lyt/contracts';
import { useState } from 'react';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { formatNumber } from '../../../i18n/format';
import { useMessages } from '../../../i18n/messages';
import { useSession } from '../../auth/SessionGate';
import {
  Badge,
  ConfirmRemovalDialog,
  ExternalLink,
  IconButton,
  Panel,
  Table,
  type TableColumn,
  ErrorState,
} from '../../ui';
import { accountsMessages } from '../accounts.messages';
import {
  useChangeAccount,
  useRemoveAccount,
} from '../hooks/useAccountMutations';
import { EditAccountForm } from './EditAccountForm';

export type AccountsTableProps = {
  accounts: Account[];
};

const ROLE_TONE = {
  own: 'accent',
  'role-model': 'info',
  employee: 'success',
  watched: 'neutral',
} as const;

/** Every account with its role, followers and the period's engagement; the admin changes roles, renames and removes accounts here. */
export function AccountsTable({ accounts }: AccountsTableProps) {
  const t = useMessages(accountsMessages);
  const { language } = useLanguage();
  const { isAdmin } = useSession();
  const change = useChangeAccount();
  const remove = useRemoveAccount();
  const [removing, setRemoving] = useState<Account | null>(null);
  const [editing, setEditing] = useState<Account | null>(null);
  const count = (value: number) => formatNumber(value, language);
  const notAvailable = (
    <span className="account-muted account-na" title={t('notAvailable.hint')}>
      {t('notAvailable')}
    </span>
  );
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
              change.mutate({
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
        account.platform === 'feed' ? (
          notAvailable
        ) : account.followers === null ? (
          <span className="account-muted">{t('notCollected')}</span>
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
      render: (account) =>
        account.likes === null ||
        account.boosts === null ||
        account.replies === null ? (
          notAvailable
        ) : (
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
              <span className="account-actions">
                <IconButton
                  icon="edit"
                  variant="ghost"
                  size="sm"
                  label={t('edit', { name: account.name })}
                  onClick={() => setEditing(account)}
                />
                <IconButton
                  icon="trash"
                  variant="ghost"
                  size="sm"
                  label={t('remove', { name: account.name })}
                  onClick={() => setRemoving(account)}
                />
              </span>
            ),
          },
        ]
      : []),
  ];
  return (
    <Panel title={t('title')} flush>
      {/* A failed change is said above the table, in the server's words; a failed removal in its dialog. */}
      {change.isError && <ErrorState error={change.error} compact />}
      <div className="accounts-table">
        <Table
          caption={t('table.caption')}
          columns={columns}
          rows={accounts}
          rowKey={(account) => account.id}
        />
      </div>
      <ConfirmRemovalDialog
        target={removing}
        title={t('remove.title')}
        text={(name) => t('remove.text', { name })}
        confirmLabel={t('remove.confirm')}
        removed={(name) => t('removed', { name })}
        remove={remove}
        onClose={() => setRemoving(null)}
      />
      {editing && (
        <EditAccountForm account={editing} onClose={() => setEditing(null)} />
      )}
    </Panel>
  );
}
