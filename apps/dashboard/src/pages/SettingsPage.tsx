import type { HealthStatus } from '@lyt/contracts';
import { useLanguage } from '../i18n/language';
import { useApi } from '../modules/api/hooks/useApi';
import { useSession } from '../modules/auth/session';
import { PageHeader } from '../modules/layout/components/PageHeader';

export function SettingsPage() {
  const { t } = useLanguage();
  const { role } = useSession();
  const health = useApi<HealthStatus>('/health');

  return (
    <>
      <PageHeader title={t('settings.title')} lead={t('settings.lead')} />
      <dl className="facts">
        <dt>{t('settings.access')}</dt>
        <dd data-testid="settings-role">
          {t(role === 'admin' ? 'role.admin' : 'role.viewer')}
        </dd>
        <dt>{t('settings.database')}</dt>
        <dd>
          {health.status === 'ok'
            ? t(health.data.db === 'up' ? 'settings.up' : 'settings.down')
            : '…'}
        </dd>
      </dl>
    </>
  );
}
