import {
  createServer,
  IncomingHttpHeaders,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';

export interface ApiRequest {
  /** Path and query as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  at: number;
}

/** A rate limit as the server counts it: requests left in the window, and when the window resets. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  resetAt: Date;
}

export interface JsonAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Another format than JSON (an RSS feed): `body` is then the text itself. */
  contentType?: string;
}

/**
 * The HTTP part shared by the local Mastodon and Bluesky servers: a real server
 * on 127.0.0.1 that logs requests, answers JSON, counts a rate limit and sends
 * it in the platform's headers, and answers 429 once the window is used up.
 */
export abstract class JsonApiServer {
  readonly requests: ApiRequest[] = [];
  url = '';
  rate: RateLimitState = {
    limit: 300,
    remaining: 300,
    resetAt: new Date(Date.now() + 300_000),
  };
  private server: Server | undefined;

  protected abstract route(url: URL): JsonAnswer;
  protected abstract rateLimitHeaders(
    rate: RateLimitState,
  ): Record<string, string>;
  protected abstract tooManyRequests(): unknown;

  async start(): Promise<this> {
    this.server = createServer((request, response) =>
      this.answer(request, response),
    );
    await new Promise<void>((resolve) =>
      this.server!.listen(0, '127.0.0.1', resolve),
    );
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** The next `remaining` requests are answered; after them, 429 until `resetInSeconds` from now. */
  limitRate(remaining: number, resetInSeconds: number): void {
    this.rate = {
      limit: this.rate.limit,
      remaining,
      resetAt: new Date(Date.now() + resetInSeconds * 1000),
    };
  }

  requestsTo(pathPrefix: string): ApiRequest[] {
    return this.requests.filter((request) =>
      request.path.startsWith(pathPrefix),
    );
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>(
      (resolve) => this.server?.close(() => resolve()) ?? resolve(),
    );
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = request.url ?? '/';
    this.requests.push({ path, headers: request.headers, at: Date.now() });
    if (Date.now() >= this.rate.resetAt.getTime()) {
      this.rate = {
        limit: this.rate.limit,
        remaining: this.rate.limit,
        resetAt: new Date(Date.now() + 300_000),
      };
    }
    const limited = this.rate.remaining <= 0;
    if (!limited) this.rate.remaining -= 1;
    const answer: JsonAnswer = limited
      ? { status: 429, body: this.tooManyRequests() }
      : request.method === 'GET'
        ? this.route(new URL(path, this.url))
        : { status: 405, body: { error: 'Method not allowed' } };
    response.writeHead(answer.status, {
      'Content-Type': answer.contentType ?? 'application/json; charset=utf-8',
      ...this.rateLimitHeaders(this.rate),
      ...answer.headers,
    });
    response.end(
      answer.contentType ? String(answer.body) : JSON.stringify(answer.body),
    );
  }
}
