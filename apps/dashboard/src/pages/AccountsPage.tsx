import type { AccountRole } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMessages } from '../i18n/messages';
import { accountListQuery } from '../modules/accounts/api/account-queries';
import '../modules/accounts/accounts.css';
import { accountsMessages } from '../modules/accounts/accounts.messages';
import { AccountsTable } from '../modules/accounts/components/AccountsTable';
import { AddAccountForm } from '../modules/accounts/components/AddAccountForm';
import { AmbassadorsPanel } from '../modules/accounts/components/AmbassadorsPanel';
import { ComparisonPanel } from '../modules/accounts/components/ComparisonPanel';
import { GoalsPanel } from '../modules/accounts/components/GoalsPanel';
import { InterestListsPanel } from '../modules/accounts/components/InterestListsPanel';
import { useApiClient } from '../modules/api/ApiClientProvider';
import { useSession } from '../modules/auth/SessionGate';
import { PeriodPicker } from '../modules/stats/components/PeriodPicker';
import { usePeriod } from '../modules/stats/hooks/usePeriod';
import {
  Button,
  EmptyState,
  ErrorState,
  PageHeader,
  Skeleton,
} from '../modules/ui';

export function AccountsPage() {
  const t = useMessages(accountsMessages);
  const { isAdmin } = useSession();
  const [period, setPeriod] = usePeriod();
  const accounts = useQuery(accountListQuery(useApiClient(), period));
  // The role the add form opens with; null while it is closed.
  const [adding, setAdding] = useState<AccountRole | null>(null);
  const addButton = isAdmin && (
    <Button variant="primary" icon="plus" onClick={() => setAdding('own')}>
      {t('add')}
    </Button>
  );
  return (
    <div className="page-stack">
      <PageHeader
        title={t('title')}
        description={t('lead')}
        actions={
          accounts.data?.length ? (
            <>
              <PeriodPicker value={period} onChange={setPeriod} />
              {addButton}
            </>
          ) : undefined
        }
      />
      {accounts.isError ? (
        <ErrorState
          error={accounts.error}
          onRetry={() => void accounts.refetch()}
        />
      ) : !accounts.data ? (
        <Skeleton height={160} />
      ) : accounts.data.length === 0 ? (
        <EmptyState
          icon="accounts"
          title={isAdmin ? t('empty.title') : t('empty.viewer.title')}
          text={isAdmin ? t('empty.text') : t('empty.viewer')}
          action={addButton}
        />
      ) : (
        <>
          <GoalsPanel accounts={accounts.data} />
          <AccountsTable accounts={accounts.data} />
          <ComparisonPanel
            period={period}
            onAdd={isAdmin ? () => setAdding('role-model') : undefined}
          />
          <AmbassadorsPanel
            period={period}
            onAdd={isAdmin ? () => setAdding('employee') : undefined}
          />
          <InterestListsPanel accounts={accounts.data} />
        </>
      )}
      {adding && (
        <AddAccountForm initialRole={adding} onClose={() => setAdding(null)} />
      )}
    </div>
  );
}
