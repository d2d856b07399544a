import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { LiveClient } from './support/live-client';
import { ADMIN_TOKEN, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const SCREENS = 200;
const ROUNDS = 5;
/** Heap a round of 200 screens may leave behind, all rounds together; a leaked socket costs ~35 KB. */
const BOUND_BYTES = 3 * 1024 * 1024;

describe('200 screens connecting and disconnecting again and again', () => {
  let database: TestDatabase;
  let server: ChildProcess;
  let url: string;

  const ask = <T>(message: string): Promise<T> =>
    new Promise((resolveAnswer) => {
      server.once('message', (answer) => resolveAnswer(answer as T));
      server.send(message);
    });

  /** 200 screens connect, half of them resuming with `since`, and all go again. */
  const round = async () => {
    const screens = Array.from(
      { length: SCREENS },
      () => new LiveClient(url, VIEWER_TOKEN),
    );
    await Promise.all(
      screens.map((screen, index) =>
        screen.subscribe(index % 2 ? { since: '0' } : { hashtags: ['dkbiz'] }),
      ),
    );
    screens.forEach((screen) => screen.close());
    // The server has seen every disconnect once /live has no sockets of these screens left.
    await new Promise((resolveWait) => setTimeout(resolveWait, 300));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    server = spawn(
      process.execPath,
      [
        '--expose-gc',
        '-r',
        '@swc-node/register',
        'apps/api/test/support/heap-probe-server.ts',
      ],
      {
        cwd: resolve(__dirname, '../../..'),
        env: {
          PATH: process.env['PATH'] ?? '',
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: database.url,
          LYT_ROLES: 'api',
          // An empty database would start as the demo: screens resuming from 0 would replay its history.
          LYT_DEMO: 'false',
          LYT_ADMIN_TOKEN: ADMIN_TOKEN,
          LYT_VIEWER_TOKEN: VIEWER_TOKEN,
        },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      },
    );
    url = (
      await new Promise<{ url: string }>((resolveUrl) =>
        server.once('message', (message) =>
          resolveUrl(message as { url: string }),
        ),
      )
    ).url;
  });
  afterAll(async () => {
    if (server?.connected) {
      server.send('stop');
      await new Promise((resolveExit) => server.once('exit', resolveExit));
    }
    await database.drop();
  });

  it(`keeps the server's heap within ${BOUND_BYTES / 1024 / 1024} MB over ${ROUNDS} rounds`, async () => {
    // Warm up: the first connections fill caches that stay.
    await round();
    await round();
    const before = (await ask<{ heapUsed: number }>('heap')).heapUsed;
    for (let index = 0; index < ROUNDS; index++) await round();
    const after = (await ask<{ heapUsed: number }>('heap')).heapUsed;

    expect(after - before).toBeLessThan(BOUND_BYTES);
  });
});
