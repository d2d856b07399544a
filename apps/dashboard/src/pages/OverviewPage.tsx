import { useMessages } from '../i18n/messages';
import { LiveMentionsPanel } from '../modules/overview/components/LiveMentionsPanel';
import { SetupEmptyState } from '../modules/overview/components/SetupEmptyState';
import { SummaryKpis } from '../modules/overview/components/SummaryKpis';
import { overviewMessages } from '../modules/overview/overview.messages';
import { PeriodPresets } from '../modules/stats/components/PeriodPresets';
import { usePeriod } from '../modules/stats/hooks/usePeriod';
import { PageHeader } from '../modules/ui';

export function OverviewPage() {
  const t = useMessages(overviewMessages);
  const [period, setPeriod] = usePeriod();
  return (
    <div className="page-stack">
      <PageHeader
        title={t('title')}
        description={t('lead')}
        actions={<PeriodPresets value={period} onChange={setPeriod} />}
      />
      <SetupEmptyState />
      <SummaryKpis period={period} />
      <LiveMentionsPanel />
    </div>
  );
}
