import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { healthQuery } from '../../health/api/health-queries';
import { Notice } from '../../ui';
import { layoutMessages } from '../layout.messages';

/** Says so on every page while the database is down (the api answers 503 `db: down`). */
export function HealthBanner() {
  const t = useMessages(layoutMessages);
  const health = useQuery(healthQuery(useApiClient()));
  if (health.data?.db !== 'down') return null;
  return (
    <div className="health-banner">
      <Notice tone="warning" title={t('db.down.title')}>
        {t('db.down.text')}
      </Notice>
    </div>
  );
}
