import { io } from 'socket.io-client';
import {
  ADMIN_TOKEN,
  startTestApp,
  TestApp,
  VIEWER_TOKEN,
} from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** Resolves with how a real socket.io-client fared: connected, or the server's refusal. */
function tryConnect(url: string, token?: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(url, {
      auth: token ? { token } : {},
      transports: ['websocket'],
      reconnection: false,
      timeout: 5000,
    });
    socket.once('connect', () => {
      socket.close();
      resolve('connected');
    });
    socket.once('connect_error', (error) => {
      socket.close();
      resolve(`refused: ${error.message}`);
    });
  });
}

describe('Socket.IO namespaces', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it.each([
    ['without a token', undefined],
    ['with the viewer token', VIEWER_TOKEN],
    ['with the admin token', ADMIN_TOKEN],
  ])('refuses the default namespace / %s', async (_, token) => {
    expect(await tryConnect(app.url, token)).toMatch(
      /^refused: not found: connect to the \/live namespace/,
    );
  });

  it('refuses namespaces that do not exist', async () => {
    expect(await tryConnect(`${app.url}/admin`, ADMIN_TOKEN)).toBe(
      'refused: Invalid namespace',
    );
  });

  it('lets a valid token into /live, and nothing else', async () => {
    expect(await tryConnect(`${app.url}/live`, VIEWER_TOKEN)).toBe('connected');
    expect(await tryConnect(`${app.url}/live`)).toMatch(
      /^refused: unauthorized/,
    );
    expect(await tryConnect(`${app.url}/live`, 'x'.repeat(40))).toMatch(
      /^refused: unauthorized/,
    );
  });
});
