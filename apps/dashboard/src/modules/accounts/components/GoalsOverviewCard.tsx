import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { ButtonLink, Panel } from '../../ui';
import '../accounts.css';
import { accountsMessages } from '../accounts.messages';
import { goalsQuery } from '../api/account-queries';
import { GoalCard } from './GoalsPanel';

/** The goals on the overview, when there are any: progress and forecast at a glance, details on the accounts page. */
export function GoalsOverviewCard() {
  const t = useMessages(accountsMessages);
  const goals = useQuery(goalsQuery(useApiClient()));
  if (!goals.data?.length) return null;
  return (
    <Panel
      title={t('goals.title')}
      actions={
        <ButtonLink to="/accounts" size="sm">
          {t('goals.open')}
        </ButtonLink>
      }
    >
      <ul className="goal-list">
        {goals.data.map((goal) => (
          <GoalCard key={goal.id} goal={goal} accounts={[]} removable={false} />
        ))}
      </ul>
    </Panel>
  );
}
