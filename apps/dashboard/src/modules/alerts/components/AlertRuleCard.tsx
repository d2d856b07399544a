import type { AlertRule } from '@lyt/contracts';
import { useId, useState } from 'react';
import { useMessages } from '../../../i18n/messages';
import { Badge, Button, Notice, RelativeTime, useErrorMessage } from '../../ui';
import { alertsMessages } from '../alerts.messages';
import { useTestAlertRule } from '../hooks/useTestAlertRule';
import type { RuleSummary } from '../hooks/useRuleSummary';
import { AlertDeliveries, DeliveryStatusBadge } from './AlertDeliveries';

export type AlertRuleCardProps = {
  rule: AlertRule;
  summary: RuleSummary;
  /** A viewer's: no test, no changes, no message list (it is the admin's to follow). */
  readOnly: boolean;
  onEdit(): void;
  onDelete(): void;
};

/** One rule: what it watches, how often, where to; its last message, "send a test" and its recent messages. */
export function AlertRuleCard({
  rule,
  summary,
  readOnly,
  onEdit,
  onDelete,
}: AlertRuleCardProps) {
  const t = useMessages(alertsMessages);
  const test = useTestAlertRule();
  const testError = useErrorMessage(test.error);
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const deliveriesId = useId();
  return (
    <article
      className="alert-rule"
      aria-labelledby={headingId}
      data-testid="alert-rule"
    >
      <header className="alert-rule__header">
        <div className="alert-rule__titles">
          <h3 id={headingId} className="alert-rule__name">
            {rule.name}
          </h3>
          <Badge tone="accent">{t(`trigger.${rule.trigger}`)}</Badge>
          {!rule.enabled && <Badge tone="warning">{t('rule.off')}</Badge>}
        </div>
        {!readOnly && (
          <div
            className="alert-rule__actions"
            role="group"
            aria-label={t('rule.actions', { name: rule.name })}
          >
            <Button
              size="sm"
              icon="play"
              busy={test.isPending}
              onClick={() => test.mutate(rule.id)}
            >
              {t('test')}
            </Button>
            <Button size="sm" onClick={onEdit}>
              {t('edit')}
            </Button>
            <Button size="sm" variant="ghost" icon="trash" onClick={onDelete}>
              {t('delete')}
            </Button>
          </div>
        )}
      </header>
      <dl className="alert-rule__facts">
        <dt>{t('rule.selection')}</dt>
        <dd>{summary.selection}</dd>
        <dt>{t('rule.every')}</dt>
        <dd>{summary.every}</dd>
        <dt>{t('rule.channel')}</dt>
        <dd>
          <span className="alert-rule__channel">
            {t(`channel.${rule.channel.type}`)}
          </span>{' '}
          <span className="alert-rule__target">{summary.channel}</span>
        </dd>
        <dt>{t('rule.last')}</dt>
        <dd>
          {rule.lastDelivery ? (
            <span className="alert-rule__last">
              <DeliveryStatusBadge status={rule.lastDelivery.status} />
              <RelativeTime
                value={rule.lastDelivery.sentAt ?? rule.lastDelivery.createdAt}
              />
            </span>
          ) : (
            t('rule.last.none')
          )}
        </dd>
      </dl>
      <div aria-live="polite" data-testid="alert-test-outcome">
        {test.data &&
          (test.data.status === 'sent' ? (
            <Notice tone="success">{t('test.sent')}</Notice>
          ) : (
            <Notice tone="danger">
              {t('test.failed', { error: test.data.error ?? '' })}
            </Notice>
          ))}
        {test.isError && (
          <Notice tone="danger">
            {t('test.failed', { error: testError })}
          </Notice>
        )}
      </div>
      {!readOnly && (
        <Button
          size="sm"
          variant="ghost"
          icon={open ? 'chevronDown' : 'chevronRight'}
          aria-expanded={open}
          aria-controls={open ? deliveriesId : undefined}
          onClick={() => setOpen((was) => !was)}
          className="alert-rule__toggle"
        >
          {t('deliveries')}
        </Button>
      )}
      {open && <AlertDeliveries ruleId={rule.id} id={deliveriesId} />}
    </article>
  );
}
