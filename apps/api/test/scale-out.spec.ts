import type { Source, Topic } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import {
  eventually,
  expectEveryItemOnceOnEveryScreen,
  GrowingFeeds,
  post,
  Screen,
} from './support/ingestion';
import { LiveClient } from './support/live-client';
import {
  freePort,
  LytProcess,
  runLyt,
  testLytEnv,
  waitForHealth,
} from './support/lyt-process';
import { ADMIN_TOKEN, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** Feeds on this many loopback hosts (127.0.0.2, …), a few each: the per-host limit spaces none of them. */
const HOSTS = 6;
const FEEDS_PER_HOST = 3;

/**
 * Separate OS processes on one database, as docker-compose runs them: two
 * api-only processes (REST, dashboard, /live) and two collector-only ones.
 */
describe('two api-only and two collector-only processes on one database', () => {
  let database: TestDatabase;
  const servers: FeedServer[] = [];
  const processes: LytProcess[] = [];
  const clients: LiveClient[] = [];
  const screens: Screen[] = [];
  let apis: string[];
  let topic: Topic;

  const launch = async (roles: 'api' | 'collector') => {
    const port = await freePort();
    const lyt = runLyt({
      ...testLytEnv(port),
      DATABASE_URL: database.url,
      LYT_ROLES: roles,
      LYT_DEMO: 'false',
    });
    processes.push(lyt);
    await waitForHealth(port, lyt);
    return `http://127.0.0.1:${port}`;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    // Each answer takes a while, so that polls of one source by two collectors would overlap.
    for (let host = 2; host < 2 + HOSTS; host++)
      servers.push(
        await new FeedServer().start({
          host: `127.0.0.${host}`,
          answerAfterMs: 300,
        }),
      );
    // The first start applies the migrations; the others find them applied.
    const first = await launch('api');
    const [second] = await Promise.all([
      launch('api'),
      launch('collector'),
      launch('collector'),
    ]);
    apis = [first, second];
    topic = (await post(first, '/api/topics', {
      name: 'Novo',
      kind: 'company',
      query: 'novo',
    })) as Topic;
  });
  afterAll(async () => {
    clients.forEach((client) => client.close());
    screens.forEach((screen) => screen.disconnect());
    for (const lyt of processes) {
      lyt.child.kill('SIGTERM');
      await lyt.exited;
    }
    await database.drop();
    for (const server of servers) await server.stop();
  });

  it('polls no source twice at once, and every screen on either api receives every mention exactly once, in order', async () => {
    for (const api of apis)
      for (let index = 0; index < 2; index++) {
        const screen = new Screen();
        screens.push(screen);
        await screen.connect(api);
      }
    const growing = servers.map(
      (server, index) =>
        new GrowingFeeds(server, `host${index}`, FEEDS_PER_HOST),
    );
    const sources: Source[] = [];
    for (const [index, url] of growing.flatMap((feeds) => feeds.urls).entries())
      sources.push(
        (await post(apis[index % 2]!, '/api/sources', {
          url,
          intervalSeconds: 5,
        })) as Source,
      );
    growing.forEach((feeds) => feeds.grow(700));

    // Meanwhile people press "poll now" on both api processes, while the collectors poll on schedule.
    const deadline = Date.now() + 12_000;
    while (Date.now() < deadline) {
      await Promise.all(
        sources.map((source, index) =>
          fetch(`${apis[index % 2]}/api/sources/${source.id}/poll`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
          }).then((response) => response.text()),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }

    await expectEveryItemOnceOnEveryScreen(
      apis[0]!,
      {
        freeze: () => growing.forEach((feeds) => feeds.freeze()),
        titles: () => growing.flatMap((feeds) => feeds.titles()),
      },
      screens,
    );
    for (const [index, server] of servers.entries())
      for (let feed = 0; feed < FEEDS_PER_HOST; feed++) {
        const path = `/host${index}-${feed}`;
        expect({ path, peak: server.peakConcurrency(path) }).toEqual({
          path,
          peak: 1,
        });
        expect(server.requestsFor(path).length).toBeGreaterThanOrEqual(3);
      }
  });

  it('tells the screens on the other api process when the admin hides a mention, and never streams it again', async () => {
    const [first, second] = apis as [string, string];
    const onSecond = new LiveClient(second, VIEWER_TOKEN);
    clients.push(onSecond);
    await onSecond.subscribe({ topics: [topic.id] });
    const server = servers[0]!;
    const source = (await post(first, '/api/sources', {
      url: server.serve('/hide', {
        items: [{ guid: 'h1', title: 'Novo', text: 'Novo lukker' }],
      }),
    })) as Source;
    await onSecond.waitFor(1, 10_000);
    const id = onSecond.ids()[0]!;
    expect(onSecond.mentions[0]).toMatchObject({ source: { id: source.id } });

    const hidden = await fetch(`${first}/api/mentions/${id}`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${ADMIN_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ hidden: true }),
    });
    expect(hidden.status).toBe(200);
    await eventually(
      'the hide on the other process',
      () => onSecond.hidden,
      (ids) => ids.includes(id),
      5000,
      50,
    );

    const resumed = new LiveClient(second, VIEWER_TOKEN);
    clients.push(resumed);
    expect(await resumed.subscribe({ since: '0' })).toMatchObject({ ok: true });
    expect(resumed.ids()).not.toContain(id);
  });
});
