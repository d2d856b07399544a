import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { AlertChannelOptions, AlertWebhookPayload } from '@lyt/contracts';
import { blockPrivateAddresses } from '@lyt/feeds';
import { APP_CONFIG } from '../../../config/config.module';
import type { AppConfig } from '../../../config/app-config';
import { renderMail } from '../alert-mail.util';
import type { AlertRuleRecord } from '../alert-rules.repository';
import { MailSender } from './mail.sender';
import { failure, SendOutcome } from './send-outcome';
import { postWebhook } from './webhook.sender';

export const MAIL_NOT_CONFIGURED =
  'e-mail needs LYT_SMTP_URL and LYT_MAIL_FROM to be set on the server';

/** Sends one delivery's body to a rule's channel. */
@Injectable()
export class AlertChannels implements OnModuleDestroy {
  private readonly mail: MailSender | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.mail = config.mail ? new MailSender(config.mail) : null;
  }

  get mailConfigured(): boolean {
    return this.mail !== null;
  }

  /** What settings offers: a webhook always; e-mail when the server has SMTP, else why not. */
  options(): AlertChannelOptions {
    return {
      webhook: { available: true, reason: null },
      email: {
        available: this.mailConfigured,
        reason: this.mailConfigured ? null : MAIL_NOT_CONFIGURED,
        from: this.config.mail?.from ?? null,
      },
    };
  }

  send(
    rule: AlertRuleRecord,
    deliveryId: string,
    body: string,
  ): Promise<SendOutcome> {
    if (rule.channelType === 'webhook')
      return postWebhook({
        url: rule.webhookUrl!,
        body,
        deliveryId,
        secret: rule.webhookSecret,
        guard: this.config.allowPrivateFeeds
          ? undefined
          : blockPrivateAddresses,
      });
    // The operator may still configure it and restart: worth retrying.
    if (!this.mail) return Promise.resolve(failure(MAIL_NOT_CONFIGURED));
    const mail = renderMail(
      JSON.parse(body) as AlertWebhookPayload,
      rule.language,
      `${this.config.publicUrl}/settings`,
    );
    return this.mail.send({
      ...mail,
      to: rule.emailTo ?? [],
      language: rule.language,
      deliveryId,
    });
  }

  onModuleDestroy(): void {
    this.mail?.close();
  }
}
