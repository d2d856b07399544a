import type {
  AlertChannelView,
  AlertDelivery,
  AlertRule,
} from '@lyt/contracts';
import type { DeliveryRow } from './alert-outbox.repository';
import type { AlertRuleRecord } from './alert-rules.repository';

/** Enough of a secret to tell two apart, never enough to use one. */
export function secretHint(secret: string | null): string | null {
  if (!secret) return null;
  return secret.length >= 16 ? `••••${secret.slice(-4)}` : '••••';
}

export function toChannelView(rule: AlertRuleRecord): AlertChannelView {
  return rule.channelType === 'webhook'
    ? {
        type: 'webhook',
        url: rule.webhookUrl!,
        hasSecret: rule.webhookSecret !== null,
        secretHint: secretHint(rule.webhookSecret),
      }
    : { type: 'email', to: rule.emailTo ?? [] };
}

export function toDelivery(row: DeliveryRow): AlertDelivery {
  const status =
    row.status === 'pending'
      ? row.lastError === null
        ? 'pending'
        : 'retrying'
      : row.status;
  return {
    id: row.id,
    ruleId: row.ruleId,
    kind: row.kind,
    status,
    headline: row.headline,
    count: row.count,
    attempts: row.attempts,
    createdAt: row.createdAt.toISOString(),
    lastAttemptAt: row.lastAttemptAt?.toISOString() ?? null,
    nextAttemptAt:
      row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
    sentAt: row.sentAt?.toISOString() ?? null,
    error: row.status === 'sent' ? null : row.lastError,
  };
}

export function toAlertRule(
  rule: AlertRuleRecord,
  lastDelivery: DeliveryRow | undefined,
): AlertRule {
  return {
    id: rule.id,
    name: rule.name,
    trigger: rule.trigger,
    selection: rule.selection,
    every: rule.every,
    channel: toChannelView(rule),
    language: rule.language,
    enabled: rule.enabled,
    failingForMinutes: rule.failingForMinutes,
    digestHour: rule.digestHour,
    createdAt: rule.createdAt.toISOString(),
    updatedAt: rule.updatedAt.toISOString(),
    lastDelivery: lastDelivery ? toDelivery(lastDelivery) : null,
  };
}
