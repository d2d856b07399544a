import type { Source, SourceTemplateView } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { until } from './support/until';

describe('sources over REST', () => {
  let database: TestDatabase;
  let app: TestApp;
  let feeds: FeedServer;

  beforeAll(async () => {
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
    // The api alone: no collector ticks, so only "poll now" fetches.
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await feeds.stop();
  });

  const create = async (body: unknown, token?: string) => {
    const response = await app.request('/api/sources', {
      method: 'POST',
      body,
      token,
    });
    return {
      status: response.status,
      body: (await response.json()) as Source & { message: string },
    };
  };

  it('creates a source from a feed URL with the default interval, due at once', async () => {
    const url = feeds.serve('/created', { items: [] });
    const { status, body } = await create({ url });

    expect(status).toBe(201);
    expect(body).toMatchObject({
      url,
      name: '127.0.0.1:' + new URL(feeds.url).port,
      kind: 'feed',
      intervalSeconds: 300,
    });
    expect(Date.parse(body.health.nextPollAt!)).toBeLessThanOrEqual(
      Date.now() + 1000,
    );
    const listed = (await (
      await app.request('/api/sources', { token: VIEWER_TOKEN })
    ).json()) as Source[];
    expect(listed.map((source) => source.id)).toContain(body.id);
  });

  it('lists the templates and builds a source from one', async () => {
    const templates = (await (
      await app.request('/api/source-templates')
    ).json()) as SourceTemplateView[];
    expect(templates.map((template) => template.id)).toEqual([
      'mastodon-tag',
      'bluesky-search',
      'mastodon-account',
      'bluesky-profile',
      'reddit-search',
      'reddit-subreddit',
      'google-news',
      'youtube-channel',
      'feed',
    ]);

    const { status, body } = await create({
      template: 'google-news',
      params: { query: 'novo nordisk', language: 'da' },
      intervalSeconds: 600,
    });
    expect(status).toBe(201);
    expect(body.url).toBe(
      'https://news.google.com/rss/search?q=novo+nordisk&hl=da&gl=DK&ceid=DK%3Ada',
    );
    expect(body).toMatchObject({
      kind: 'google-news',
      name: 'Google News (da): novo nordisk',
      intervalSeconds: 600,
    });
  });

  it.each([
    [{ url: 'ftp://example.dk/feed' }, /"url: /],
    [{ url: feedsUrl('/x'), intervalSeconds: 2 }, /intervalSeconds/],
    [{ url: feedsUrl('/x'), colour: 'red' }, /colour/],
    [{}, /url/],
    [{ template: 'myspace', params: {} }, /template/],
    [
      {
        template: 'mastodon-tag',
        params: { instance: 'mastodon.social', tag: 'a b' },
      },
      /params\.tag/,
    ],
  ])('answers %j with 400 naming the field', async (body, message) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toMatch(message);
  });

  it('answers malformed JSON with 400', async () => {
    const response = await fetch(`${app.url}/api/sources`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer test-admin-token-0123456789',
        'Content-Type': 'application/json',
      },
      body: '{"url": ',
    });
    expect(response.status).toBe(400);
  });

  it('refuses a second source with the same URL with 409', async () => {
    const url = feeds.serve('/twice', { items: [] });
    expect((await create({ url })).status).toBe(201);
    expect((await create({ url })).status).toBe(409);
  });

  it('lets only the admin change sources', async () => {
    const url = feeds.serve('/viewer', { items: [] });
    expect((await create({ url }, VIEWER_TOKEN)).status).toBe(403);
  });

  it('updates, disables and deletes a source', async () => {
    const { body: source } = await create({
      url: feeds.serve('/lifecycle', { items: [] }),
    });

    const patched = await app.request(`/api/sources/${source.id}`, {
      method: 'PATCH',
      body: { name: 'Blog', intervalSeconds: 60, enabled: false },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      name: 'Blog',
      intervalSeconds: 60,
      enabled: false,
      health: { nextPollAt: null },
    });

    expect(
      (await app.request(`/api/sources/${source.id}`, { method: 'DELETE' }))
        .status,
    ).toBe(204);
    expect((await app.request(`/api/sources/${source.id}`)).status).toBe(404);
    expect((await app.request(`/api/sources/not-an-id`)).status).toBe(404);
  });

  it('polls again when "poll now" comes while a poll of the source runs, instead of refusing', async () => {
    const path = '/poll-now-while-polling';
    const items = [{ guid: 'a', title: 'Første', text: 'Det første indlæg' }];
    const { body: source } = await create({
      url: feeds.serve(path, { items }),
    });
    feeds.hold();
    const first = app.request(`/api/sources/${source.id}/poll`, {
      method: 'POST',
    });
    await until(async () => feeds.heldCount === 1, 10_000, 'the first fetch');
    items.push({ guid: 'b', title: 'Andet', text: 'Et nyt indlæg imens' });
    const second = app.request(`/api/sources/${source.id}/poll`, {
      method: 'POST',
    });
    // The second request waits for the running poll; it fetches nothing meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(feeds.requestsFor(path)).toHaveLength(1);
    feeds.release();

    expect((await first).status).toBe(200);
    const answer = await second;
    expect(answer.status).toBe(200);
    expect(feeds.requestsFor(path)).toHaveLength(2);
    // Its answer is the health after a poll that began after it was asked for.
    expect(((await answer.json()) as Source).health.itemsSeen).toBe(2);
  });

  function feedsUrl(path: string): string {
    return `http://127.0.0.1:9${path}`;
  }
});

describe('the SSRF guard on source URLs', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url, {
      LYT_ROLES: 'api',
      LYT_ALLOW_PRIVATE_FEEDS: 'false',
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it.each([
    'http://127.0.0.1/feed',
    'http://localhost:8080/feed',
    'http://2130706433/feed',
    'http://0x7f.1/feed',
    'http://127.1/feed',
    'http://10.0.0.8/feed',
    'http://192.168.1.1/feed',
    'http://169.254.169.254/latest/meta-data',
    'http://[::1]/feed',
    'http://[::ffff:127.0.0.1]/feed',
    'http://[fe80::1]/feed',
    'file:///etc/passwd',
    'gopher://example.dk/',
  ])('refuses %s with 400', async (url) => {
    const response = await app.request('/api/sources', {
      method: 'POST',
      body: { url },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^url: /,
    );
  });

  it('accepts a public address', async () => {
    const response = await app.request('/api/sources', {
      method: 'POST',
      body: { url: 'https://8.8.8.8/feed.xml' },
    });
    expect(response.status).toBe(201);
  });
});
