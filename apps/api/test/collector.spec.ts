import type { Source } from '@lyt/contracts';
import { Client } from 'pg';
import { FeedItemSpec, FeedServer } from '@lyt/testing';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const items = (prefix: string, count: number): FeedItemSpec[] =>
  Array.from({ length: count }, (_, index) => ({
    guid: `${prefix}-${index}`,
    title: `${prefix} nyhed ${index}`,
    text: `Kunderne er glade for den nye service #dkbiz (${prefix} ${index})`,
  }));

async function sql<T = Record<string, unknown>>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

async function until<T>(
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the collector', () => {
  let database: TestDatabase;
  let feeds: FeedServer;
  const apps: TestApp[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const app = await startTestApp(database.url, env);
    apps.push(app);
    return app;
  };

  beforeEach(async () => {
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
  });
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await database.drop();
    await feeds.stop();
  });

  const createSource = async (app: TestApp, body: Record<string, unknown>) =>
    (await (
      await app.request('/api/sources', { method: 'POST', body })
    ).json()) as Source;
  const pollNow = async (app: TestApp, id: string) =>
    (await (
      await app.request(`/api/sources/${id}/poll`, { method: 'POST' })
    ).json()) as Source;
  const itemCount = async (sourceId: string) =>
    Number(
      (
        await sql<{ n: string }>(
          database.url,
          'SELECT count(*) AS n FROM item WHERE source_id = $1',
          [sourceId],
        )
      )[0]!.n,
    );

  it('fetches at most two feeds of one host at once, and polls the rest as those answer', async () => {
    const app = await start();
    feeds.hold();
    const burst = [];
    for (let n = 0; n < 6; n++)
      burst.push(
        await createSource(app, {
          url: feeds.serve(`/burst-${n}`, { items: items(`burst-${n}`, 2) }),
        }),
      );
    await until(async () => feeds.heldCount >= 2, 5000);
    // Long enough for every other poll to have started, were the host not limited.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(feeds.heldCount).toBe(2);

    feeds.release();
    for (const source of burst)
      await until(async () => (await itemCount(source.id)) === 2, 5000);
    expect(new Set(feeds.requests.map((request) => request.path)).size).toBe(6);
  });

  it('polls a new source at once and stores every item with its enrichment', async () => {
    const app = await start();
    const source = await createSource(app, {
      url: feeds.serve('/novo', { items: items('novo', 3) }),
    });

    const health = await until(async () => {
      const current = (await (
        await app.request(`/api/sources/${source.id}`)
      ).json()) as Source;
      return current.health.lastOkAt ? current.health : null;
    }, 5000);

    expect(health).toMatchObject({
      itemsSeen: 3,
      errorCount: 0,
      lastError: null,
      lastStatus: 'ok',
    });
    const stored = await sql(
      database.url,
      'SELECT guid, hashtags, language, sentiment_label FROM item ORDER BY guid',
    );
    expect(stored).toEqual([
      {
        guid: 'novo-0',
        hashtags: ['dkbiz'],
        language: 'da',
        sentiment_label: 'positive',
      },
      {
        guid: 'novo-1',
        hashtags: ['dkbiz'],
        language: 'da',
        sentiment_label: 'positive',
      },
      {
        guid: 'novo-2',
        hashtags: ['dkbiz'],
        language: 'da',
        sentiment_label: 'positive',
      },
    ]);
  });

  it('stores nothing twice when a feed repeats its items, and counts only new ones', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const path = '/repeat';
    const source = await createSource(app, {
      url: feeds.serve(path, { items: items('a', 2) }),
    });
    await pollNow(app, source.id);

    feeds.serve(path, { items: [...items('a', 2), ...items('b', 1)] });
    const after = await pollNow(app, source.id);

    expect(await itemCount(source.id)).toBe(3);
    expect(after.health.itemsSeen).toBe(3);
  });

  it('sends the stored validators and treats 304 as unchanged', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const path = '/etag';
    const source = await createSource(app, {
      url: feeds.serve(path, {
        items: items('e', 2),
        etag: '"v1"',
        headers: { 'Last-Modified': 'Wed, 25 Nov 2026 10:00:00 GMT' },
      }),
    });
    await pollNow(app, source.id);
    const after = await pollNow(app, source.id);

    const [first, second] = feeds.requestsFor(path);
    expect(first!.headers['if-none-match']).toBeUndefined();
    expect(second!.headers['if-none-match']).toBe('"v1"');
    expect(second!.headers['if-modified-since']).toBe(
      'Wed, 25 Nov 2026 10:00:00 GMT',
    );
    expect(after.health).toMatchObject({
      lastStatus: 'not-modified',
      errorCount: 0,
      itemsSeen: 2,
    });
  });

  it('backs off exponentially on errors and recovers', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const path = '/flaky';
    const source = await createSource(app, {
      url: feeds.serve(path, { status: 500 }),
      intervalSeconds: 60,
    });

    const once = await pollNow(app, source.id);
    expect(once.health).toMatchObject({
      errorCount: 1,
      lastStatus: 'http-status',
    });
    expect(once.health.lastError).toMatch(/^HTTP 500/);
    expect(secondsUntil(once.health.nextPollAt)).toBeCloseTo(120, -1);

    const twice = await pollNow(app, source.id);
    expect(twice.health.errorCount).toBe(2);
    expect(secondsUntil(twice.health.nextPollAt)).toBeCloseTo(240, -1);

    feeds.serve(path, { items: items('f', 1) });
    const recovered = await pollNow(app, source.id);
    expect(recovered.health).toMatchObject({
      errorCount: 0,
      lastError: null,
      itemsSeen: 1,
    });
    // Back on the plain interval, with jitter that only ever polls early.
    expect(secondsUntil(recovered.health.nextPollAt)).toBeGreaterThanOrEqual(
      53,
    );
    expect(secondsUntil(recovered.health.nextPollAt)).toBeLessThanOrEqual(60);
  });

  it('honours 429 with Retry-After', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const source = await createSource(app, {
      url: feeds.serve('/busy', {
        status: 429,
        headers: { 'Retry-After': '3600' },
      }),
      intervalSeconds: 60,
    });

    const after = await pollNow(app, source.id);

    expect(after.health.lastError).toMatch(/429/);
    expect(secondsUntil(after.health.nextPollAt)).toBeCloseTo(3600, -1);
  });

  it('loses nothing when the process fails between fetch and commit', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const path = '/crash';
    const source = await createSource(app, {
      url: feeds.serve(path, { items: items('c', 2), etag: '"c1"' }),
    });
    await sql(
      database.url,
      `CREATE FUNCTION fail_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
       CREATE TRIGGER fail_insert BEFORE INSERT ON item FOR EACH ROW EXECUTE FUNCTION fail_insert();`,
    );

    const failed = await pollNow(app, source.id);
    expect(failed.health).toMatchObject({ errorCount: 1, itemsSeen: 0 });
    expect(await itemCount(source.id)).toBe(0);

    await sql(database.url, 'DROP TRIGGER fail_insert ON item');
    await pollNow(app, source.id);

    expect(
      feeds.requestsFor(path)[1]!.headers['if-none-match'],
    ).toBeUndefined();
    expect(await itemCount(source.id)).toBe(2);
  });

  it('links the same story from two sources instead of counting it twice', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const story = {
      guid: 'x',
      title: 'Solstrand åbner',
      text: 'Solstrand åbner ny butik',
      link: 'https://avis.dk/solstrand?utm_source=rss',
    };
    const first = await createSource(app, {
      url: feeds.serve('/avis', { items: [story] }),
    });
    const second = await createSource(app, {
      url: feeds.serve('/aggregator', {
        items: [
          { ...story, guid: 'agg-1', link: 'https://avis.dk/solstrand#top' },
        ],
      }),
    });
    await pollNow(app, first.id);
    await pollNow(app, second.id);

    const rows = await sql<{
      source_id: string;
      id: string;
      duplicate_of: string | null;
    }>(
      database.url,
      'SELECT source_id, id::text, duplicate_of::text FROM item ORDER BY id',
    );
    expect(rows).toEqual([
      { source_id: first.id, id: rows[0]!.id, duplicate_of: null },
      { source_id: second.id, id: rows[1]!.id, duplicate_of: rows[0]!.id },
    ]);
  });

  it('never lets two collector processes poll the same source twice', async () => {
    const collectors = [
      await start({ LYT_ROLES: 'collector' }),
      await start({ LYT_ROLES: 'collector' }),
    ];
    const api = await start({ LYT_ROLES: 'api' });
    const paths = Array.from({ length: 12 }, (_, index) => `/many/${index}`);
    for (const path of paths) {
      await createSource(api, {
        url: feeds.serve(path, { items: items(path, 1) }),
        intervalSeconds: 5,
      });
    }

    await until(
      async () => paths.every((path) => feeds.requestsFor(path).length >= 2),
      20_000,
    );
    expect(collectors).toHaveLength(2);

    for (const path of paths) {
      const times = feeds.requestsFor(path).map((request) => request.at);
      for (let index = 1; index < times.length; index++) {
        // Polled again only after its interval: never twice in one due period.
        expect(times[index]! - times[index - 1]!).toBeGreaterThanOrEqual(4500);
      }
    }
  });
});

function secondsUntil(iso: string | null): number {
  return (Date.parse(iso ?? '') - Date.now()) / 1000;
}
