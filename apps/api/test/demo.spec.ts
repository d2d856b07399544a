import type {
  BlindSpotStats,
  DemoStatus,
  MentionPage,
  Source,
  SpikeStats,
  SummaryStats,
  Topic,
} from '@lyt/contracts';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { until } from './support/until';

// Seeding and removing weeks of history on a machine shared with other test runs.
jest.setTimeout(180_000);

/**
 * The demo workspace on a first start: seeded into an empty database, its
 * feeds fetched over real HTTP from Lyt itself with the SSRF guard on
 * (LYT_ALLOW_PRIVATE_FEEDS unset), removed for good.
 */
describe('the demo workspace', () => {
  let database: TestDatabase;
  let app: TestApp | undefined;
  let db: Client;
  const demoEnv = { LYT_DEMO: 'true', LYT_ALLOW_PRIVATE_FEEDS: 'false' };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app?.close();
    await database.drop();
  });

  const json = async <T>(path: string): Promise<T> => {
    const response = await app!.request(path);
    const body = await response.json();
    if (response.status !== 200)
      throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  };

  it('is seeded on the first start of an empty database, with weeks of history', async () => {
    const started = Date.now();
    app = await startTestApp(database.url, demoEnv);
    const seconds = (Date.now() - started) / 1000;
    expect(await json<DemoStatus>('/api/demo')).toEqual({ active: true });

    const topics = await json<Topic[]>('/api/topics');
    expect(topics.map((topic) => [topic.kind, topic.demo])).toEqual(
      expect.arrayContaining([
        ['company', true],
        ['competitor', true],
        ['competitor', true],
        ['industry', true],
      ]),
    );
    const sources = await json<Source[]>('/api/sources');
    expect(sources.length).toBeGreaterThanOrEqual(4);
    expect(sources.every((source) => source.demo)).toBe(true);

    const summary = await json<SummaryStats>('/api/stats/summary');
    const { rows } = await db.query(
      `SELECT min(published_at) AS first FROM item`,
    );
    const days = (Date.now() - new Date(rows[0].first).getTime()) / 86_400_000;
    console.log(
      `demo seeded in ${seconds.toFixed(1)} s: ${JSON.stringify(summary)}`,
    );
    expect(days).toBeGreaterThan(13);
    expect(summary.mentions).toBeGreaterThan(10_000);
    expect(summary.items).toBeGreaterThan(summary.mentions * 0.5);
  });

  it('polls its feeds over real HTTP from Lyt itself, with the SSRF guard on, and one of them fails', async () => {
    // The seeding leaves each source's health as its history ended; wait for each one's first outcome.
    const { rows: seeded } = await db.query(
      `SELECT seeded_at FROM demo_workspace`,
    );
    const seededAt = new Date(seeded[0].seeded_at).getTime();
    const sources = await until(
      async () => {
        const all = await json<Source[]>('/api/sources');
        return (
          // An outcome recorded: a success after the seeding, or a failure.
          all.every(
            (source) =>
              source.health.errorCount > 0 ||
              Date.parse(source.health.lastOkAt ?? '') > seededAt,
          ) && all
        );
      },
      60_000,
      'every demo source polled',
    );
    const states = sources.map((source) => ({
      name: source.name,
      failing: source.health.errorCount > 0,
      status: source.health.lastStatus,
    }));
    expect(states).toEqual(
      expect.arrayContaining([
        { name: 'Energiforum', failing: true, status: 'http-status' },
      ]),
    );
    for (const state of states.filter((s) => s.name !== 'Energiforum'))
      expect(state).toEqual({
        name: state.name,
        failing: false,
        status: expect.stringMatching(/^(ok|not-modified)$/),
      });
    const forum = sources.find((source) => source.name === 'Energiforum')!;
    expect(forum.health.lastError).toMatch(/HTTP 503/);
    // The minutes the history left out arrive through the collector: only polls write them.
    await until(
      async () => {
        const { rows } = await db.query(
          `SELECT count(*)::int AS polled FROM item
            WHERE published_at > (SELECT seeded_at FROM demo_workspace) - interval '15 minutes'`,
        );
        return rows[0].polled > 0;
      },
      30_000,
      'items from the first polls',
    );
    const latest = await json<MentionPage>('/api/mentions?limit=20');
    expect(latest.items.length).toBe(20);
    expect(
      latest.items.some((mention) => mention.mediaUrl?.endsWith('.png')),
    ).toBe(true);
    const image = await fetch(
      latest.items
        .find((m) => m.mediaUrl)!
        .mediaUrl!.replace(/^http:\/\/localhost:\d+/, app!.url),
    );
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(1000);
  });

  it('has a spike and a blind spot in its history', async () => {
    const to = new Date();
    const from = new Date(to.getTime() - 14 * 86_400_000);
    const range = `from=${from.toISOString()}&to=${to.toISOString()}`;
    const spikes = await json<SpikeStats>(
      `/api/stats/spikes?${range}&bucket=hour`,
    );
    expect(spikes.spikes.map((spike) => spike.topic.name)).toContain(
      'Nordlys Energi',
    );
    // The story two days ago stands out in the week's days too, as the overview's default shows it.
    const week = `from=${new Date(to.getTime() - 7 * 86_400_000).toISOString()}&to=${to.toISOString()}`;
    const daily = await json<SpikeStats>(
      `/api/stats/spikes?${week}&bucket=day`,
    );
    expect(daily.spikes.map((spike) => spike.topic.name)).toContain(
      'Nordlys Energi',
    );
    const blind = await json<BlindSpotStats>(`/api/stats/blind-spots?${range}`);
    expect(blind.sources.map((entry) => entry.source.name)).toEqual([
      'Energiforum',
    ]);
  });

  it('is removed for good: a restart does not seed it again', async () => {
    const began = Date.now();
    const response = await app!.request('/api/demo', { method: 'DELETE' });
    expect(response.status).toBe(200);
    console.log(
      `demo removed in ${((Date.now() - began) / 1000).toFixed(1)} s: ${JSON.stringify(await response.json())}`,
    );
    await app!.close();
    app = await startTestApp(database.url, demoEnv);
    expect(await json<DemoStatus>('/api/demo')).toEqual({ active: false });
    expect(await json<SummaryStats>('/api/stats/summary')).toEqual({
      items: 0,
      mentions: 0,
      sources: 0,
      topics: 0,
    });
  });
});

describe('LYT_DEMO=false', () => {
  it('starts an empty database empty', async () => {
    const database = await createTestDatabase();
    const app = await startTestApp(database.url, { LYT_DEMO: 'false' });
    try {
      const response = await app.request('/api/demo');
      expect(await response.json()).toEqual({ active: false });
      const topics = await (await app.request('/api/topics')).json();
      expect(topics).toEqual([]);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});
