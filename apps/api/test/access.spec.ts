import { io, Socket } from 'socket.io-client';
import { Client } from 'pg';
import {
  ADMIN_TOKEN,
  startTestApp,
  TestApp,
  VIEWER_TOKEN,
} from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('access tokens', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  describe('HTTP', () => {
    it('answers the health check without a token', async () => {
      const response = await app.request('/api/health', { token: null });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok', db: 'up' });
    });

    it.each([
      ['no token', null],
      ['a wrong token', 'not-the-token-0123456789'],
    ])('refuses %s with 401', async (_case, token) => {
      const response = await app.request('/api/stats/summary', { token });
      expect(response.status).toBe(401);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /token/,
      );
    });

    it('refuses a malformed Authorization header with 401', async () => {
      const response = await fetch(`${app.url}/api/me`, {
        headers: { Authorization: `Basic ${ADMIN_TOKEN}` },
      });
      expect(response.status).toBe(401);
    });

    it('lets the viewer read', async () => {
      const me = await app.request('/api/me', { token: VIEWER_TOKEN });
      expect(await me.json()).toEqual({ role: 'viewer' });
      const summary = await app.request('/api/stats/summary', {
        token: VIEWER_TOKEN,
      });
      expect(summary.status).toBe(200);
      expect(await summary.json()).toEqual({
        items: 0,
        mentions: 0,
        sources: 0,
        topics: 0,
      });
    });

    it('refuses the viewer on an admin route with 403', async () => {
      const response = await app.request('/api/access/viewer-token', {
        token: VIEWER_TOKEN,
        method: 'POST',
      });
      expect(response.status).toBe(403);
    });

    it('answers unknown routes with 404 JSON', async () => {
      const response = await app.request('/api/nothing-here');
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/json/);
    });

    it('answers a bad query parameter with 400 naming it', async () => {
      const response = await app.request('/api/stats/summary?from=yesterday');
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /^from:/,
      );
    });
  });

  describe('Socket.IO handshake on /live', () => {
    const sockets: Socket[] = [];
    afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));

    const connect = (token: string | undefined) =>
      new Promise<string>((resolve) => {
        const socket = io(`${app.url}/live`, {
          auth: token === undefined ? {} : { token },
          transports: ['websocket'],
          reconnection: false,
        });
        sockets.push(socket);
        socket.on('connect', () => resolve('connected'));
        socket.on('connect_error', (error) => resolve(error.message));
      });

    it('lets a viewer and an admin connect', async () => {
      expect(await connect(VIEWER_TOKEN)).toBe('connected');
      expect(await connect(ADMIN_TOKEN)).toBe('connected');
    });

    it.each([
      ['no token', undefined],
      ['a wrong token', 'wrong-token-0123456789'],
    ])('refuses %s', async (_case, token) => {
      expect(await connect(token)).toMatch(/^unauthorized/);
    });
  });
});

describe('generated tokens', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.drop());

  const withoutConfiguredTokens = {
    LYT_ADMIN_TOKEN: undefined,
    LYT_VIEWER_TOKEN: undefined,
  };

  it('generates both tokens on first start, stores only their hashes, and not again on restart', async () => {
    const first = await startTestApp(database.url, withoutConfiguredTokens);
    const { admin, viewer } = first.generatedTokens;
    expect(admin).toMatch(/^[\w-]{40,}$/);
    expect(viewer).toMatch(/^[\w-]{40,}$/);
    expect(
      await (await first.request('/api/me', { token: admin })).json(),
    ).toEqual({ role: 'admin' });
    expect(
      await (await first.request('/api/me', { token: viewer })).json(),
    ).toEqual({ role: 'viewer' });
    await first.close();

    const stored = new Client({ connectionString: database.url });
    await stored.connect();
    const { rows } = await stored.query('SELECT token_hash FROM access_token');
    await stored.end();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain(admin);

    const second = await startTestApp(database.url, withoutConfiguredTokens);
    expect(second.generatedTokens).toEqual({});
    expect((await second.request('/api/me', { token: admin })).status).toBe(
      200,
    );
    await second.close();
  });

  it('replaces a generated token with the configured one', async () => {
    const first = await startTestApp(database.url, withoutConfiguredTokens);
    const generatedAdmin = first.generatedTokens.admin;
    await first.close();

    const configured = await startTestApp(database.url, {
      LYT_VIEWER_TOKEN: undefined,
    });
    expect(
      (await configured.request('/api/me', { token: generatedAdmin })).status,
    ).toBe(401);
    expect(
      (await configured.request('/api/me', { token: ADMIN_TOKEN })).status,
    ).toBe(200);
    await configured.close();
  });

  it('rotates the viewer token for the admin: the old one stops working', async () => {
    const app = await startTestApp(database.url, {
      LYT_VIEWER_TOKEN: undefined,
    });
    const oldViewer = app.generatedTokens.viewer;
    expect((await app.request('/api/me', { token: oldViewer })).status).toBe(
      200,
    );

    const response = await app.request('/api/access/viewer-token', {
      method: 'POST',
    });
    expect(response.status).toBe(201);
    const { token } = (await response.json()) as { token: string };

    expect((await app.request('/api/me', { token: oldViewer })).status).toBe(
      401,
    );
    expect(await (await app.request('/api/me', { token })).json()).toEqual({
      role: 'viewer',
    });
    await app.close();
  });

  it('disconnects the sockets the old viewer token opened, in every api replica, and keeps the admin connected', async () => {
    const first = await startTestApp(database.url, withoutConfiguredTokens);
    const { admin, viewer } = first.generatedTokens;
    const second = await startTestApp(database.url, withoutConfiguredTokens);
    const open = (url: string, token: string) =>
      new Promise<Socket>((resolve, reject) => {
        const socket = io(`${url}/live`, {
          auth: { token },
          transports: ['websocket'],
          reconnection: false,
        });
        socket.on('connect', () => resolve(socket));
        socket.on('connect_error', reject);
      });
    const disconnected = (socket: Socket) =>
      new Promise<string>((resolve) => socket.on('disconnect', resolve));
    const sockets = await Promise.all([
      open(first.url, viewer!),
      open(second.url, viewer!),
      open(second.url, admin!),
    ]);
    const [here, there, adminSocket] = sockets;
    try {
      // The second replica has the old token cached from the handshake.
      expect((await second.request('/api/me', { token: viewer })).status).toBe(
        200,
      );
      const gone = [disconnected(here!), disconnected(there!)];
      const response = await first.request('/api/access/viewer-token', {
        method: 'POST',
        token: admin,
      });
      expect(response.status).toBe(201);
      expect(await Promise.all(gone)).toEqual([
        'io server disconnect',
        'io server disconnect',
      ]);
      expect(adminSocket!.connected).toBe(true);
      // Nor can the old token come back through the other replica.
      await expect(open(second.url, viewer!)).rejects.toThrow(/unauthorized/);
      expect((await second.request('/api/me', { token: viewer })).status).toBe(
        401,
      );
      const { token } = (await response.json()) as { token: string };
      expect((await open(second.url, token)).connected).toBe(true);
    } finally {
      sockets.forEach((socket) => socket.close());
      await Promise.all([first.close(), second.close()]);
    }
  });
});
