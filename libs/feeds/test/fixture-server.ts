import { readFileSync } from 'node:fs';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export type RouteHandler = (
  request: IncomingMessage,
  response: ServerResponse,
) => void;

export interface ReceivedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

/** A real HTTP server on 127.0.0.1 (port 0) serving fixture files and hostile responses. */
export interface FixtureServer {
  readonly origin: string;
  readonly requests: ReceivedRequest[];
  url(path: string): string;
  route(path: string, handler: RouteHandler): void;
  close(): Promise<void>;
}

const FIXTURES = join(__dirname, 'fixtures');

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

export function serveFixture(
  name: string,
  headers: OutgoingHttpHeaders = {},
): RouteHandler {
  const body = fixture(name);
  return (_request, response) => {
    response.writeHead(200, {
      'content-type': 'application/xml',
      'content-length': body.length,
      ...headers,
    });
    response.end(body);
  };
}

export async function startFixtureServer(
  routes: Record<string, RouteHandler> = {},
): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    requests.push({ path, headers: request.headers });
    const handler = table.get(path);
    if (handler) {
      handler(request, response);
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    url: (path) => `${origin}${path}`,
    route: (path, handler) => void table.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
