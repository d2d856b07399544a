import { createTransport, type Transporter } from 'nodemailer';
import type { MailConfig } from '../../../config/app-config';
import { failure, SendOutcome } from './send-outcome';

export interface Mail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  language: string;
  /** Becomes the Message-ID and `X-Lyt-Delivery`: a retried mail is recognisably the same mail. */
  deliveryId: string;
}

/** Mailbox unavailable, not local, over quota, name not allowed: no retry will change these. */
const PERMANENT_CODES = new Set([550, 551, 552, 553]);

/** Alert e-mail over SMTP (`LYT_SMTP_URL`), one connection per message: alerts are few. */
export class MailSender {
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(private readonly config: MailConfig) {
    // A slow or silent server fails the attempt well within the worker's lease.
    this.transport = createTransport({
      url: config.smtpUrl,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    this.domain = /@([^\s>]+)>?\s*$/.exec(config.from)?.[1] ?? 'lyt.invalid';
  }

  async send(mail: Mail): Promise<SendOutcome> {
    try {
      const info = await this.transport.sendMail({
        from: this.config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: `<${mail.deliveryId}@${this.domain}>`,
        headers: {
          'X-Lyt-Delivery': mail.deliveryId,
          // RFC 3834: no out-of-office replies to a robot.
          'Auto-Submitted': 'auto-generated',
          'Content-Language': mail.language,
        },
      });
      const rejected = (info.rejected ?? []).map(String);
      if (rejected.length > 0 && rejected.length >= mail.to.length)
        return failure(
          `the mail server refused ${rejected.join(', ')}`,
          null,
          true,
        );
      return { ok: true };
    } catch (error) {
      const { responseCode, code, response } = error as {
        responseCode?: number;
        code?: string;
        response?: string;
      };
      const host = safeHost(this.config.smtpUrl);
      const said =
        response?.replace(/\s+/g, ' ').trim() ?? (error as Error).message;
      return failure(
        `${host}${code ? ` (${code})` : ''}: ${said}`,
        null,
        responseCode !== undefined && PERMANENT_CODES.has(responseCode),
      );
    }
  }

  close(): void {
    this.transport.close();
  }
}

/** The server without its credentials, for messages an admin reads. */
function safeHost(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return url.host;
}
