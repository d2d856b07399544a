import { useQuery } from '@tanstack/react-query';
import type { DemoStatus } from '@lyt/contracts';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { ButtonLink, Notice } from '../../ui';
import { overviewMessages } from '../overview.messages';

/** Says that what the overview shows is the invented demo, and where it is removed. */
export function DemoBanner() {
  const t = useMessages(overviewMessages);
  const api = useApiClient();
  const demo = useQuery({
    queryKey: ['demo'],
    queryFn: ({ signal }) => api.get<DemoStatus>('/demo', { signal }),
  });
  if (!demo.data?.active) return null;
  return (
    <div data-testid="demo-banner">
      <Notice
        tone="info"
        title={t('demo.title')}
        action={
          <ButtonLink to="/settings?section=demo" size="sm">
            {t('demo.remove')}
          </ButtonLink>
        }
      >
        <p>{t('demo.text')}</p>
      </Notice>
    </div>
  );
}
