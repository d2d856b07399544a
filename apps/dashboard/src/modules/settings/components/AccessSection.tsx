import { useMessages } from '../../../i18n/messages';
import { useSession } from '../../auth/SessionGate';
import { Badge, ButtonLink, Panel } from '../../ui';
import { settingsMessages } from '../settings.messages';
import { SystemPanel } from './SystemPanel';

/** Who this browser is signed in as, the state of Lyt itself, and the info-screen link. */
export function AccessSection() {
  const t = useMessages(settingsMessages);
  const { role, isAdmin } = useSession();
  return (
    <div className="settings-section">
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
      <Panel title={t('viewerLink')} description={t('viewerLink.lead')}>
        <p className="facts__note">{t('viewerLink.where')}</p>
        {isAdmin && (
          <div className="access-link">
            <ButtonLink to="/settings?section=screen" icon="screen">
              {t('viewerLink.open')}
            </ButtonLink>
          </div>
        )}
      </Panel>
    </div>
  );
}
