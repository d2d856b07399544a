import type { Source, Topic, TopicPreview } from '@lyt/contracts';
import { Client } from 'pg';
import { FeedServer } from '@lyt/testing';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const POSTS = [
  {
    guid: 'p1',
    title: 'Novo Nordisk hæver forventningerne',
    text: 'Aktien stiger. #dkbiz',
  },
  {
    guid: 'p2',
    title: 'LEGO åbner ny fabrik',
    text: "LEGO's nye fabrik giver job. #dkbiz",
  },
  { guid: 'p3', title: 'Vejret', text: 'Regn i hele landet i morgen' },
  {
    guid: 'p4',
    title: 'Legoland lukker for sæsonen',
    text: 'Parken åbner igen til foråret',
  },
];

describe('topics and matching', () => {
  let database: TestDatabase;
  let feeds: FeedServer;
  let app: TestApp;
  let db: Client;

  beforeEach(async () => {
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterEach(async () => {
    await db.end();
    await app.close();
    await database.drop();
    await feeds.stop();
  });

  const post = async <T>(path: string, body: unknown, method = 'POST') => {
    const response = await app.request(path, { method, body });
    return {
      status: response.status,
      body: (await response.json()) as T & { message: string },
    };
  };
  const createTopic = async (name: string, kind: string, query: string) =>
    (await post<Topic>('/api/topics', { name, kind, query })).body;
  const collect = async () => {
    const { body: source } = await post<Source>('/api/sources', {
      url: feeds.serve('/posts', { items: POSTS }),
    });
    await post(`/api/sources/${source.id}/poll`, {});
  };
  const mentionsOf = async (topicId: string) =>
    (
      await db.query(
        `SELECT i.guid, m.terms FROM mention m JOIN item i ON i.id = m.item_id WHERE m.topic_id = $1 ORDER BY i.guid`,
        [topicId],
      )
    ).rows;
  const rematched = async (id: string) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const topic = (await (
        await app.request(`/api/topics/${id}`)
      ).json()) as Topic;
      if (topic.rematch.status === 'done') return topic;
      if (Date.now() > deadline)
        throw new Error(`re-match of ${id} did not finish`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  it('turns each new item into mentions of exactly the topics it matches', async () => {
    const novo = await createTopic('Novo', 'company', '"novo nordisk" OR novo');
    const lego = await createTopic('LEGO', 'competitor', 'lego -legoland');
    const industry = await createTopic('Dansk erhverv', 'industry', '#dkbiz');

    await collect();

    const [novoMention, ...others] = await mentionsOf(novo.id);
    expect(others).toEqual([]);
    expect(novoMention.guid).toBe('p1');
    expect([...novoMention.terms].sort()).toEqual(['"novo nordisk"', 'novo']);
    expect(await mentionsOf(lego.id)).toEqual([
      { guid: 'p2', terms: ['lego'] },
    ]);
    expect(await mentionsOf(industry.id)).toEqual([
      { guid: 'p1', terms: ['#dkbiz'] },
      { guid: 'p2', terms: ['#dkbiz'] },
    ]);
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM item`);
    expect(rows[0].n).toBe(4);
  });

  it('re-matches history when a topic is created and when its query changes, with progress', async () => {
    await collect();

    const topic = await createTopic('Parker', 'custom', 'legoland');
    const done = await rematched(topic.id);
    expect(done.rematch).toMatchObject({
      status: 'done',
      processed: 4,
      total: 4,
    });
    expect(await mentionsOf(topic.id)).toEqual([
      { guid: 'p4', terms: ['legoland'] },
    ]);

    const { status } = await post<Topic>(
      `/api/topics/${topic.id}`,
      { query: 'regn OR lego' },
      'PATCH',
    );
    expect(status).toBe(200);
    await rematched(topic.id);
    expect((await mentionsOf(topic.id)).map((row) => row.guid)).toEqual([
      'p2',
      'p3',
    ]);
  });

  it('removes the mentions of a deleted topic', async () => {
    const topic = await createTopic('Novo', 'company', 'novo');
    await collect();
    expect(await mentionsOf(topic.id)).toHaveLength(1);

    expect(
      (await app.request(`/api/topics/${topic.id}`, { method: 'DELETE' }))
        .status,
    ).toBe(204);

    expect(await mentionsOf(topic.id)).toEqual([]);
    expect((await app.request(`/api/topics/${topic.id}`)).status).toBe(404);
  });

  it('previews a query on stored items, with the hits to highlight, before saving it', async () => {
    await collect();

    const { status, body } = await post<TopicPreview>('/api/topics/preview', {
      query: 'fabrik*',
    });

    expect(status).toBe(200);
    expect(body.scanned).toBe(4);
    expect(body.items.map((item) => item.title)).toEqual([
      'LEGO åbner ny fabrik',
    ]);
    const [item] = body.items;
    const hit = item!.hits[0]!;
    expect(hit.field).toBe('title');
    expect(item!.title!.slice(hit.start, hit.end)).toBe('fabrik');
  });

  it.each([
    ['(novo OR lego', /^query: .* at \d+$/],
    ['novo OR', /^query: .* at \d+$/],
    ['"novo nordisk', /^query: .* at \d+$/],
  ])(
    'refuses the invalid query %p with 400 naming the error and its position',
    async (query, message) => {
      const { status, body } = await post('/api/topics', {
        name: 'Bad',
        kind: 'company',
        query,
      });
      expect(status).toBe(400);
      expect(body.message).toMatch(message);
    },
  );

  it('refuses an unknown kind and a bad colour, naming the field', async () => {
    const kind = await post('/api/topics', {
      name: 'X',
      kind: 'partner',
      query: 'x',
    });
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body.message)).toMatch(/kind/);
    const color = await post('/api/topics', {
      name: 'X',
      kind: 'company',
      query: 'x',
      color: 'red',
    });
    expect(JSON.stringify(color.body.message)).toMatch(/color/);
  });

  it('gives each kind its own colours and lets only the admin change topics', async () => {
    const company = await createTopic('Us', 'company', 'us');
    const competitor = await createTopic('Them', 'competitor', 'them');
    expect(company.color).not.toBe(competitor.color);

    const response = await app.request('/api/topics', {
      method: 'POST',
      token: VIEWER_TOKEN,
      body: { name: 'X', kind: 'company', query: 'x' },
    });
    expect(response.status).toBe(403);
    expect(
      (await app.request('/api/topics', { token: VIEWER_TOKEN })).status,
    ).toBe(200);
  });
});
