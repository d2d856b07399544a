import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import { summaryQuery } from '../../stats/api/stats-queries';
import type { PeriodSelection } from '../../stats/period';
import { statsMessages } from '../../stats/stats.messages';
import { ErrorState, KpiCard } from '../../ui';
import { overviewMessages } from '../overview.messages';

export type SummaryKpisProps = { period: PeriodSelection };

/** Mentions and items in the period against the period before; sources and topics as they are now. */
export function SummaryKpis({ period }: SummaryKpisProps) {
  const t = useMessages(overviewMessages);
  const ts = useMessages(statsMessages);
  const api = useApiClient();
  const current = useQuery(summaryQuery(api, period));
  const previous = useQuery(summaryQuery(api, period, true));
  if (current.isError)
    return (
      <ErrorState
        error={current.error}
        onRetry={() => void current.refetch()}
      />
    );
  const loading = current.isPending;
  const comparedWith = ts(`previous.${period.preset}`);
  const change = (key: 'mentions' | 'items') => ({
    previous: previous.data?.[key] ?? null,
    period: comparedWith,
  });
  return (
    <div className="kpi-grid">
      <KpiCard
        label={t('mentions')}
        value={current.data?.mentions ?? null}
        change={change('mentions')}
        to="/explore"
        loading={loading}
        testId="summary-mentions"
      />
      <KpiCard
        label={t('items')}
        value={current.data?.items ?? null}
        change={change('items')}
        loading={loading}
        testId="summary-items"
      />
      <KpiCard
        label={t('sources')}
        value={current.data?.sources ?? null}
        hint={t('sources.hint')}
        loading={loading}
        testId="summary-sources"
      />
      <KpiCard
        label={t('topics')}
        value={current.data?.topics ?? null}
        hint={t('topics.hint')}
        loading={loading}
        testId="summary-topics"
      />
    </div>
  );
}
