import type { Source, Topic } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import { LiveClient } from './support/live-client';
import {
  freePort,
  LytProcess,
  runLyt,
  waitForHealth,
} from './support/lyt-process';
import { ADMIN_TOKEN, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** Separate OS processes on one database, as docker-compose runs them. */
describe('two api processes and a separate collector', () => {
  let database: TestDatabase;
  let feeds: FeedServer;
  const processes: LytProcess[] = [];
  const clients: LiveClient[] = [];

  const launch = async (roles: string) => {
    const port = await freePort();
    const lyt = runLyt({
      PORT: port,
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      LYT_ROLES: roles,
      LYT_ADMIN_TOKEN: ADMIN_TOKEN,
      LYT_VIEWER_TOKEN: VIEWER_TOKEN,
      LYT_ALLOW_PRIVATE_FEEDS: 'true',
    });
    processes.push(lyt);
    await waitForHealth(port, lyt);
    return `http://127.0.0.1:${port}`;
  };
  const request = async (base: string, path: string, body: unknown) =>
    (await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${ADMIN_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    }).then((response) => response.json())) as unknown;

  beforeAll(async () => {
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    clients.forEach((client) => client.close());
    for (const lyt of processes) {
      lyt.child.kill('SIGTERM');
      await lyt.exited;
    }
    await database.drop();
    await feeds.stop();
  });

  it('delivers a mention collected by the collector process to clients of both api processes', async () => {
    // The first start applies the migrations; the others find them applied.
    const first = await launch('api');
    const [second] = await Promise.all([launch('api'), launch('collector')]);
    const topic = (await request(first, '/api/topics', {
      name: 'Novo',
      kind: 'company',
      query: 'novo',
    })) as Topic;
    const onFirst = new LiveClient(first, VIEWER_TOKEN);
    const onSecond = new LiveClient(second!, VIEWER_TOKEN);
    clients.push(onFirst, onSecond);
    await onFirst.subscribe();
    await onSecond.subscribe({ topics: [topic.id] });

    const source = (await request(first, '/api/sources', {
      url: feeds.serve('/novo', {
        items: [{ guid: 'n1', title: 'Novo', text: 'Novo åbner i Kalundborg' }],
      }),
    })) as Source;

    await onFirst.waitFor(1, 5000);
    await onSecond.waitFor(1, 5000);
    expect(onFirst.mentions[0]).toMatchObject({
      title: 'Novo',
      source: { id: source.id },
    });
    expect(onSecond.ids()).toEqual(onFirst.ids());
    // Only the collector process polls: the api processes have no collector role.
    expect(feeds.requestsFor('/novo')).toHaveLength(1);
  });

  it('tells the screens on every api process when the admin hides a mention, and never streams it again', async () => {
    const [first, second] = await Promise.all([launch('api'), launch('api')]);
    const onSecond = new LiveClient(second!, VIEWER_TOKEN);
    clients.push(onSecond);
    await onSecond.subscribe();
    const source = (await request(first!, '/api/sources', {
      url: feeds.serve('/hide', {
        items: [{ guid: 'h1', title: 'Novo', text: 'Novo lukker' }],
      }),
    })) as Source;
    await fetch(`${first}/api/sources/${source.id}/poll`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    await onSecond.waitFor(1, 5000);
    const id = onSecond.ids()[0]!;

    const hidden = await fetch(`${first}/api/mentions/${id}`, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${ADMIN_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ hidden: true }),
    });
    expect(hidden.status).toBe(200);
    const deadline = Date.now() + 5000;
    while (!onSecond.hidden.includes(id) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(onSecond.hidden).toContain(id);

    const resumed = new LiveClient(first!, VIEWER_TOKEN);
    clients.push(resumed);
    expect(await resumed.subscribe({ since: '0' })).toMatchObject({ ok: true });
    expect(resumed.ids()).not.toContain(id);
    expect(resumed.hidden).toContain(id);
  });
});
