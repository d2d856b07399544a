import { useMessages } from '../../../i18n/messages';
import { useDemoStatus } from '../../settings/hooks/useDemo';
import { ButtonLink, Notice } from '../../ui';
import { overviewMessages } from '../overview.messages';

/** Says that what the overview shows is the invented demo, and where it is removed. */
export function DemoBanner() {
  const t = useMessages(overviewMessages);
  const demo = useDemoStatus();
  if (!demo.data?.active) return null;
  return (
    <div data-testid="demo-banner">
      <Notice
        tone="info"
        title={t('demo.title')}
        action={
          <ButtonLink to="/settings" size="sm">
            {t('demo.remove')}
          </ButtonLink>
        }
      >
        <p>{t('demo.text')}</p>
      </Notice>
    </div>
  );
}
