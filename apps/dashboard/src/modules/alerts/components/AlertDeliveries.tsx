import type { AlertDelivery, AlertDeliveryStatus } from '@lyt/contracts';
import { useQuery } from '@tanstack/react-query';
import { formatNumber } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/LanguageProvider';
import { useMessages } from '../../../i18n/messages';
import { useApiClient } from '../../api/ApiClientProvider';
import {
  Badge,
  type BadgeTone,
  EmptyState,
  ErrorState,
  RelativeTime,
  Skeleton,
  useNow,
} from '../../ui';
import { alertDeliveriesQuery } from '../api/alert-queries';
import { alertsMessages } from '../alerts.messages';

export const STATUS_TONE: Record<AlertDeliveryStatus, BadgeTone> = {
  pending: 'info',
  retrying: 'warning',
  sent: 'success',
  failed: 'danger',
};

export type DeliveryStatusBadgeProps = { status: AlertDeliveryStatus };

export function DeliveryStatusBadge({ status }: DeliveryStatusBadgeProps) {
  const t = useMessages(alertsMessages);
  return <Badge tone={STATUS_TONE[status]}>{t(`status.${status}`)}</Badge>;
}

export type AlertDeliveriesProps = { ruleId: string; id: string };

/** A rule's recent messages: sent, waiting, retrying (why, and when next), failed (why). */
export function AlertDeliveries({ ruleId, id }: AlertDeliveriesProps) {
  const t = useMessages(alertsMessages);
  const deliveries = useQuery(alertDeliveriesQuery(useApiClient(), ruleId));
  return (
    <div id={id} className="alert-deliveries">
      {deliveries.isError ? (
        <ErrorState
          error={deliveries.error}
          onRetry={() => void deliveries.refetch()}
          compact
        />
      ) : !deliveries.data ? (
        <Skeleton width="60%" />
      ) : deliveries.data.length === 0 ? (
        <EmptyState compact title={t('deliveries.empty')} />
      ) : (
        <ol className="alert-deliveries__list" aria-label={t('deliveries')}>
          {deliveries.data.map((delivery) => (
            <DeliveryItem key={delivery.id} delivery={delivery} />
          ))}
        </ol>
      )}
    </div>
  );
}

/** The first retries come within seconds, where a relative time would say "now" for what is still ahead. */
function NextAttempt({ at }: { at: string }) {
  const t = useMessages(alertsMessages);
  const now = useNow(5_000);
  return new Date(at).getTime() - now.getTime() < 45_000 ? (
    <span>{t('deliveries.soon')}</span>
  ) : (
    <RelativeTime value={at} />
  );
}

function DeliveryItem({ delivery }: { delivery: AlertDelivery }) {
  const t = useMessages(alertsMessages);
  const { language } = useLanguage();
  const waiting =
    delivery.status === 'pending' || delivery.status === 'retrying';
  return (
    <li
      className="alert-delivery"
      data-testid="alert-delivery"
      data-status={delivery.status}
    >
      <div className="alert-delivery__head">
        <DeliveryStatusBadge status={delivery.status} />
        {delivery.kind === 'test' && <Badge>{t('trigger.test')}</Badge>}
        <span className="alert-delivery__headline">{delivery.headline}</span>
      </div>
      <p className="alert-delivery__meta">
        <RelativeTime value={delivery.sentAt ?? delivery.createdAt} />
        {delivery.count > 1 && (
          <span>
            {t('deliveries.count', {
              n: formatNumber(delivery.count, language),
            })}
          </span>
        )}
        {delivery.attempts > 1 && (
          <span>
            {t('deliveries.attempts', {
              n: formatNumber(delivery.attempts, language),
            })}
          </span>
        )}
        {waiting && delivery.nextAttemptAt && (
          <span>
            {t('deliveries.next')} <NextAttempt at={delivery.nextAttemptAt} />
          </span>
        )}
      </p>
      {delivery.error && (
        <p className="alert-delivery__why">
          <span className="alert-delivery__why-label">
            {t('deliveries.why')}:
          </span>{' '}
          {delivery.error}
        </p>
      )}
    </li>
  );
}
