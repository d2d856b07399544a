import {
  MAX_SUBSCRIPTIONS,
  type MentionPage,
  type Source,
  type Topic,
} from '@lyt/contracts';
import { Client } from 'pg';
import { FeedItemSpec, FeedServer } from '@lyt/testing';
import { ItemQueryRepository } from '../src/modules/items/item-query.repository';
import { LiveRelay } from '../src/modules/live/live-relay.service';
import { LiveClient } from './support/live-client';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { until } from './support/until';

const post = (guid: string, text: string): FeedItemSpec => ({
  guid,
  title: guid,
  text,
});

describe('the live stream on /live', () => {
  let database: TestDatabase;
  let feeds: FeedServer;
  const apps: TestApp[] = [];
  const clients: LiveClient[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const app = await startTestApp(database.url, env);
    apps.push(app);
    return app;
  };
  const client = (app: TestApp, token = VIEWER_TOKEN) => {
    const live = new LiveClient(app.url, token);
    clients.push(live);
    return live;
  };

  beforeEach(async () => {
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
  });
  afterEach(async () => {
    clients.splice(0).forEach((live) => live.close());
    for (const app of apps.splice(0)) await app.close();
    await database.drop();
    await feeds.stop();
  });

  const createTopic = async (
    app: TestApp,
    name: string,
    kind: string,
    query: string,
  ) =>
    (await (
      await app.request('/api/topics', {
        method: 'POST',
        body: { name, kind, query },
      })
    ).json()) as Topic;
  const createSource = async (
    app: TestApp,
    path: string,
    items: FeedItemSpec[],
    intervalSeconds = 300,
  ) =>
    (await (
      await app.request('/api/sources', {
        method: 'POST',
        body: { url: feeds.serve(path, { items }), intervalSeconds },
      })
    ).json()) as Source;
  const pollNow = (app: TestApp, id: string) =>
    app.request(`/api/sources/${id}/poll`, { method: 'POST' });

  it('delivers a mention within a second of "poll now", as the REST mention JSON', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const topic = await createTopic(app, 'Novo', 'company', 'novo');
    const source = await createSource(app, '/novo', [
      post('n1', 'Novo hæver forventningerne #dkbiz'),
    ]);
    const live = client(app);
    expect(await live.subscribe()).toEqual({
      ok: true,
      id: 'default',
      replayed: 0,
    });

    const polledAt = Date.now();
    await pollNow(app, source.id);
    await live.waitFor(1, 1000);

    const [mention] = live.mentions;
    expect(mention!.receivedAt - polledAt).toBeLessThan(1000);
    expect(mention).toMatchObject({
      title: 'n1',
      text: 'Novo hæver forventningerne #dkbiz',
      hashtags: ['dkbiz'],
      language: 'da',
      source: { id: source.id },
      topics: [
        { id: topic.id, name: 'Novo', kind: 'company', terms: ['novo'] },
      ],
    });
    expect(mention!.id).toMatch(/^\d+$/);
    const rest = (await (
      await app.request('/api/mentions')
    ).json()) as MentionPage;
    const { receivedAt: _, subscriptions, ...streamed } = mention!;
    expect(rest.items).toEqual([streamed]);
    expect(subscriptions).toEqual(['default']);
  });

  it('delivers on schedule within the interval plus two seconds', async () => {
    const app = await start();
    await createTopic(app, 'Novo', 'company', 'novo');
    const live = client(app);
    await live.subscribe();
    const path = '/scheduled';
    const source = await createSource(app, path, [post('s1', 'Novo først')], 5);
    await live.waitFor(1, 3000);

    feeds.serve(path, {
      items: [post('s1', 'Novo først'), post('s2', 'Novo igen')],
    });
    const changedAt = Date.now();
    await live.waitFor(2, 5000 + 2000);

    expect(live.mentions[1]!.title).toBe('s2');
    expect(live.mentions[1]!.receivedAt - changedAt).toBeLessThan(7000);
    expect(source.intervalSeconds).toBe(5);
  });

  it('sends only what a subscription asks for: topics, kinds and hashtags', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const novo = await createTopic(app, 'Novo', 'company', 'novo');
    await createTopic(app, 'LEGO', 'competitor', 'lego');
    const byTopic = client(app);
    const byKind = client(app);
    const byHashtag = client(app);
    const everything = client(app);
    await byTopic.subscribe({ topics: [novo.id] });
    await byKind.subscribe({ kinds: ['competitor'] });
    await byHashtag.subscribe({ hashtags: ['#Kampagne'] });
    await everything.subscribe({});

    const source = await createSource(app, '/mixed', [
      post('a', 'Novo åbner'),
      post('b', 'LEGO bygger #kampagne'),
      post('c', 'Vejret er godt'),
    ]);
    await pollNow(app, source.id);
    await everything.waitFor(2);
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(byTopic.mentions.map((m) => m.title)).toEqual(['a']);
    expect(byKind.mentions.map((m) => m.title)).toEqual(['b']);
    expect(byHashtag.mentions.map((m) => m.title)).toEqual(['b']);
    expect(everything.mentions.map((m) => m.title)).toEqual(['a', 'b']);
  });

  it('answers a bad subscription with the field that is wrong', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    const live = client(app);
    expect(await live.subscribe({ kinds: ['partner' as never] })).toMatchObject(
      { ok: false, error: expect.stringMatching(/^kinds:/) },
    );
    expect(await live.subscribe({ since: 'yesterday' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^since:/),
    });
    expect(await live.subscribe({ hashtags: ['not a tag'] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^hashtags:/),
    });
  });

  it('never sends anything to a connection with a wrong token', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    await createTopic(app, 'Novo', 'company', 'novo');
    const intruder = client(app, 'wrong-token-0123456789');
    await expect(intruder.connected()).rejects.toThrow(/unauthorized/);

    const source = await createSource(app, '/secret', [
      post('x', 'Novo internt'),
    ]);
    await pollNow(app, source.id);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(intruder.mentions).toEqual([]);
  });

  it('replays what a reconnecting screen missed, in order, with nothing missing or repeated', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    await createTopic(app, 'Novo', 'company', 'novo');
    const path = '/resume';
    const first = [post('r1', 'Novo en'), post('r2', 'Novo to')];
    const source = await createSource(app, path, first);
    const screen = client(app);
    await screen.subscribe();
    await pollNow(app, source.id);
    await screen.waitFor(2);
    const lastSeen = screen.ids().at(-1)!;
    screen.close();

    const missed = [
      post('r3', 'Novo tre'),
      post('r4', 'Novo fire'),
      post('r5', 'Novo fem'),
    ];
    feeds.serve(path, { items: [...first, ...missed] });
    await pollNow(app, source.id);

    const back = client(app);
    const ack = await back.subscribe({ since: lastSeen });
    expect(ack).toEqual({ ok: true, id: 'default', replayed: 3 });
    feeds.serve(path, {
      items: [...first, ...missed, post('r6', 'Novo seks')],
    });
    await pollNow(app, source.id);
    await back.waitFor(4);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(back.mentions.map((m) => m.title)).toEqual(['r3', 'r4', 'r5', 'r6']);
  });

  it('reads nothing back while no socket subscribes, and still streams to the first that does', async () => {
    const app = await start({ LYT_ROLES: 'api' });
    await createTopic(app, 'Novo', 'company', 'novo');
    const relay = app.app.get(LiveRelay);
    const reads = jest.spyOn(app.app.get(ItemQueryRepository), 'inSeqRange');
    const path = '/unheard';
    const first = [post('u1', 'Novo en'), post('u2', 'Novo to')];
    const source = await createSource(app, path, first);
    await pollNow(app, source.id);
    const lastSeq = BigInt(await app.app.get(ItemQueryRepository).lastSeq());
    await until(async () => relay.lastRelayed >= lastSeq, 5000);
    expect(reads).not.toHaveBeenCalled();

    const screen = client(app);
    await screen.subscribe();
    feeds.serve(path, { items: [...first, post('u3', 'Novo tre')] });
    await pollNow(app, source.id);
    await screen.waitFor(1);
    expect(screen.mentions.map((m) => m.title)).toEqual(['u3']);
    expect(reads).toHaveBeenCalled();
  });

  describe('several subscriptions on one socket', () => {
    const titlesFor = (live: LiveClient, subscription: string) =>
      live.mentions
        .filter((m) => m.subscriptions.includes(subscription))
        .map((m) => m.title);

    it('sends a mention once, naming every subscription that wants it, in commit order; unsubscribe stops one', async () => {
      const app = await start({ LYT_ROLES: 'api' });
      const novo = await createTopic(app, 'Novo', 'company', 'novo');
      await createTopic(app, 'Lego', 'competitor', 'lego');
      const path = '/many';
      const first = [
        post('n1', 'Novo hæver #dkbiz'),
        post('l1', 'LEGO bygger #dkpol'),
        post('b1', 'Novo og LEGO #dkbiz'),
      ];
      const source = await createSource(app, path, first);
      const board = client(app);
      for (const request of [
        { id: 'novo', topics: [novo.id] },
        { id: 'dkbiz', hashtags: ['#DKbiz'] },
        { id: 'lego', kinds: ['competitor' as const] },
      ])
        expect(await board.subscribe(request)).toEqual({
          ok: true,
          id: request.id,
          replayed: 0,
        });
      await pollNow(app, source.id);
      await board.waitFor(3);

      expect(
        board.mentions.map((m) => [m.title, [...m.subscriptions].sort()]),
      ).toEqual([
        ['n1', ['dkbiz', 'novo']],
        ['l1', ['lego']],
        ['b1', ['dkbiz', 'lego', 'novo']],
      ]);
      const ids = board.ids().map(BigInt);
      expect([...ids].sort((a, b) => (a < b ? -1 : 1))).toEqual(ids);

      expect(await board.unsubscribe('lego')).toEqual({ ok: true });
      feeds.serve(path, {
        items: [...first, post('l2', 'LEGO igen'), post('n2', 'Novo igen')],
      });
      await pollNow(app, source.id);
      await board.waitFor(4);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(board.mentions.map((m) => m.title)).toEqual([
        'n1',
        'l1',
        'b1',
        'n2',
      ]);
    });

    it('replays each subscription from its own since, never a hidden mention, then streams both without a gap', async () => {
      const app = await start({ LYT_ROLES: 'api' });
      const novo = await createTopic(app, 'Novo', 'company', 'novo');
      await createTopic(app, 'Lego', 'competitor', 'lego');
      const path = '/resume-many';
      const first = [post('r1', 'Novo en #dkbiz'), post('r2', 'Novo to')];
      const source = await createSource(app, path, first);
      const before = client(app);
      await before.subscribe({ id: 'a', topics: [novo.id] });
      await pollNow(app, source.id);
      await before.waitFor(2);
      const [r1, r2] = before.ids();
      before.close();

      const missed = [
        post('r3', 'Novo tre'),
        post('r4', 'Novo fire #dkbiz'),
        post('r5', 'LEGO fem #dkbiz'),
      ];
      feeds.serve(path, { items: [...first, ...missed] });
      await pollNow(app, source.id);
      const page = (await (
        await app.request('/api/mentions?limit=10')
      ).json()) as MentionPage;
      const r3 = page.items.find((m) => m.title === 'r3')!.id;
      await app.request(`/api/mentions/${r3}`, {
        method: 'PATCH',
        body: { hidden: true },
      });

      const back = client(app);
      expect(
        await back.subscribe({ id: 'a', topics: [novo.id], since: r2 }),
      ).toEqual({ ok: true, id: 'a', replayed: 1 });
      expect(
        await back.subscribe({ id: 'b', hashtags: ['dkbiz'], since: r1 }),
      ).toEqual({ ok: true, id: 'b', replayed: 2 });
      feeds.serve(path, {
        items: [...first, ...missed, post('r6', 'Novo seks #dkbiz')],
      });
      await pollNow(app, source.id);
      await back.waitFor(4);
      await new Promise((resolve) => setTimeout(resolve, 200));

      expect(titlesFor(back, 'a')).toEqual(['r4', 'r6']);
      expect(titlesFor(back, 'b')).toEqual(['r4', 'r5', 'r6']);
      expect(back.mentions.filter((m) => m.title === 'r6')).toHaveLength(1);
      expect(back.ids()).not.toContain(r3);
      expect(back.hidden).toContain(r3);
    });

    it('refuses a bad id, an unknown unsubscribe payload and more than the limit, naming the field', async () => {
      const app = await start({ LYT_ROLES: 'api' });
      const live = client(app);
      expect(await live.subscribe({ id: 'a b' })).toEqual({
        ok: false,
        error: expect.stringMatching(/^id: /),
      });
      expect(
        await live.subscribe({ id: 'x', sources: ['not-a-uuid'] }),
      ).toEqual({ ok: false, error: expect.stringMatching(/^sources: /) });
      expect(
        await live.subscribe({ id: 'x', sentiments: ['angry' as never] }),
      ).toEqual({ ok: false, error: expect.stringMatching(/^sentiments: /) });
      expect(await live.unsubscribe('')).toEqual({
        ok: false,
        error: expect.stringMatching(/^id: /),
      });
      for (let n = 0; n < MAX_SUBSCRIPTIONS; n += 1)
        expect(await live.subscribe({ id: `s${n}` })).toMatchObject({
          ok: true,
        });
      expect(await live.subscribe({ id: 'one-more' })).toEqual({
        ok: false,
        error: expect.stringMatching(/^id: .*at most 50/),
      });
      // Replacing one that exists is not one more.
      expect(
        await live.subscribe({ id: 's0', hashtags: ['dkbiz'] }),
      ).toMatchObject({ ok: true, id: 's0' });
    });
  });

  it('is gap-free while several collectors commit at once', async () => {
    const collectors = [
      await start({ LYT_ROLES: 'collector' }),
      await start({ LYT_ROLES: 'collector' }),
    ];
    const app = await start({ LYT_ROLES: 'api' });
    await createTopic(app, 'Alle', 'industry', 'nyhed');
    const watcher = client(app);
    await watcher.subscribe();

    const sources = 16;
    const perSource = 5;
    for (let index = 0; index < sources; index++) {
      await createSource(
        app,
        `/busy/${index}`,
        Array.from({ length: perSource }, (_, n) =>
          post(`s${index}-${n}`, `nyhed ${index} ${n}`),
        ),
      );
    }
    await watcher.waitFor(sources * perSource, 20_000);

    const ids = watcher.ids().map(BigInt);
    expect(new Set(ids).size).toBe(ids.length);
    for (let index = 1; index < ids.length; index++)
      expect(ids[index]! > ids[index - 1]!).toBe(true);
    expect(collectors).toHaveLength(2);

    // A screen that saw only the first ten resumes with exactly the rest.
    const late = client(app);
    const ack = await late.subscribe({ since: String(ids[9]) });
    expect(ack).toEqual({ ok: true, id: 'default', replayed: ids.length - 10 });
    expect(late.ids()).toEqual(watcher.ids().slice(10));

    const db = new Client({ connectionString: database.url });
    await db.connect();
    const { rows } = await db.query(
      `SELECT count(DISTINCT item_id)::int AS n FROM mention`,
    );
    await db.end();
    expect(rows[0].n).toBe(ids.length);
  });
});
