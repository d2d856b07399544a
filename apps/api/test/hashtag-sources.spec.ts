import { DataSource } from 'typeorm';
import type {
  Mention,
  MentionPage,
  Source,
  Topic,
  VolumeStats,
} from '@lyt/contracts';
import { BlueskyServer, FeedServer, MastodonServer } from '@lyt/testing';
import { dataSourceOptions, runMigrations } from '../src/database/data-source';
import { EngagementRefresher } from '../src/modules/accounts/engagement-refresher.service';
import { LiveClient } from './support/live-client';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { until } from './support/until';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface StoredPost {
  remote_id: string;
  likes: number;
  boosts: number;
  replies: number;
  quotes: number;
  item_id: string | null;
  next_refresh_at: Date | null;
  deleted_at: Date | null;
}

describe('hashtag and search sources, read through the platforms’ JSON APIs', () => {
  let database: TestDatabase;
  let app: TestApp;
  let mastodon: MastodonServer;
  let bluesky: BlueskyServer;
  let db: DataSource;
  let topicId: string;

  beforeAll(async () => {
    mastodon = await new MastodonServer().start();
    bluesky = await new BlueskyServer().start();
    database = await createTestDatabase();
    // The api alone: only "poll now" and the refresher's tick, called here, reach the platforms.
    app = await startTestApp(database.url, {
      LYT_ROLES: 'api',
      LYT_BLUESKY_API: bluesky.url,
    });
    db = app.app.get(DataSource);
    const topic = await app.request('/api/topics', {
      method: 'POST',
      body: { name: 'Nordlys', kind: 'company', query: 'nordlys' },
    });
    expect(topic.status).toBe(201);
    const { id } = (await topic.json()) as Topic;
    topicId = id;
    for (const deadline = Date.now() + 10_000; ;) {
      const current = (await (
        await app.request(`/api/topics/${id}`)
      ).json()) as Topic;
      if (current.rematch.status === 'done') break;
      if (Date.now() > deadline) throw new Error('the re-match hangs');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await mastodon.stop();
    await bluesky.stop();
  });

  const create = async (body: unknown) => {
    const response = await app.request('/api/sources', {
      method: 'POST',
      body,
    });
    return {
      status: response.status,
      body: (await response.json()) as Source & { message: string },
    };
  };
  const poll = async (source: Source) => {
    const response = await app.request(`/api/sources/${source.id}/poll`, {
      method: 'POST',
    });
    expect(response.status).toBe(200);
    return (await response.json()) as Source;
  };
  const posts = (sourceId: string) =>
    db.query(
      `SELECT remote_id, likes, boosts, replies, quotes, item_id::text, next_refresh_at, deleted_at
         FROM account_post WHERE source_id = $1 ORDER BY posted_at DESC`,
      [sourceId],
    ) as Promise<StoredPost[]>;
  const items = (sourceId: string) =>
    db.query(
      `SELECT guid, url, author, title, text FROM item WHERE source_id = $1 ORDER BY published_at DESC`,
      [sourceId],
    ) as Promise<
      {
        guid: string;
        url: string;
        author: string;
        title: string | null;
        text: string;
      }[]
    >;
  const mentions = async (sourceId: string) =>
    (
      (await (
        await app.request(`/api/mentions?source=${sourceId}`, {
          token: VIEWER_TOKEN,
        })
      ).json()) as MentionPage
    ).items;
  const makeDue = (sourceId: string) =>
    db.query(
      `UPDATE account_post SET next_refresh_at = now() - interval '1 second'
        WHERE source_id = $1 AND next_refresh_at IS NOT NULL`,
      [sourceId],
    );
  const minutesAgo = (minutes: number) =>
    new Date(Date.now() - minutes * 60_000).toISOString();

  describe('a Mastodon hashtag', () => {
    it('reads the tag timeline: each post becomes a mention, with its counts stored', async () => {
      mastodon.addAccount({
        username: 'larsen',
        statuses: [
          {
            text: 'Nordlys åbner i Odense #dkbiz',
            createdAt: minutesAgo(5),
            favourites: 12,
            reblogs: 3,
            replies: 2,
          },
          { text: 'Frokost uden hashtag', createdAt: minutesAgo(6) },
          {
            text: 'Stand 12 hos Nordlys #DKbiz #iværksætteri',
            createdAt: minutesAgo(7),
            favourites: 1,
            image: true,
          },
        ],
      });

      const { status, body: source } = await create({
        template: 'mastodon-tag',
        params: { instance: mastodon.url, tag: '#dkbiz' },
      });
      expect(status).toBe(201);
      expect(source).toMatchObject({
        kind: 'mastodon-tag',
        url: `${mastodon.url}/tags/dkbiz`,
        name: `#dkbiz on ${mastodon.host}`,
      });
      const polled = await poll(source);

      expect(polled.health).toMatchObject({
        lastStatus: 'ok',
        lastError: null,
      });
      expect(
        mastodon.requestsTo('/api/v1/timelines/tag/dkbiz').map((r) => r.path),
      ).toEqual(['/api/v1/timelines/tag/dkbiz?limit=40']);
      const stored = await items(source.id);
      expect(stored).toEqual([
        expect.objectContaining({
          author: `@larsen@${mastodon.host}`,
          title: null,
          text: 'Nordlys åbner i Odense #dkbiz',
        }),
        expect.objectContaining({
          text: 'Stand 12 hos Nordlys #DKbiz #iværksætteri',
        }),
      ]);
      // The guid is the status URL, as the tag's RSS feed gives it.
      expect(stored.map((item) => item.guid)).toEqual(
        stored.map((item) => item.url),
      );
      expect(stored[0]!.url).toMatch(
        new RegExp(`^${mastodon.url}/@larsen/\\d+$`),
      );
      expect((await mentions(source.id)).map((m) => m.text)).toEqual(
        stored.map((item) => item.text),
      );
      const counted = await posts(source.id);
      expect(counted).toEqual([
        expect.objectContaining({ likes: 12, boosts: 3, replies: 2 }),
        expect.objectContaining({ likes: 1, boosts: 0, replies: 0 }),
      ]);
      expect(counted.every((post) => post.item_id !== null)).toBe(true);
      expect(counted.every((post) => post.next_refresh_at !== null)).toBe(true);
    });

    it('pages back with max_id on the first read, and later only until the newest post it knows', async () => {
      const id = mastodon.addAccount({
        username: 'mange',
        statuses: Array.from({ length: 45 }, (_, index) => ({
          text: `Opslag ${index} #mangetags`,
          createdAt: minutesAgo(10 + index),
        })),
      });
      const { body: source } = await create({
        template: 'mastodon-tag',
        params: { instance: mastodon.url, tag: 'mangetags' },
      });
      await poll(source);

      const pages = mastodon
        .requestsTo('/api/v1/timelines/tag/mangetags')
        .map((request) => new URL(request.path, mastodon.url).searchParams);
      expect(pages.map((page) => page.get('max_id'))).toEqual([
        null,
        mastodon.statusIds(id)[39],
      ]);
      expect(await items(source.id)).toHaveLength(45);

      mastodon.post(id, {
        text: 'Nyt opslag #mangetags',
        createdAt: minutesAgo(1),
      });
      const before = mastodon.requests.length;
      await poll(source);
      expect(
        mastodon.requests.slice(before).map((request) => request.path),
      ).toEqual(['/api/v1/timelines/tag/mangetags?limit=40']);
      expect(await items(source.id)).toHaveLength(46);
    });

    it('refreshes the counts on the account posts’ schedule', async () => {
      const id = mastodon.addAccount({
        username: 'vokser',
        statuses: [
          {
            text: 'Nordlys vokser #vækst',
            createdAt: minutesAgo(30),
            favourites: 1,
          },
        ],
      });
      const { body: source } = await create({
        template: 'mastodon-tag',
        params: { instance: mastodon.url, tag: 'vækst' },
      });
      await poll(source);
      const [statusId] = mastodon.statusIds(id);
      mastodon.setCounts(statusId!, { favourites: 50, reblogs: 9, replies: 4 });
      await makeDue(source.id);
      const before = mastodon.requests.length;

      await app.app.get(EngagementRefresher).tick();

      expect(
        mastodon.requests.slice(before).map((request) => request.path),
      ).toEqual([`/api/v1/statuses/${statusId}`]);
      const [post] = await posts(source.id);
      expect(post).toMatchObject({ likes: 50, boosts: 9, replies: 4 });
      // Under two hours old: read again ten minutes on.
      expect(post!.next_refresh_at!.getTime()).toBeGreaterThan(
        Date.now() + 9 * 60_000,
      );
    });

    it('waits for the rate limit to reset when the server says it is nearly spent', async () => {
      mastodon.addAccount({
        username: 'travl',
        statuses: Array.from({ length: 45 }, (_, index) => ({
          text: `Travl ${index} #travl`,
          createdAt: minutesAgo(index + 1),
        })),
      });
      const { body: source } = await create({
        template: 'mastodon-tag',
        params: { instance: mastodon.url, tag: 'travl' },
      });
      // The source's first poll, just after it was added, may already have run: wait it out.
      await poll(source);
      mastodon.limitRate(3, 600);
      await db.query(`DELETE FROM item WHERE source_id = $1`, [source.id]);
      await db.query(`DELETE FROM account_post WHERE source_id = $1`, [
        source.id,
      ]);
      const before = mastodon.requests.length;

      const polled = await poll(source);

      // One page, and no second while the window is nearly spent.
      expect(mastodon.requests.length - before).toBe(1);
      expect(polled.health.lastStatus).toBe('ok');
      expect(Date.parse(polled.health.nextPollAt!)).toBeGreaterThan(
        Date.now() + 590_000,
      );
      mastodon.limitRate(300, 300);
    });

    it('takes over a source that was read as the tag’s RSS feed without storing a post twice', async () => {
      const id = mastodon.addAccount({
        username: 'skifter',
        statuses: [
          {
            text: 'Nordlys skifter #skift',
            createdAt: minutesAgo(3),
            favourites: 7,
          },
          { text: 'Andet opslag #skift', createdAt: minutesAgo(4) },
        ],
      });
      // As the template stored it before: the tag's RSS feed, read as a feed.
      const { body: source } = await create({
        url: `${mastodon.url}/tags/skift.rss`,
      });
      await poll(source);
      const fromRss = await items(source.id);
      expect(fromRss).toHaveLength(2);
      await db.query(`UPDATE source SET kind = 'mastodon-tag' WHERE id = $1`, [
        source.id,
      ]);

      mastodon.post(id, {
        text: 'Tredje opslag #skift',
        createdAt: minutesAgo(1),
      });
      const polled = await poll(source);

      expect(polled.health).toMatchObject({
        lastStatus: 'ok',
        lastError: null,
      });
      const now = await items(source.id);
      expect(now).toHaveLength(3);
      expect(now.slice(1)).toEqual(fromRss);
      const counted = await posts(source.id);
      expect(counted).toHaveLength(3);
      expect(counted.every((post) => post.item_id !== null)).toBe(true);
      expect(counted[1]!.likes).toBe(7);
    });

    it('says in the health table what is wrong with an address that names no hashtag', async () => {
      const { body: source } = await create({
        url: `${mastodon.url}/tags/`,
      });
      await db.query(`UPDATE source SET kind = 'mastodon-tag' WHERE id = $1`, [
        source.id,
      ]);
      const polled = await poll(source);
      expect(polled.health.lastStatus).toBe('invalid-url');
      expect(polled.health.lastError).toMatch(
        /is not a Mastodon hashtag address like https:\/\/mastodon\.social\/tags\/dkbiz/,
      );
    });
  });

  describe('a post deleted on its platform', () => {
    const volume = async () => {
      const from = new Date(Date.now() - 2 * 86_400_000).toISOString();
      const to = new Date(Date.now() + 86_400_000).toISOString();
      const stats = (await (
        await app.request(
          `/api/stats/volume?topic=${topicId}&bucket=day&from=${from}&to=${to}`,
        )
      ).json()) as VolumeStats;
      return stats.series.reduce((sum, series) => sum + series.total, 0);
    };

    it('is hidden when the refresh finds it gone: screens are told, the statistics drop it, moderation cannot show it again', async () => {
      const id = mastodon.addAccount({
        username: 'fortryder',
        statuses: [
          { text: 'Nordlys fortryder #fortrudt', createdAt: minutesAgo(15) },
          { text: 'Nordlys bliver #fortrudt', createdAt: minutesAgo(16) },
        ],
      });
      const { body: source } = await create({
        template: 'mastodon-tag',
        params: { instance: mastodon.url, tag: 'fortrudt' },
      });
      await poll(source);
      const [doomed, kept] = await mentions(source.id);
      const counted = await volume();
      const screen = new LiveClient(app.url, VIEWER_TOKEN);
      await screen.subscribe();
      mastodon.deleteStatus(mastodon.statusIds(id)[0]!);
      await makeDue(source.id);

      await app.app.get(EngagementRefresher).tick();

      await until(
        async () => screen.hidden.includes(doomed!.id),
        10_000,
        'the hidden event',
      );
      screen.close();
      expect(screen.hidden).toEqual([doomed!.id]);
      expect((await mentions(source.id)).map((m) => m.id)).toEqual([kept!.id]);
      expect(await volume()).toBe(counted - 1);
      const hidden = (await (
        await app.request(`/api/mentions/hidden?source=${source.id}`)
      ).json()) as MentionPage;
      expect(hidden.items).toEqual([
        expect.objectContaining({ id: doomed!.id, deletedOnPlatform: true }),
      ]);
      const showAgain = await app.request(`/api/mentions/${doomed!.id}`, {
        method: 'PATCH',
        body: { hidden: false },
      });
      expect(showAgain.status).toBe(409);
      expect(((await showAgain.json()) as { message: string }).message).toBe(
        `mention ${doomed!.id} was deleted on its platform: it stays hidden`,
      );
      expect((await mentions(source.id)).map((m) => m.id)).toEqual([kept!.id]);
    });
  });

  describe('a Bluesky search', () => {
    it('reads searchPosts at LYT_BLUESKY_API with the counts, paging with the cursor', async () => {
      bluesky.addProfile({
        handle: 'soeg.bsky.social',
        posts: Array.from({ length: 55 }, (_, index) => ({
          text: `Nordlys nummer ${index} #blåtag`,
          createdAt: minutesAgo(index + 1),
          likes: index,
          reposts: 1,
          replies: 2,
          quotes: 3,
        })),
      });
      const { status, body: source } = await create({
        template: 'bluesky-search',
        params: { query: '#blåtag' },
      });
      expect(status).toBe(201);
      expect(source).toMatchObject({
        kind: 'bluesky-search',
        url: 'https://bsky.app/search?q=%23bl%C3%A5tag',
        name: 'Bluesky: #blåtag',
      });
      await poll(source);

      const calls = bluesky
        .requestsTo('/xrpc/app.bsky.feed.searchPosts')
        .map((request) => new URL(request.path, bluesky.url).searchParams);
      expect(calls.map((call) => call.get('q'))).toEqual([
        '#blåtag',
        '#blåtag',
      ]);
      expect(calls.map((call) => call.get('cursor'))).toEqual([null, '50']);
      const stored = await items(source.id);
      expect(stored).toHaveLength(55);
      expect(stored[0]).toMatchObject({
        author: 'soeg.bsky.social',
        text: 'Nordlys nummer 0 #blåtag',
      });
      expect(stored[0]!.url).toMatch(
        /^https:\/\/bsky\.app\/profile\/soeg\.bsky\.social\/post\//,
      );
      const [newest] = await posts(source.id);
      expect(newest).toMatchObject({
        likes: 0,
        boosts: 1,
        replies: 2,
        quotes: 3,
      });
      expect(newest!.item_id).not.toBeNull();
    });

    it('refreshes the counts through getPosts', async () => {
      const did = bluesky.addProfile({
        handle: 'frisk.bsky.social',
        posts: [{ text: 'Nordlys frisk #friskt', createdAt: minutesAgo(20) }],
      });
      const { body: source } = await create({
        template: 'bluesky-search',
        params: { query: '#friskt' },
      });
      await poll(source);
      const [uri] = bluesky.postUris(did);
      bluesky.setCounts(uri!, { likes: 30, reposts: 4, replies: 2, quotes: 1 });
      await makeDue(source.id);

      await app.app.get(EngagementRefresher).tick();

      expect((await posts(source.id))[0]).toMatchObject({
        likes: 30,
        boosts: 4,
        replies: 2,
        quotes: 1,
      });
    });

    it('shows an AppView that refuses to search without a login in words, not a crash', async () => {
      const { body: source } = await create({
        template: 'bluesky-search',
        params: { query: 'lukket' },
      });
      bluesky.refuseSearch();
      try {
        const polled = await poll(source);
        expect(polled.health.lastStatus).toBe('http-status');
        expect(polled.health.lastError).toBe(
          `the Bluesky AppView at ${new URL(bluesky.url).host} does not search posts without a login (HTTP 403); set LYT_BLUESKY_API to an AppView that does`,
        );
        expect(polled.health.errorCount).toBeGreaterThan(0);
      } finally {
        bluesky.refuseSearch(false);
      }
    });

    it('answers a search the template cannot take with 400', async () => {
      const { status, body } = await create({
        template: 'bluesky-search',
        params: { query: ' ' },
      });
      expect(status).toBe(400);
      expect(body.message).toMatch(
        /^params\.query: expected search like "#dkbiz"/,
      );
    });
  });

  describe('GET /api/mentions?sort=engagement', () => {
    let feeds: FeedServer;
    let tagSource: Source;
    let feedSource: Source;
    const query = async (params: string) => {
      const response = await app.request(`/api/mentions?${params}`, {
        token: VIEWER_TOKEN,
      });
      return {
        status: response.status,
        body: (await response.json()) as MentionPage & { message: string },
      };
    };
    const texts = (items: Mention[]) => items.map((mention) => mention.text);

    beforeAll(async () => {
      feeds = await new FeedServer().start();
      mastodon.addAccount({
        username: 'rangeret',
        statuses: [
          {
            text: 'Nordlys lille #rang',
            createdAt: minutesAgo(2),
            favourites: 1,
          },
          {
            text: 'Nordlys stor #rang #kampagne',
            createdAt: minutesAgo(3),
            favourites: 40,
            reblogs: 10,
            replies: 5,
          },
          {
            text: 'Nordlys mellem #rang',
            createdAt: minutesAgo(4),
            favourites: 9,
            reblogs: 1,
          },
          {
            text: 'Nordlys gammel #rang',
            createdAt: minutesAgo(3 * 24 * 60),
            favourites: 500,
          },
        ],
      });
      tagSource = (
        await create({
          template: 'mastodon-tag',
          params: { instance: mastodon.url, tag: 'rang' },
        })
      ).body;
      await poll(tagSource);
      feedSource = (
        await create({
          url: feeds.serve('/rang.xml', {
            items: [
              {
                guid: 'f1',
                title: 'Nordlys i avisen',
                text: 'Nordlys i avisen',
                publishedAt: minutesAgo(1),
              },
              {
                guid: 'f2',
                title: 'Nordlys i radioen',
                text: 'Nordlys i radioen',
                publishedAt: minutesAgo(6),
              },
            ],
          }),
        })
      ).body;
      await poll(feedSource);
    });
    afterAll(() => feeds.stop());

    const both = () => `source=${tagSource.id}&source=${feedSource.id}`;

    it('puts the most liked, boosted and answered first, and a feed’s post without counts after them', async () => {
      const { status, body } = await query(`sort=engagement&${both()}`);
      expect(status).toBe(200);
      expect(texts(body.items)).toEqual([
        'Nordlys gammel #rang',
        'Nordlys stor #rang #kampagne',
        'Nordlys mellem #rang',
        'Nordlys lille #rang',
        'Nordlys i avisen',
        'Nordlys i radioen',
      ]);
      expect(body.items[1]!.engagement).toMatchObject({
        likes: 40,
        boosts: 10,
        replies: 5,
        quotes: 0,
        total: 55,
      });
      expect(body.items[4]!.engagement).toBeNull();
    });

    it('pages through the same order with its cursor', async () => {
      const first = await query(`sort=engagement&${both()}&limit=2`);
      const second = await query(
        `sort=engagement&${both()}&limit=2&cursor=${first.body.nextCursor}`,
      );
      const third = await query(
        `sort=engagement&${both()}&limit=2&cursor=${second.body.nextCursor}`,
      );
      expect(
        [first, second, third].map((page) => texts(page.body.items)),
      ).toEqual([
        ['Nordlys gammel #rang', 'Nordlys stor #rang #kampagne'],
        ['Nordlys mellem #rang', 'Nordlys lille #rang'],
        ['Nordlys i avisen', 'Nordlys i radioen'],
      ]);
      expect(third.body.nextCursor).toBeNull();
      // A page that ends among the posts without counts goes on among them.
      const five = await query(`sort=engagement&${both()}&limit=5`);
      const rest = await query(
        `sort=engagement&${both()}&limit=5&cursor=${five.body.nextCursor}`,
      );
      expect(texts(five.body.items).at(-1)).toBe('Nordlys i avisen');
      expect(texts(rest.body.items)).toEqual(['Nordlys i radioen']);
    });

    it('honours the mention filters: period, hashtag, topic and kind', async () => {
      const from = new Date(Date.now() - 60 * 60_000).toISOString();
      expect(
        texts(
          (await query(`sort=engagement&${both()}&from=${from}`)).body.items,
        ),
      ).toEqual([
        'Nordlys stor #rang #kampagne',
        'Nordlys mellem #rang',
        'Nordlys lille #rang',
        'Nordlys i avisen',
        'Nordlys i radioen',
      ]);
      expect(
        texts(
          (await query(`sort=engagement&${both()}&hashtag=%23Kampagne`)).body
            .items,
        ),
      ).toEqual(['Nordlys stor #rang #kampagne']);
      const byTopic = await query(
        `sort=engagement&${both()}&topic=${topicId}&kind=company&limit=1`,
      );
      expect(texts(byTopic.body.items)).toEqual(['Nordlys gammel #rang']);
      expect(
        (await query(`sort=engagement&${both()}&kind=competitor`)).body.items,
      ).toEqual([]);
    });

    it('answers an unknown sort, or a cursor of the other sort, with 400', async () => {
      const unknown = await query('sort=likes');
      expect(unknown.status).toBe(400);
      expect(unknown.body.message).toMatch(
        /^sort: must be one of newest, engagement/,
      );
      const newest = await query(`${both()}&limit=1`);
      const mixed = await query(
        `sort=engagement&cursor=${newest.body.nextCursor}`,
      );
      expect(mixed.status).toBe(400);
      expect(mixed.body.message).toMatch(
        /^cursor: is the cursor of another sort than engagement/,
      );
    });
  });
});

describe('the hashtag engagement migration', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(
      dataSourceOptions(database.url),
    ).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('points Mastodon tag sources stored as the tag’s RSS feed at the tag’s page', async () => {
    await runMigrations(dataSource);
    // Back to before this migration (and any after it), as a database that has not had it yet.
    for (;;) {
      const [last] = await dataSource.query(
        `SELECT name FROM migrations ORDER BY id DESC LIMIT 1`,
      );
      await dataSource.undoLastMigration();
      if (last.name === 'HashtagEngagement1765910000000') break;
    }
    await dataSource.query(
      `INSERT INTO source (name, url, kind, interval_seconds, next_poll_at)
       VALUES ('#dkbiz', 'https://mastodon.social/tags/dkbiz.rss', 'mastodon-tag', 300, now()),
              ('feed', 'https://mastodon.social/tags/andet.rss', 'feed', 300, now())`,
    );

    await runMigrations(dataSource);

    expect(
      await dataSource.query(`SELECT kind, url FROM source ORDER BY kind`),
    ).toEqual([
      { kind: 'feed', url: 'https://mastodon.social/tags/andet.rss' },
      { kind: 'mastodon-tag', url: 'https://mastodon.social/tags/dkbiz' },
    ]);
  });
});
