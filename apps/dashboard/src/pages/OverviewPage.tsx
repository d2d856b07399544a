import type { SummaryStats } from '@lyt/contracts';
import { useLanguage } from '../i18n/language';
import { useApi } from '../modules/api/hooks/useApi';
import { PageHeader } from '../modules/layout/components/PageHeader';
import { SummaryTiles } from '../modules/overview/components/SummaryTiles';

export function OverviewPage() {
  const { t } = useLanguage();
  const summary = useApi<SummaryStats>('/stats/summary');

  return (
    <>
      <PageHeader title={t('overview.title')} lead={t('overview.lead')} />
      {summary.status === 'loading' && (
        <p className="status-line">{t('loading')}</p>
      )}
      {summary.status === 'error' && (
        <p role="alert" className="error">
          {summary.message}
        </p>
      )}
      {summary.status === 'ok' && (
        <>
          <SummaryTiles summary={summary.data} />
          {summary.data.items === 0 && (
            <p className="empty">{t('overview.empty')}</p>
          )}
        </>
      )}
    </>
  );
}
