import type {
  DemoRemoval,
  DemoStatus,
  MentionPage,
  Source,
  SummaryStats,
  Topic,
} from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import { Client } from 'pg';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/**
 * Removing the demo, whatever it holds: here a workspace where the demo's rows
 * (flagged as the seeding flags them) sit beside the user's own, matched both
 * ways (a demo topic matches the user's items, a user topic the demo's).
 */
describe('DELETE /api/demo', () => {
  let database: TestDatabase;
  let app: TestApp;
  let feeds: FeedServer;
  let db: Client;

  beforeAll(async () => {
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await database.drop();
    await feeds.stop();
  });

  const json = async <T>(
    path: string,
    options: Parameters<TestApp['request']>[1] = {},
  ): Promise<T> => {
    const response = await app.request(path, options);
    const body = await response.json();
    if (response.status >= 300)
      throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  };
  const items = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => ({
      guid: `${prefix}-${index}`,
      title: `Nordlys og Vestvind ${prefix} ${index}`,
      text: `Nyt om Nordlys Energi og Vestvind fra ${prefix}, nummer ${index}.`,
    }));
  const addSource = async (path: string, name: string, count: number) => {
    const source = await json<Source>('/api/sources', {
      method: 'POST',
      body: {
        url: feeds.serve(path, { items: items(path.slice(1), count) }),
        name,
      },
    });
    await json<Source>(`/api/sources/${source.id}/poll`, { method: 'POST' });
    return source;
  };
  const addTopic = (name: string, query: string) =>
    json<Topic>('/api/topics', {
      method: 'POST',
      body: { name, kind: 'company', query },
    });

  it('says none is active in a workspace without a demo, and removing nothing is harmless', async () => {
    expect(
      await json<DemoStatus>('/api/demo', { token: VIEWER_TOKEN }),
    ).toEqual({
      active: false,
    });
    expect(await json<DemoRemoval>('/api/demo', { method: 'DELETE' })).toEqual({
      removed: { topics: 0, sources: 0, items: 0, mentions: 0 },
    });
  });

  it('is for the admin only', async () => {
    const response = await app.request('/api/demo', {
      method: 'DELETE',
      token: VIEWER_TOKEN,
    });
    expect(response.status).toBe(403);
  });

  it('removes the demo topics, sources, items and mentions and leaves the user’s own untouched', async () => {
    const userTopic = await addTopic('Vestvind', 'vestvind');
    const demoTopic = await addTopic('Nordlys Energi', 'nordlys');
    const userSource = await addSource('/user-feed', 'Mit feed', 4);
    const demoSource = await addSource('/demo-feed', 'Demo-feed', 6);
    await db.query(`UPDATE topic SET demo = true WHERE id = $1`, [
      demoTopic.id,
    ]);
    await db.query(`UPDATE source SET demo = true WHERE id = $1`, [
      demoSource.id,
    ]);

    expect(await json<DemoStatus>('/api/demo')).toEqual({ active: true });
    const topics = await json<Topic[]>('/api/topics');
    expect(topics.map((topic) => [topic.name, topic.demo]).sort()).toEqual([
      ['Nordlys Energi', true],
      ['Vestvind', false],
    ]);
    const before = await json<SummaryStats>('/api/stats/summary');
    expect(before).toMatchObject({
      items: 10,
      mentions: 10,
      sources: 2,
      topics: 2,
    });

    const removal = await json<DemoRemoval>('/api/demo', { method: 'DELETE' });

    // 6 demo items (each matched both topics) and the demo topic's 4 on the user's items.
    expect(removal).toEqual({
      removed: { topics: 1, sources: 1, items: 6, mentions: 16 },
    });
    expect(await json<DemoStatus>('/api/demo')).toEqual({ active: false });
    expect(
      (await json<Topic[]>('/api/topics')).map((topic) => topic.id),
    ).toEqual([userTopic.id]);
    expect(
      (await json<Source[]>('/api/sources')).map((source) => source.id),
    ).toEqual([userSource.id]);
    expect(await json<SummaryStats>('/api/stats/summary')).toMatchObject({
      items: 4,
      mentions: 4,
      sources: 1,
      topics: 1,
    });
    const page = await json<MentionPage>('/api/mentions?limit=50');
    expect(page.items.map((mention) => mention.source.id)).toEqual(
      Array(4).fill(userSource.id),
    );
    expect(
      page.items.every(
        (m) => m.topics.map((t) => t.id).join() === userTopic.id,
      ),
    ).toBe(true);
    const { rows: history } = await db.query(
      `SELECT count(*)::int AS runs FROM poll_run WHERE source_id = $1`,
      [demoSource.id],
    );
    expect(history[0].runs).toBe(0);
    // The rollups agree: the user topic's hourly series holds exactly its 4 mentions.
    const { rows: rollup } = await db.query(
      `SELECT coalesce(sum(mentions), 0)::int AS mentions FROM (
         SELECT mentions FROM stats.topic_hour WHERE topic_id = $1
         UNION ALL SELECT mentions FROM stats.topic_change WHERE topic_id = $1) AS counted`,
      [userTopic.id],
    );
    expect(rollup[0].mentions).toBe(4);
  });

  it('is remembered: the demo is never seeded into this database again', async () => {
    const { rows } = await db.query(
      `SELECT removed_at IS NOT NULL AS removed FROM demo_workspace`,
    );
    expect(rows).toEqual([{ removed: true }]);
  });
});
