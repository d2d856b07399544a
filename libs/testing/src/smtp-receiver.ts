import { simpleParser, type ParsedMail } from 'mailparser';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Arrivals } from './arrivals';

export interface ReceivedMail {
  /** The message as it crossed the wire, headers and MIME parts. */
  raw: string;
  parsed: ParsedMail;
  envelope: { from: string; to: string[] };
  user: string | undefined;
}

/**
 * A real SMTP server on 127.0.0.1 (the `smtp-server` package), requiring the
 * login Lyt's LYT_SMTP_URL carries. Plain SMTP without STARTTLS: the test has
 * no certificate a client would trust.
 */
export class SmtpReceiver {
  readonly mails: ReceivedMail[] = [];
  /** Recipients the server refuses with 550, as a server does for an unknown mailbox. */
  readonly refuse = new Set<string>();
  private server: SMTPServer | undefined;
  private port = 0;
  private readonly arrivals = new Arrivals('mails', () => this.mails.length);

  constructor(
    readonly user = 'lyt',
    readonly password = 'hemmeligt-kodeord',
  ) {}

  async start(): Promise<this> {
    this.server = new SMTPServer({
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth: (auth, _session, callback) => {
        if (auth.username === this.user && auth.password === this.password)
          callback(null, { user: auth.username });
        else callback(new Error('535 authentication failed'));
      },
      onRcptTo: (address, _session, callback) => {
        if (this.refuse.has(address.address)) {
          const error = new Error('mailbox unavailable') as Error & {
            responseCode: number;
          };
          error.responseCode = 550;
          callback(error);
        } else callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          void simpleParser(raw).then((parsed) => {
            const { mailFrom, rcptTo } = session.envelope;
            this.mails.push({
              raw,
              parsed,
              envelope: {
                from: mailFrom ? mailFrom.address : '',
                to: rcptTo.map((to) => to.address),
              },
              user: session.user as string | undefined,
            });
            callback();
            this.arrivals.notify();
          });
        });
      },
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(this.port, '127.0.0.1', () => resolve()),
    );
    this.port = (this.server.server.address() as AddressInfo).port;
    return this;
  }

  /** LYT_SMTP_URL for this server. */
  get url(): string {
    return `smtp://${this.user}:${this.password}@127.0.0.1:${this.port}`;
  }

  waitForMails(count: number, timeoutMs = 15_000): Promise<void> {
    return this.arrivals.wait(count, timeoutMs);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }
}
