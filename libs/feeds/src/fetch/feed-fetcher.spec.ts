import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as zlib from 'node:zlib';
import {
  fixture,
  type FixtureServer,
  serveFixture,
  startFixtureServer,
} from '../../test/fixture-server';
import { FeedError, FeedHttpError } from '../feed-error';
import { FEED_USER_AGENT } from '../feed-limits.constant';
import { fetchFeed, type FetchFeedResult } from './feed-fetcher';
import { blockPrivateAddresses } from './feed-url-guard.util';

const MB = 1024 * 1024;

async function failureOf(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

function bodyOf(result: FetchFeedResult): string {
  if (result.status !== 'ok')
    throw new Error(`expected a body, got ${result.status}`);
  return result.body;
}

describe(fetchFeed.name, () => {
  let server: FixtureServer;

  beforeEach(async () => {
    server = await startFixtureServer();
  });

  afterEach(async () => {
    await server.close();
  });

  describe('a plain fetch', () => {
    it('returns the decoded body with its validators, content type and final URL', async () => {
      server.route(
        '/feed.xml',
        serveFixture('rss2-blog.xml', {
          'content-type': 'application/rss+xml; charset=utf-8',
          etag: '"v1"',
          'last-modified': 'Tue, 04 Mar 2025 09:00:00 GMT',
        }),
      );

      const result = await fetchFeed(server.url('/feed.xml'));

      expect(result).toEqual({
        status: 'ok',
        body: fixture('rss2-blog.xml').toString('utf8'),
        etag: '"v1"',
        lastModified: 'Tue, 04 Mar 2025 09:00:00 GMT',
        finalUrl: server.url('/feed.xml'),
        contentType: 'application/rss+xml; charset=utf-8',
        charset: 'utf-8',
        headers: expect.objectContaining({
          etag: '"v1"',
          'content-type': 'application/rss+xml; charset=utf-8',
        }),
      });
    });

    it('identifies itself and asks for compression, without conditional headers it was not given', async () => {
      server.route('/feed.xml', serveFixture('rss2-blog.xml'));

      await fetchFeed(server.url('/feed.xml'));

      const { headers } = server.requests[0]!;
      expect(headers['user-agent']).toBe(FEED_USER_AGENT);
      expect(headers['accept-encoding']).toBe('gzip, deflate, br');
      expect(headers['accept']).toContain('application/rss+xml');
      expect(headers).not.toHaveProperty('if-none-match');
      expect(headers).not.toHaveProperty('if-modified-since');
    });
  });

  describe('conditional GET', () => {
    it('sends the stored validators and reports 304 as not modified', async () => {
      server.route('/feed.xml', (request, response) => {
        response.writeHead(
          request.headers['if-none-match'] === '"v1"' ? 304 : 200,
        );
        response.end();
      });

      const result = await fetchFeed(server.url('/feed.xml'), {
        etag: '"v1"',
        lastModified: 'Tue, 04 Mar 2025 09:00:00 GMT',
      });

      expect(result).toEqual({
        status: 'not-modified',
        finalUrl: server.url('/feed.xml'),
      });
      expect(server.requests[0]!.headers['if-none-match']).toBe('"v1"');
      expect(server.requests[0]!.headers['if-modified-since']).toBe(
        'Tue, 04 Mar 2025 09:00:00 GMT',
      );
    });

    it('treats a 200 carrying the same ETag as not modified', async () => {
      server.route(
        '/feed.xml',
        serveFixture('rss2-blog.xml', { etag: '"same"' }),
      );

      await expect(
        fetchFeed(server.url('/feed.xml'), { etag: '"same"' }),
      ).resolves.toMatchObject({ status: 'not-modified' });
    });
  });

  describe('encodings', () => {
    const feed = fixture('rss2-blog.xml');

    it.each([
      ['gzip', zlib.gzipSync(feed)],
      ['deflate', zlib.deflateSync(feed)],
      ['deflate', zlib.deflateRawSync(feed)],
      ['br', zlib.brotliCompressSync(feed)],
    ])('decodes a %s body', async (encoding, compressed) => {
      server.route('/feed.xml', (_request, response) => {
        response.writeHead(200, {
          'content-type': 'application/rss+xml',
          'content-encoding': encoding,
        });
        response.end(compressed);
      });

      expect(bodyOf(await fetchFeed(server.url('/feed.xml')))).toBe(
        feed.toString('utf8'),
      );
    });

    it('decodes ISO-8859-1 named only in the Content-Type header', async () => {
      server.route(
        '/fyn.rss',
        serveFixture('iso-8859-1.rss', {
          'content-type': 'application/rss+xml; charset=ISO-8859-1',
        }),
      );

      const body = bodyOf(await fetchFeed(server.url('/fyn.rss')));

      expect(body).toContain('<title>Ærø får ny færgeforbindelse</title>');
      expect(body).toContain('15 æbler à 2 kr. #Ærø');
    });

    it('decodes windows-1252 named only in the XML declaration, including € and curly quotes', async () => {
      server.route(
        '/lokal.rss',
        serveFixture('windows-1252.rss', {
          'content-type': 'application/rss+xml',
        }),
      );

      const body = bodyOf(await fetchFeed(server.url('/lokal.rss')));

      expect(body).toContain('<title>“Blåbærfestival” åbner i Tønder</title>');
      expect(body).toContain(
        'Entré: 50 € – børn gratis. Smørrebrød og æbleskiver…',
      );
    });

    it('decodes UTF-8 announced by a byte order mark and drops the mark', async () => {
      server.route(
        '/bom.rss',
        serveFixture('utf8-bom.rss', { 'content-type': 'text/xml' }),
      );

      const body = bodyOf(await fetchFeed(server.url('/bom.rss')));

      expect(body.startsWith('<?xml')).toBe(true);
      expect(body).toContain('Æblegrød på menuen');
    });

    it('refuses a content-encoding it cannot decode', async () => {
      server.route('/feed.xml', (_request, response) => {
        response.writeHead(200, { 'content-encoding': 'compress' });
        response.end('x');
      });

      await expect(
        failureOf(fetchFeed(server.url('/feed.xml'))),
      ).resolves.toMatchObject({ code: 'malformed' });
    });
  });

  describe('HTTP errors', () => {
    it('reports 404 with status, reason and URL', async () => {
      const error = await failureOf(fetchFeed(server.url('/missing.xml')));

      expect(error).toBeInstanceOf(FeedHttpError);
      expect(error).toMatchObject({
        code: 'http-status',
        status: 404,
        retryAfterSeconds: null,
      });
      expect(error.message).toBe(
        `HTTP 404 Not Found from ${server.url('/missing.xml')}`,
      );
    });

    it('reports 500', async () => {
      server.route('/broken', (_request, response) => {
        response.writeHead(500);
        response.end('oops');
      });

      const error = await failureOf(fetchFeed(server.url('/broken')));

      expect(error.message).toBe(
        `HTTP 500 Internal Server Error from ${server.url('/broken')}`,
      );
    });

    it('carries Retry-After seconds on 429', async () => {
      server.route('/busy', (_request, response) => {
        response.writeHead(429, { 'retry-after': '120' });
        response.end();
      });

      const error = await failureOf(fetchFeed(server.url('/busy')));

      expect(error).toMatchObject({
        code: 'http-status',
        status: 429,
        retryAfterSeconds: 120,
      });
      expect(error.message).toBe(
        `HTTP 429 Too Many Requests from ${server.url('/busy')} (retry after 120 s)`,
      );
    });

    it('carries a Retry-After HTTP date on 503 as seconds from now', async () => {
      server.route('/maintenance', (_request, response) => {
        response.writeHead(503, {
          'retry-after': new Date(Date.now() + 90_000).toUTCString(),
        });
        response.end();
      });

      const error = (await failureOf(
        fetchFeed(server.url('/maintenance')),
      )) as FeedHttpError;

      expect(error.status).toBe(503);
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(85);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(91);
    });
  });

  describe('redirects', () => {
    it('follows relative and absolute Location headers and reports the final URL', async () => {
      server.route('/old', (_request, response) => {
        response.writeHead(301, { location: '/moved?step=2' });
        response.end();
      });
      server.route('/moved', (_request, response) => {
        response.writeHead(302, { location: server.url('/feed.xml') });
        response.end();
      });
      server.route('/feed.xml', serveFixture('rss2-blog.xml'));

      const result = await fetchFeed(server.url('/old'));

      expect(result).toMatchObject({
        status: 'ok',
        finalUrl: server.url('/feed.xml'),
      });
      expect(server.requests.map((request) => request.path)).toEqual([
        '/old',
        '/moved',
        '/feed.xml',
      ]);
    });

    it('follows five redirects and refuses the sixth', async () => {
      server.route('/hop', (request, response) => {
        const hop = Number(
          new URL(request.url!, server.origin).searchParams.get('n'),
        );
        response.writeHead(307, {
          location: hop < 5 ? `/hop?n=${hop + 1}` : '/feed.xml',
        });
        response.end();
      });
      server.route('/loop', (_request, response) => {
        response.writeHead(302, { location: '/loop' });
        response.end();
      });
      server.route('/feed.xml', serveFixture('rss2-blog.xml'));

      await expect(fetchFeed(server.url('/hop?n=1'))).resolves.toMatchObject({
        status: 'ok',
      });
      const error = await failureOf(fetchFeed(server.url('/loop')));

      expect(error.code).toBe('too-many-redirects');
      expect(error.message).toBe(
        `more than 5 redirects from ${server.url('/loop')}`,
      );
      expect(
        server.requests.filter((request) => request.path === '/loop'),
      ).toHaveLength(6);
    });

    it('refuses a redirect to a non-http scheme', async () => {
      server.route('/sneaky', (_request, response) => {
        response.writeHead(302, { location: 'file:///etc/passwd' });
        response.end();
      });

      await expect(
        failureOf(fetchFeed(server.url('/sneaky'))),
      ).resolves.toMatchObject({ code: 'blocked-address' });
    });
  });

  describe('limits', () => {
    it('aborts a 60 MB response as soon as it passes 10 MB', async () => {
      let written = 0;
      server.route('/huge', (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        const pump = () => {
          while (written < 60 * MB && !response.destroyed) {
            written += chunk.length;
            if (!response.write(chunk))
              return void response.once('drain', pump);
          }
          response.end();
        };
        pump();
      });

      const error = await failureOf(fetchFeed(server.url('/huge')));

      expect(error.code).toBe('too-large');
      expect(error.message).toBe(
        `response exceeded 10 MB from ${server.url('/huge')}`,
      );
      expect(written).toBeLessThan(20 * MB);
    });

    it('refuses at once a response whose Content-Length is over the cap', async () => {
      let written = 0;
      server.route('/declared', (_request, response) => {
        response.writeHead(200, { 'content-length': 60 * MB });
        written += 1024;
        response.write(Buffer.alloc(1024));
      });

      const error = await failureOf(fetchFeed(server.url('/declared')));

      expect(error.code).toBe('too-large');
      expect(written).toBe(1024);
    });

    it('caps decompressed bytes too, so a gzip bomb stops at the cap', async () => {
      const bomb = zlib.gzipSync(Buffer.alloc(64 * MB), { level: 9 });
      server.route('/bomb', (_request, response) => {
        response.writeHead(200, {
          'content-type': 'application/rss+xml',
          'content-encoding': 'gzip',
        });
        response.end(bomb);
      });

      const error = await failureOf(fetchFeed(server.url('/bomb')));

      expect(bomb.length).toBeLessThan(MB);
      expect(error.code).toBe('too-large');
      expect(error.message).toBe(
        `response exceeded 10 MB from ${server.url('/bomb')}`,
      );
    });

    it('applies the timeout to the whole response, not just the headers', async () => {
      server.route('/trickle', (_request, response) => {
        response.writeHead(200, { 'content-type': 'application/rss+xml' });
        response.write('<');
        const timer = setInterval(() => response.write('x'), 1000);
        response.on('close', () => clearInterval(timer));
      });
      const started = Date.now();

      const error = await failureOf(
        fetchFeed(server.url('/trickle'), { timeoutMs: 1500 }),
      );

      const elapsed = Date.now() - started;
      expect(error.code).toBe('timeout');
      expect(error.message).toBe(
        `no response within 1.5 s from ${server.url('/trickle')}`,
      );
      expect(elapsed).toBeGreaterThanOrEqual(1400);
      expect(elapsed).toBeLessThan(3000);
    });

    it('reports a connection closed before the body was complete', async () => {
      server.route('/cut', (_request, response) => {
        response.writeHead(200, { 'content-length': 1000 });
        response.write('<rss>');
        setTimeout(() => response.socket?.destroy(), 20);
      });

      await expect(
        failureOf(fetchFeed(server.url('/cut'))),
      ).resolves.toMatchObject({ code: 'network' });
    });
  });

  describe('address guard', () => {
    it('refuses a literal private address before connecting', async () => {
      server.route('/feed.xml', serveFixture('rss2-blog.xml'));

      const error = await failureOf(
        fetchFeed(server.url('/feed.xml'), { guard: blockPrivateAddresses }),
      );

      expect(error.code).toBe('blocked-address');
      expect(error.message).toContain(
        '127.0.0.1 is a loopback, private or otherwise non-public address',
      );
      expect(server.requests).toHaveLength(0);
    });

    it('checks what a name resolves to at connect time, so DNS cannot hand out 127.0.0.1', async () => {
      server.route('/feed.xml', serveFixture('rss2-blog.xml'));
      const viaName = server.url('/feed.xml').replace('127.0.0.1', 'localhost');

      const error = await failureOf(
        fetchFeed(viaName, { guard: blockPrivateAddresses }),
      );

      expect(error.code).toBe('blocked-address');
      expect(server.requests).toHaveLength(0);
    });

    it('runs on every redirect hop', async () => {
      server.route('/start', (_request, response) => {
        response.writeHead(302, {
          location: server.url('/feed.xml').replace('127.0.0.1', 'localhost'),
        });
        response.end();
      });
      server.route('/feed.xml', serveFixture('rss2-blog.xml'));
      const seen: string[] = [];
      let calls = 0;

      await fetchFeed(server.url('/start'), {
        guard: (address) => void seen.push(address),
      });
      const error = await failureOf(
        fetchFeed(server.url('/start'), {
          guard: (address) => {
            calls += 1;
            if (calls > 1)
              throw new Error(`${address} refused on the second hop`);
          },
        }),
      );

      expect(seen[0]).toBe('127.0.0.1');
      expect(seen.slice(1)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^(127\.0\.0\.1|::1)$/)]),
      );
      expect(error.code).toBe('blocked-address');
      expect(error.message).toContain('refused on the second hop');
      expect(server.requests.map((request) => request.path)).toEqual([
        '/start',
        '/feed.xml',
        '/start',
      ]);
    });
  });

  describe('bad input', () => {
    it.each([
      ['not a url', 'invalid-url'],
      ['ftp://example.com/feed.xml', 'blocked-address'],
    ])('refuses %s', async (url, code) => {
      await expect(failureOf(fetchFeed(url))).resolves.toMatchObject({ code });
    });

    it('reports a refused connection as a network error', async () => {
      const closed = createServer();
      closed.listen(0, '127.0.0.1');
      await once(closed, 'listening');
      const { port } = closed.address() as AddressInfo;
      closed.close();
      await once(closed, 'close');

      const error = await failureOf(
        fetchFeed(`http://127.0.0.1:${port}/feed.xml`),
      );

      expect(error.code).toBe('network');
      expect(error.message).toBe(
        `could not fetch http://127.0.0.1:${port}/feed.xml: connection refused`,
      );
    });
  });
});
