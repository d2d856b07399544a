import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { useSession } from '../../auth/SessionGate';
import { summaryQuery } from '../../stats/api/stats-queries';
import { ButtonLink, EmptyState, Panel } from '../../ui';
import { overviewMessages } from '../overview.messages';

/** Before there is anything to read: what to set up next (the admin) or who does (a viewer). */
export function SetupEmptyState() {
  const t = useMessages(overviewMessages);
  const { isAdmin } = useSession();
  const summary = useQuery(summaryQuery(useApiClient(), 'all-time'));
  if (!summary.data) return null;
  const missing =
    summary.data.topics === 0
      ? 'topic'
      : summary.data.sources === 0
        ? 'source'
        : null;
  if (!missing) return null;
  return (
    <Panel>
      <EmptyState
        icon={missing === 'topic' ? 'overview' : 'plus'}
        title={t(`empty.${missing}.title`)}
        text={
          <>
            <p>{t(`empty.${missing}.text`)}</p>
            {!isAdmin && <p>{t('empty.viewer')}</p>}
          </>
        }
        action={
          isAdmin && (
            <ButtonLink variant="primary" to="/settings">
              {t('empty.action')}
            </ButtonLink>
          )
        }
      />
    </Panel>
  );
}
