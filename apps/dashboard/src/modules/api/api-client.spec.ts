// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiTestServer, json } from '../../../test/api-server';
import { ApiClient, ApiError, toQueryString } from './api-client';
import { retryDelay, shouldRetry } from './query-client';

describe(ApiClient.name, () => {
  let server: ApiTestServer;
  let token: string | null;
  let unauthorized: number;
  let api: ApiClient;

  beforeAll(async () => {
    server = await new ApiTestServer().start();
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    token = 'admin-token-0123456789';
    unauthorized = 0;
    server.requests.length = 0;
    api = new ApiClient({
      baseUrl: server.url,
      token: () => token,
      onUnauthorized: () => (unauthorized += 1),
    });
  });

  it('sends the bearer token and reads the JSON answer', async () => {
    server.on('/api/me', (_, response) =>
      json(response, 200, { role: 'admin' }),
    );
    expect(await api.get('/me')).toEqual({ role: 'admin' });
    expect(server.requests[0]!.headers['authorization']).toBe(
      'Bearer admin-token-0123456789',
    );
  });

  it('sends the token the session has at the time of the request', async () => {
    server.on('/api/me', (_, response) =>
      json(response, 200, { role: 'viewer' }),
    );
    token = 'viewer-token-0123456789';
    await api.get('/me');
    expect(server.requests[0]!.headers['authorization']).toBe(
      'Bearer viewer-token-0123456789',
    );
  });

  it('sends a body as JSON and repeats list parameters', async () => {
    server.on('/api/topics', (request, response) =>
      json(response, 201, JSON.parse(request.body)),
    );
    expect(
      await api.post('/topics', { name: 'Ørsted', query: '"grøn omstilling"' }),
    ).toEqual({ name: 'Ørsted', query: '"grøn omstilling"' });
    expect(server.requests[0]!.headers['content-type']).toBe(
      'application/json',
    );

    server.on('/api/mentions', (_, response) =>
      json(response, 200, { items: [], nextCursor: null }),
    );
    await api.get('/mentions', {
      query: {
        hashtag: ['dkbiz', 'dkpol'],
        q: 'æøå',
        limit: 20,
        cursor: undefined,
      },
    });
    expect(server.requests[1]!.url).toBe(
      '/api/mentions?hashtag=dkbiz&hashtag=dkpol&q=%C3%A6%C3%B8%C3%A5&limit=20',
    );
  });

  it("throws an ApiError with the server's own message, a list joined", async () => {
    server.on('/api/topics', (_, response) =>
      json(response, 400, {
        statusCode: 400,
        message: 'query: unbalanced parenthesis at 4',
        error: 'Bad Request',
      }),
    );
    server.on('/api/sources', (_, response) =>
      json(response, 400, {
        statusCode: 400,
        message: ['url must be a URL', 'intervalSeconds must be ≥ 5'],
      }),
    );
    await expect(api.post('/topics', {})).rejects.toMatchObject({
      status: 400,
      message: 'query: unbalanced parenthesis at 4',
    });
    await expect(api.post('/sources', {})).rejects.toMatchObject({
      message: 'url must be a URL; intervalSeconds must be ≥ 5',
    });
  });

  it('ends the session on a 401, and only then', async () => {
    server.on('/api/me', (_, response) =>
      json(response, 401, {
        statusCode: 401,
        message: 'a valid token is required',
      }),
    );
    server.on('/api/access/viewer-token', (_, response) =>
      json(response, 403, { statusCode: 403, message: 'admin only' }),
    );
    await expect(api.get('/me')).rejects.toBeInstanceOf(ApiError);
    expect(unauthorized).toBe(1);
    await expect(api.post('/access/viewer-token')).rejects.toMatchObject({
      status: 403,
    });
    expect(unauthorized).toBe(1);
  });

  it('reads a 503 health answer as "database down", not as a failure', async () => {
    server.on('/api/health', (_, response) =>
      json(response, 503, { status: 'error', db: 'down', build: 'b1' }),
    );
    expect(await api.health()).toEqual({
      status: 'error',
      db: 'down',
      build: 'b1',
    });
    server.on('/api/health', (_, response) =>
      json(response, 200, { status: 'ok', db: 'up', build: 'b1' }),
    );
    expect(await api.health()).toEqual({
      status: 'ok',
      db: 'up',
      build: 'b1',
    });
  });

  it('treats a 503 that is not a health answer (a proxy page) as a transient failure', async () => {
    server.on('/api/health', (_, response) =>
      response
        .writeHead(503, { 'Content-Type': 'text/html' })
        .end('<h1>Service Unavailable</h1>'),
    );
    await expect(api.health()).rejects.toMatchObject({
      status: 503,
      transient: true,
      message: 'HTTP 503 Service Unavailable',
    });
  });

  it('says so when the server answers 200 with something that is not JSON', async () => {
    server.on('/api/me', (_, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>'),
    );
    await expect(api.get('/me')).rejects.toMatchObject({
      message: 'the server answered with invalid JSON',
    });
  });

  it('answers nothing for a 204', async () => {
    server.on('/api/topics/1', (_, response) => response.writeHead(204).end());
    expect(await api.delete('/topics/1')).toBeUndefined();
  });

  it('fails as unreachable when nothing listens, and when the answer takes too long', async () => {
    const nobody = new ApiClient({
      baseUrl: 'http://127.0.0.1:1',
      token: () => token,
    });
    await expect(nobody.get('/me')).rejects.toMatchObject({
      status: 0,
      unreachable: true,
      transient: true,
    });

    // Only this client has a short timeout: on a busy machine an ordinary
    // answer may take longer than a second, and must not fail the other tests.
    const impatient = new ApiClient({
      baseUrl: server.url,
      token: () => token,
      timeoutMs: 1000,
    });
    server.on('/api/slow', () => undefined);
    await expect(impatient.get('/slow')).rejects.toMatchObject({
      status: 0,
      unreachable: true,
      message: 'no answer from Lyt within 1 s',
    });
  });

  it("keeps the caller's abort an abort", async () => {
    server.on('/api/slow', () => undefined);
    const controller = new AbortController();
    const pending = api.get('/slow', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe(toQueryString.name, () => {
  it.each([
    [{}, ''],
    [{ a: undefined, b: null, c: '' }, ''],
    [
      { topic: ['x', 'y'], limit: 5, hidden: false },
      '?topic=x&topic=y&limit=5&hidden=false',
    ],
  ])('%j → %s', (query, expected) => {
    expect(toQueryString(query)).toBe(expected);
  });
});

describe(shouldRetry.name, () => {
  it.each<[string, unknown, number, boolean]>([
    ['unreachable, first failure', new ApiError(0, 'x'), 0, true],
    ['unreachable, third failure', new ApiError(0, 'x'), 2, false],
    ['503', new ApiError(503, 'x'), 1, true],
    ['502', new ApiError(502, 'x'), 0, true],
    ['500 (a bug, not a blip)', new ApiError(500, 'x'), 0, false],
    ['400', new ApiError(400, 'x'), 0, false],
    ['401', new ApiError(401, 'x'), 0, false],
    ['404', new ApiError(404, 'x'), 0, false],
    ['a programming error', new TypeError('x'), 0, false],
  ])('%s → %s', (_, error, failures, expected) => {
    expect(shouldRetry(failures, error)).toBe(expected);
  });

  it('waits longer after each failure, at most 15 s', () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const base = Math.min(1000 * 2 ** attempt, 15_000);
      const delay = retryDelay(attempt);
      expect(delay).toBeGreaterThanOrEqual(base / 2);
      expect(delay).toBeLessThanOrEqual(base);
    }
  });
});
