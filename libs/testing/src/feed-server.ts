import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface FeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  at: number;
}

export interface FeedItemSpec {
  guid: string;
  title: string;
  text: string;
  link?: string;
  /** ISO 8601; default 2026-11-01 08:00 UTC plus a minute per place in the feed. */
  publishedAt?: string;
  /** Sent as dc:creator. */
  author?: string;
  /** Sent as an image enclosure: the item's picture. */
  mediaUrl?: string;
}

/** What one path answers; change it between polls. */
export interface FeedBehaviour {
  items?: FeedItemSpec[];
  status?: number;
  headers?: Record<string, string>;
  /** Answer 304 when the request's If-None-Match equals it; sent as ETag otherwise. */
  etag?: string;
  /** Answer these bytes instead of a feed (a picture an item links to). */
  file?: { contentType: string; body: Buffer };
  /** The channel's `<language>`; null leaves it out (default da). */
  language?: string | null;
}

export interface FeedServerOptions {
  /** A loopback address to listen on (default 127.0.0.1): 127.0.0.2, … are hosts of their own to a collector. */
  host?: string;
  /** Every feed is answered this long after it was asked for, so that polls overlap in time. */
  answerAfterMs?: number;
}

/** A real HTTP server on a loopback address serving RSS built from the behaviour set per path. */
export class FeedServer {
  readonly requests: FeedRequest[] = [];
  private readonly behaviours = new Map<string, FeedBehaviour>();
  private readonly inFlight = new Map<string, number>();
  private readonly peaks = new Map<string, number>();
  private server: Server | undefined;
  private holding = false;
  private readonly held: (() => void)[] = [];
  url = '';

  async start({
    host = '127.0.0.1',
    answerAfterMs = 0,
  }: FeedServerOptions = {}): Promise<this> {
    this.server = createServer((request, response) => {
      const path = request.url ?? '/';
      this.requests.push({ path, headers: request.headers, at: Date.now() });
      const inFlight = (this.inFlight.get(path) ?? 0) + 1;
      this.inFlight.set(path, inFlight);
      this.peaks.set(path, Math.max(inFlight, this.peaks.get(path) ?? 0));
      response.once('close', () =>
        this.inFlight.set(path, (this.inFlight.get(path) ?? 1) - 1),
      );
      const behaviour = this.behaviours.get(path);
      if (!behaviour) {
        response
          .writeHead(404, { 'Content-Type': 'text/plain' })
          .end('not found');
        return;
      }
      if (behaviour.status && behaviour.status !== 200) {
        response
          .writeHead(behaviour.status, {
            'Content-Type': 'text/plain',
            ...behaviour.headers,
          })
          .end('failed');
        return;
      }
      if (behaviour.file) {
        response
          .writeHead(200, { 'Content-Type': behaviour.file.contentType })
          .end(behaviour.file.body);
        return;
      }
      if (
        behaviour.etag &&
        request.headers['if-none-match'] === behaviour.etag
      ) {
        response.writeHead(304, { ETag: behaviour.etag }).end();
        return;
      }
      const body = rss(path, behaviour.items ?? [], behaviour.language);
      const answer = () => {
        response.writeHead(200, {
          'Content-Type': 'application/rss+xml; charset=utf-8',
          ...(behaviour.etag ? { ETag: behaviour.etag } : {}),
          ...behaviour.headers,
        });
        response.end(body);
      };
      if (this.holding) this.held.push(answer);
      else if (answerAfterMs > 0) setTimeout(answer, answerAfterMs);
      else answer();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, host, resolve));
    this.url = `http://${host}:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The most requests for `path` that were ever open at the same moment. */
  peakConcurrency(path: string): number {
    return this.peaks.get(path) ?? 0;
  }

  /** Sets what `path` answers and returns its full URL. */
  serve(path: string, behaviour: FeedBehaviour): string {
    this.behaviours.set(path, behaviour);
    return `${this.url}${path}`;
  }

  /** From now on, feeds are answered only at `release()`: polls stay in flight. */
  hold(): void {
    this.holding = true;
  }

  /** Sends the held answers (as they were when asked for) and answers at once again. */
  release(): void {
    this.holding = false;
    for (const answer of this.held.splice(0)) answer();
  }

  get heldCount(): number {
    return this.held.length;
  }

  requestsFor(path: string): FeedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async stop(): Promise<void> {
    this.holding = false;
    this.held.length = 0;
    this.server?.closeAllConnections();
    await new Promise<void>(
      (resolve) => this.server?.close(() => resolve()) ?? resolve(),
    );
  }
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(
  path: string,
  items: FeedItemSpec[],
  language: string | null = 'da',
): string {
  const entries = items.map(
    (item, index) => `
    <item>
      <guid isPermaLink="false">${escape(item.guid)}</guid>
      <title>${escape(item.title)}</title>
      <link>${escape(item.link ?? `https://example.dk${path}/${encodeURIComponent(item.guid)}`)}</link>
      <description>${escape(item.text)}</description>${
        item.author
          ? `
      <dc:creator>${escape(item.author)}</dc:creator>`
          : ''
      }${
        item.mediaUrl
          ? `
      <enclosure url="${escape(item.mediaUrl).replace(/"/g, '&quot;')}" type="image/png" length="0"/>`
          : ''
      }
      <pubDate>${(item.publishedAt ? new Date(item.publishedAt) : new Date(Date.UTC(2026, 10, 1, 8, index))).toUTCString()}</pubDate>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Test feed ${escape(path)}</title>
    <link>https://example.dk</link>${
      language === null
        ? ''
        : `
    <language>${escape(language)}</language>`
    }${entries.join('')}
  </channel>
</rss>`;
}
