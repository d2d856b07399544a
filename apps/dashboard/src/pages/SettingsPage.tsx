import { useMessages } from '../i18n/messages';
import { useSession } from '../modules/auth/SessionGate';
import { SystemPanel } from '../modules/settings/components/SystemPanel';
import { settingsMessages } from '../modules/settings/settings.messages';
import { Badge, Notice, PageHeader, Panel } from '../modules/ui';

export function SettingsPage() {
  const t = useMessages(settingsMessages);
  const { role, isAdmin } = useSession();
  return (
    <div className="page-stack">
      <PageHeader title={t('title')} description={t('lead')} />
      {!isAdmin && <Notice tone="info">{t('readOnly')}</Notice>}
      <div className="grid-2">
        <Panel title={t('access')} description={t('access.lead')}>
          <dl className="facts">
            <dt>{t('role')}</dt>
            <dd>
              <Badge tone={isAdmin ? 'accent' : 'neutral'}>
                <span data-testid="settings-role">{t(`role.${role}`)}</span>
              </Badge>
              <p className="facts__note">{t(`role.${role}.what`)}</p>
            </dd>
          </dl>
        </Panel>
        <SystemPanel />
      </div>
    </div>
  );
}
