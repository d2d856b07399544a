import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { Arrivals } from './arrivals';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  /** The body exactly as it arrived. */
  body: string;
  /** What the receiver answered. */
  status: number;
  at: number;
}

/**
 * A real HTTP server on 127.0.0.1 taking webhook POSTs, as Slack or Mattermost
 * would. `answer` decides each status; `stop` and `start` again (same port)
 * make it go away and come back, so that connections are refused in between.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Delivery ids that arrived while a request with the same id was still being answered: sent twice at once. */
  readonly overlapping: string[] = [];
  private readonly open = new Map<string, number>();
  answer: (request: { headers: IncomingHttpHeaders; body: string }) => {
    status: number;
    headers?: Record<string, string>;
    body?: string;
    /** Answer this much later, as a slow receiver does. */
    delayMs?: number;
  } = () => ({ status: 200, body: 'ok' });
  private server: Server | undefined;
  private port = 0;
  private readonly arrivals = new Arrivals(
    'accepted webhooks',
    () => this.accepted.length,
  );

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      const delivery = String(request.headers['x-lyt-delivery']);
      const open = this.open.get(delivery) ?? 0;
      if (open > 0) this.overlapping.push(delivery);
      this.open.set(delivery, open + 1);
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const answer = this.answer({ headers: request.headers, body });
        const reply = () => {
          this.open.set(delivery, this.open.get(delivery)! - 1);
          this.received.push({
            path: request.url ?? '/',
            headers: request.headers,
            body,
            status: answer.status,
            at: Date.now(),
          });
          response
            .writeHead(answer.status, {
              'Content-Type': 'text/plain',
              ...answer.headers,
            })
            .end(answer.body ?? '');
          this.arrivals.notify();
        };
        if (answer.delayMs) setTimeout(reply, answer.delayMs);
        else reply();
      });
    });
    await new Promise<void>((resolve) =>
      this.server!.listen(this.port, '127.0.0.1', resolve),
    );
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The 2xx-answered requests: what the receiver took as delivered. */
  get accepted(): ReceivedWebhook[] {
    return this.received.filter((hook) => hook.status < 300);
  }

  /** Resolves once `count` requests were accepted in all. */
  waitForAccepted(count: number, timeoutMs = 15_000): Promise<void> {
    return this.arrivals.wait(count, timeoutMs);
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>(
      (resolve) => this.server?.close(() => resolve()) ?? resolve(),
    );
    this.server = undefined;
  }
}
