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

/** Where a webhook goes, without its path: Slack and Discord carry their secret there. */
export function webhookOrigin(url: string): string {
  const parsed = new URL(url);
  return parsed.pathname === '/' && !parsed.search
    ? parsed.origin
    : `${parsed.origin}/…`;
}

/** "c•••@nordlys.dk": which mailbox, not who. */
export function maskAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return at > 0 ? `${address[0]}•••${address.slice(at)}` : '•••';
}

/** A delivery as a viewer sees it: a mail server's refusal may name the address. */
export function deliveryForViewer(delivery: AlertDelivery): AlertDelivery {
  return {
    ...delivery,
    error:
      delivery.error?.replace(
        /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g,
        maskAddress,
      ) ?? null,
  };
}

/** A rule as a viewer sees it: what it does and how it went, not where it sends to. */
export function forViewer(rule: AlertRule): AlertRule {
  const channel: AlertChannelView =
    rule.channel.type === 'webhook'
      ? {
          ...rule.channel,
          url: webhookOrigin(rule.channel.url),
          secretHint: null,
        }
      : { type: 'email', to: rule.channel.to.map(maskAddress) };
  return {
    ...rule,
    channel,
    lastDelivery: rule.lastDelivery && deliveryForViewer(rule.lastDelivery),
  };
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
