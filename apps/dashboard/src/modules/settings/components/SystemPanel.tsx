import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { healthQuery } from '../../health/api/health-queries';
import { LiveIndicator } from '../../layout/components/LiveIndicator';
import { Badge, ErrorState, Panel, RelativeTime, Skeleton } from '../../ui';
import { settingsMessages } from '../settings.messages';

/** Database and live stream as the server reports them; a 503 health answer reads as "down", not as an error. */
export function SystemPanel() {
  const t = useMessages(settingsMessages);
  const health = useQuery(healthQuery(useApiClient()));
  return (
    <Panel title={t('system')} description={t('system.lead')}>
      {health.isError ? (
        <ErrorState
          error={health.error}
          onRetry={() => void health.refetch()}
          compact
        />
      ) : (
        <dl className="facts">
          <dt>{t('database')}</dt>
          <dd data-testid="settings-database">
            {health.data ? (
              <Badge tone={health.data.db === 'up' ? 'success' : 'danger'}>
                {t(health.data.db === 'up' ? 'database.up' : 'database.down')}
              </Badge>
            ) : (
              <Skeleton width="4rem" />
            )}
          </dd>
          <dt>{t('live')}</dt>
          <dd>
            <LiveIndicator />
          </dd>
          {health.dataUpdatedAt > 0 && (
            <>
              <dt>{t('checked')}</dt>
              <dd>
                <RelativeTime value={new Date(health.dataUpdatedAt)} />
              </dd>
            </>
          )}
        </dl>
      )}
    </Panel>
  );
}
