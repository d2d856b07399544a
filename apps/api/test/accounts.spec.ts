import { DataSource } from 'typeorm';
import type { Account, MentionPage, Source } from '@lyt/contracts';
import { BlueskyServer, MastodonServer } from '@lyt/testing';
import { EngagementRefresher } from '../src/modules/accounts/engagement-refresher.service';
import {
  ADMIN_TOKEN,
  startTestApp,
  TestApp,
  VIEWER_TOKEN,
} from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('accounts over REST, collected from Mastodon and Bluesky', () => {
  let database: TestDatabase;
  let app: TestApp;
  let mastodon: MastodonServer;
  let bluesky: BlueskyServer;
  let db: DataSource;

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
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await mastodon.stop();
    await bluesky.stop();
  });

  const create = async (body: unknown, token?: string) => {
    const response = await app.request('/api/accounts', {
      method: 'POST',
      body,
      token,
    });
    return {
      status: response.status,
      body: (await response.json()) as Account & { message: string },
    };
  };
  const accounts = async (query = '') =>
    (await (
      await app.request(`/api/accounts${query}`, { token: VIEWER_TOKEN })
    ).json()) as Account[];
  const poll = async (account: Account) => {
    const response = await app.request(
      `/api/sources/${account.sourceId}/poll`,
      {
        method: 'POST',
      },
    );
    expect(response.status).toBe(200);
    return (await response.json()) as Source;
  };
  const posts = (accountId: string) =>
    db.query(
      `SELECT remote_id, likes, boosts, replies, quotes, item_id IS NOT NULL AS has_item, shared_url,
              next_refresh_at, deleted_at
         FROM account_post WHERE account_id = $1 ORDER BY posted_at DESC`,
      [accountId],
    ) as Promise<
      {
        remote_id: string;
        likes: number;
        boosts: number;
        replies: number;
        quotes: number;
        has_item: boolean;
        shared_url: string | null;
        next_refresh_at: Date | null;
        deleted_at: Date | null;
      }[]
    >;

  describe('adding an account', () => {
    it('resolves a Mastodon profile URL at its instance and answers with the account and its followers', async () => {
      mastodon.addAccount({
        username: 'nordlys',
        displayName: 'Nordlys A/S',
        followers: 812,
      });

      const { status, body } = await create({
        url: `${mastodon.url}/@nordlys`,
        role: 'own',
      });

      expect(status).toBe(201);
      expect(body).toMatchObject({
        platform: 'mastodon',
        handle: `@nordlys@${mastodon.host}`,
        role: 'own',
        name: 'Nordlys A/S',
        url: `${mastodon.url}/@nordlys`,
        followers: 812,
        posts: 0,
      });
      expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await accounts()).map((account) => account.id)).toContain(
        body.id,
      );
    });

    it('resolves a Bluesky handle against the configured AppView', async () => {
      bluesky.addProfile({
        handle: 'anne.bsky.social',
        displayName: 'Anne Holm',
        followers: 2400,
      });

      const { status, body } = await create({
        handle: '@anne.bsky.social',
        role: 'role-model',
      });

      expect(status).toBe(201);
      expect(body).toMatchObject({
        platform: 'bluesky',
        handle: 'anne.bsky.social',
        role: 'role-model',
        name: 'Anne Holm',
        url: 'https://bsky.app/profile/anne.bsky.social',
        followers: 2400,
      });
    });

    it('resolves a bsky.app profile URL', async () => {
      bluesky.addProfile({ handle: 'jens.bsky.social' });
      const { status, body } = await create({
        url: 'https://bsky.app/profile/jens.bsky.social',
        role: 'employee',
      });
      expect(status).toBe(201);
      expect(body).toMatchObject({
        platform: 'bluesky',
        handle: 'jens.bsky.social',
      });
    });

    it.each([
      [
        () => ({ url: `${mastodon.url}/@nobody`, role: 'own' }),
        /^url: .* has no account nobody$/,
      ],
      [
        () => ({ handle: 'nobody.bsky.social', role: 'own' }),
        /^handle: Bluesky has no profile nobody\.bsky\.social$/,
      ],
    ])(
      'answers an unknown account with 400 saying so (%#)',
      async (body, message) => {
        const response = await create(body());
        expect(response.status).toBe(400);
        expect(response.body.message).toMatch(message);
      },
    );

    it.each([
      [{ handle: 'nordlys', role: 'own' }, /"handle: write a Mastodon handle/],
      [{ url: 'ftp://mastodon.social/@x', role: 'own' }, /"url: only http/],
      [
        { url: 'https://bsky.app/search?q=x', role: 'own' },
        /"url: a Bluesky URL names a profile/,
      ],
    ])('answers %j with 400 naming the field', async (body, message) => {
      const response = await create(body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toMatch(message);
    });

    it.each([
      [
        { role: 'own' },
        "url or handle: give the account's profile URL or its handle",
      ],
      [
        { url: '', role: 'own' },
        "url or handle: give the account's profile URL or its handle",
      ],
      [
        {
          url: 'https://bsky.app/profile/a.bsky.social',
          handle: 'a.bsky.social',
          role: 'own',
        },
        "url or handle: give the account's profile URL or its handle, not both",
      ],
      [
        { handle: 'anne.bsky.social' },
        'role: give one of own, role-model, employee, watched',
      ],
      [
        { handle: 'anne.bsky.social', role: 'boss' },
        'role: give one of own, role-model, employee, watched',
      ],
      [
        { url: 42, role: 'own' },
        'url: write it as text, e.g. https://mastodon.social/@nordlys',
      ],
      [
        {},
        "url or handle: give the account's profile URL or its handle; role: give one of own, role-model, employee, watched",
      ],
      [
        { handle: 'x.bsky.social', role: 'own', colour: 'red' },
        'colour: is not a field',
      ],
      [
        { handle: 'x.bsky.social', role: 'own', name: '' },
        'name: give a name of 1 to 200 characters, or leave it out for the profile’s own',
      ],
    ])(
      'answers %j with 400 and one sentence a person understands',
      async (body, message) => {
        const response = await create(body);
        expect(response.status).toBe(400);
        expect(response.body).toEqual({
          statusCode: 400,
          message,
          error: 'Bad Request',
        });
      },
    );

    it.each([
      [
        '{"handle": ',
        'body: is not valid JSON; send one JSON object, e.g. {"name": "Nordlys"}',
      ],
      [
        '"own"',
        'body: is not valid JSON; send one JSON object, e.g. {"name": "Nordlys"}',
      ],
      ['[1, 2]', 'body: send one JSON object, not a list'],
    ])('answers the body %s with 400 in words', async (raw, message) => {
      const response = await fetch(`${app.url}/api/accounts`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${ADMIN_TOKEN}`,
          'Content-Type': 'application/json',
        },
        body: raw,
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        statusCode: 400,
        message,
        error: 'Bad Request',
      });
    });

    it('answers a bad change of role in one sentence', async () => {
      bluesky.addProfile({ handle: 'role.bsky.social' });
      const { body } = await create({
        handle: 'role.bsky.social',
        role: 'watched',
      });
      const response = await app.request(`/api/accounts/${body.id}`, {
        method: 'PATCH',
        body: { role: 'chef' },
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toBe(
        'role: give one of own, role-model, employee, watched',
      );
    });

    it('refuses the same account twice with 409, whichever way it is written', async () => {
      bluesky.addProfile({ handle: 'twice.bsky.social' });
      expect(
        (await create({ handle: 'twice.bsky.social', role: 'watched' })).status,
      ).toBe(201);
      const again = await create({
        url: 'https://bsky.app/profile/Twice.bsky.social',
        role: 'watched',
      });
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/twice\.bsky\.social exists already/);
    });

    it('lets only the admin add, change and remove accounts', async () => {
      expect(
        (
          await create(
            { handle: 'anne.bsky.social', role: 'own' },
            VIEWER_TOKEN,
          )
        ).status,
      ).toBe(403);
    });

    it('changes the role and name, and removes the account with its source', async () => {
      bluesky.addProfile({ handle: 'gone.bsky.social' });
      const { body } = await create({
        handle: 'gone.bsky.social',
        role: 'watched',
      });

      const changed = await app.request(`/api/accounts/${body.id}`, {
        method: 'PATCH',
        body: { role: 'employee', name: 'Gone Again' },
      });
      expect(changed.status).toBe(200);
      expect(await changed.json()).toMatchObject({
        role: 'employee',
        name: 'Gone Again',
      });

      expect(
        (await app.request(`/api/accounts/${body.id}`, { method: 'DELETE' }))
          .status,
      ).toBe(204);
      expect((await app.request(`/api/accounts/${body.id}`)).status).toBe(404);
      expect((await app.request(`/api/sources/${body.sourceId}`)).status).toBe(
        404,
      );
      expect(
        (await app.request(`/api/accounts/${body.id}`, { method: 'DELETE' }))
          .status,
      ).toBe(404);
    });

    it.each(['not-a-uuid', '00000000-0000-0000-0000-000000000000'])(
      'answers an unknown or malformed id %s with 404',
      async (id) => {
        expect((await app.request(`/api/accounts/${id}`)).status).toBe(404);
        expect(
          (
            await app.request(`/api/accounts/${id}`, {
              method: 'PATCH',
              body: { role: 'own' },
            })
          ).status,
        ).toBe(404);
      },
    );

    it.each([
      'from=yesterday',
      'from=2026-11-02&to=2026-11-01',
      'from=2026-11-01&from=2026-11-02',
    ])('answers a bad period %s with 400', async (query) => {
      const response = await app.request(`/api/accounts?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /^(from|to): /,
      );
    });
  });

  describe('collecting an account', () => {
    it('reads a Mastodon timeline page by page (Link: max_id), makes own posts items and keeps every post’s counts', async () => {
      const statuses = Array.from({ length: 55 }, (_, index) => ({
        text: `Opslag nummer ${index} fra Lysgården #lysgaarden`,
        favourites: index,
        reblogs: 1,
        replies: 2,
      }));
      statuses[0] = {
        ...statuses[0]!,
        text: 'Vi har åbnet i Aarhus! https://lysgaarden.dk/aarhus',
      };
      statuses.splice(1, 0, {
        text: 'Nyt fra Nordlys',
        reblogOf: {
          acct: `nordlys@${mastodon.host}`,
          url: `${mastodon.url}/@nordlys/1`,
        },
      } as never);
      mastodon.addAccount({ username: 'lysgaarden', followers: 300, statuses });
      const { body: account } = await create({
        url: `${mastodon.url}/@lysgaarden`,
        role: 'watched',
      });

      const source = await poll(account);

      expect(source.health).toMatchObject({ lastStatus: 'ok', itemsSeen: 55 });
      const pages = mastodon
        .requestsTo(`/api/v1/accounts/`)
        .filter((request) => request.path.includes('/statuses'));
      expect(pages).toHaveLength(2);
      expect(pages[1]!.path).toMatch(/max_id=\d+/);
      const stored = await posts(account.id);
      expect(stored).toHaveLength(56);
      expect(stored.filter((post) => post.has_item)).toHaveLength(55);
      expect(stored[1]).toMatchObject({
        has_item: false,
        shared_url: `${mastodon.url}/@nordlys/1`,
      });
      const [listed] = (await accounts()).filter(
        (row) => row.id === account.id,
      );
      expect(listed).toMatchObject({
        followers: 300,
        posts: 55,
        likes: (54 * 55) / 2,
        boosts: 55,
        replies: 110,
      });
    });

    it('reads again only back to the newest stored post, and counts within a period', async () => {
      const id = mastodon.addAccount({
        username: 'periodisk',
        followers: 10,
        statuses: [
          { text: 'Tirsdag', createdAt: '2026-11-03T10:00:00Z', favourites: 5 },
          { text: 'Mandag', createdAt: '2026-11-02T10:00:00Z', favourites: 3 },
        ],
      });
      const { body: account } = await create({
        url: `${mastodon.url}/@periodisk`,
        role: 'own',
      });
      await poll(account);
      mastodon.post(id, {
        text: 'Onsdag',
        createdAt: '2026-11-04T10:00:00Z',
        favourites: 1,
      });
      mastodon.setFollowers(id, 14);
      const before = mastodon.requests.length;

      await poll(account);

      expect(mastodon.requests.length - before).toBe(2); // the profile and one page
      const [inPeriod] = (
        await accounts('?from=2026-11-03&to=2026-11-05')
      ).filter((row) => row.id === account.id);
      expect(inPeriod).toMatchObject({ posts: 2, likes: 6, followers: 14 });
    });

    it('reads a Bluesky author feed through its cursor, reposts as shares, with likes, reposts, replies and quotes', async () => {
      const did = bluesky.addProfile({
        handle: 'fjord.bsky.social',
        followers: 1500,
        posts: [
          {
            text: 'Repost af Nordlys',
            repostOf: {
              handle: 'nordlys.bsky.social',
              uri: 'at://did:plc:nordlys/app.bsky.feed.post/3labc',
            },
          },
          ...Array.from({ length: 119 }, (_, index) => ({
            text: `Fjord ${index} #fjord`,
            likes: 2,
            reposts: 1,
            replies: 1,
            quotes: 1,
            link: index === 0 ? 'https://nordlys.dk/nyt' : undefined,
          })),
        ],
      });
      const { body: account } = await create({
        handle: 'fjord.bsky.social',
        role: 'employee',
      });

      const source = await poll(account);

      expect(source.health).toMatchObject({ lastStatus: 'ok', itemsSeen: 119 });
      const feeds = bluesky.requestsTo('/xrpc/app.bsky.feed.getAuthorFeed');
      expect(feeds).toHaveLength(3);
      expect(feeds[1]!.path).toMatch(/cursor=/);
      const stored = await posts(account.id);
      expect(stored).toHaveLength(120);
      expect(stored.find((post) => post.shared_url)).toMatchObject({
        shared_url: 'https://bsky.app/profile/nordlys.bsky.social/post/3labc',
        has_item: false,
      });
      const [listed] = (await accounts()).filter(
        (row) => row.id === account.id,
      );
      expect(listed).toMatchObject({
        followers: 1500,
        posts: 119,
        likes: 238,
        boosts: 119,
        replies: 119,
        quotes: 119,
      });
      expect(did).toMatch(/^did:plc:/);
    });

    it('turns posts into mentions of a matching topic, with their text as text', async () => {
      const topic = await app.request('/api/topics', {
        method: 'POST',
        body: { name: 'Havn', kind: 'company', query: 'havnebadet' },
      });
      expect(topic.status).toBe(201);
      mastodon.addAccount({
        username: 'havn',
        statuses: [
          { text: 'Havnebadet åbner <script>alert(1)</script> i morgen' },
        ],
      });
      const { body: account } = await create({
        url: `${mastodon.url}/@havn`,
        role: 'watched',
      });
      await poll(account);

      const page = (await (
        await app.request(`/api/mentions?source=${account.sourceId}`)
      ).json()) as MentionPage;
      expect(page.items).toHaveLength(1);
      expect(page.items[0]).toMatchObject({
        text: 'Havnebadet åbner <script>alert(1)</script> i morgen',
        author: `@havn@${mastodon.host}`,
        title: null,
      });
    });

    it('waits for a spent rate limit to reset before the next poll', async () => {
      mastodon.addAccount({
        username: 'travl',
        statuses: [{ text: 'Et opslag' }],
      });
      const { body: account } = await create({
        url: `${mastodon.url}/@travl`,
        role: 'watched',
      });
      mastodon.limitRate(3, 1200);

      const source = await poll(account);

      expect(source.health.lastStatus).toBe('ok');
      expect(Date.parse(source.health.nextPollAt!)).toBeGreaterThan(
        Date.now() + 1100 * 1000,
      );
      mastodon.limitRate(300, 300);
    });

    it('backs off until the reset when the platform answers 429', async () => {
      bluesky.addProfile({
        handle: 'loft.bsky.social',
        posts: [{ text: 'Loft' }],
      });
      const { body: account } = await create({
        handle: 'loft.bsky.social',
        role: 'watched',
      });
      bluesky.limitRate(0, 900);

      const source = await poll(account);

      expect(source.health).toMatchObject({
        lastStatus: 'http-status',
        errorCount: 1,
      });
      expect(source.health.lastError).toMatch(/HTTP 429/);
      expect(Date.parse(source.health.nextPollAt!)).toBeGreaterThan(
        Date.now() + 800 * 1000,
      );
      bluesky.limitRate(300, 300);
    });

    it('marks the source failing when the account is gone from its instance', async () => {
      const id = mastodon.addAccount({ username: 'forsvundet' });
      const { body: account } = await create({
        url: `${mastodon.url}/@forsvundet`,
        role: 'watched',
      });
      const gone = mastodon as unknown as { accounts: Map<string, unknown> };
      gone.accounts.delete(id);

      const source = await poll(account);

      expect(source.health).toMatchObject({
        lastStatus: 'http-status',
        errorCount: 1,
      });
      expect(source.health.lastError).toMatch(/HTTP 404/);
    });
  });

  describe('refreshing engagement', () => {
    it('reads young posts’ counts again, marks deleted ones, and stops refreshing a post after a week', async () => {
      const now = Date.now();
      const id = mastodon.addAccount({
        username: 'frisk',
        statuses: [
          {
            text: 'Ny',
            createdAt: new Date(now - 30 * 60_000).toISOString(),
            favourites: 1,
          },
          {
            text: 'Slettes',
            createdAt: new Date(now - 60 * 60_000).toISOString(),
            favourites: 1,
          },
          {
            text: 'Gammel',
            createdAt: new Date(now - 8 * 86_400_000).toISOString(),
            favourites: 9,
          },
        ],
      });
      const { body: account } = await create({
        url: `${mastodon.url}/@frisk`,
        role: 'own',
      });
      await poll(account);
      const [young, doomed, old] = mastodon.statusIds(id);
      const stored = await posts(account.id);
      expect(stored.map((post) => post.next_refresh_at === null)).toEqual([
        false,
        false,
        true,
      ]);
      // Ten minutes on for a post under two hours old.
      expect(
        stored[0]!.next_refresh_at!.getTime() - Date.now(),
      ).toBeGreaterThan(9 * 60_000);

      mastodon.setCounts(young!, { favourites: 40, reblogs: 7, replies: 3 });
      mastodon.deleteStatus(doomed!);
      await db.query(
        `UPDATE account_post SET next_refresh_at = now() - interval '1 second' WHERE account_id = $1 AND next_refresh_at IS NOT NULL`,
        [account.id],
      );
      const before = mastodon.requests.length;
      await app.app.get(EngagementRefresher).tick();

      const refreshed = await posts(account.id);
      expect(
        mastodon.requests.slice(before).map((request) => request.path),
      ).toEqual([`/api/v1/statuses/${young}`, `/api/v1/statuses/${doomed}`]);
      expect(refreshed[0]).toMatchObject({
        likes: 40,
        boosts: 7,
        replies: 3,
        deleted_at: null,
      });
      expect(refreshed[0]!.next_refresh_at!.getTime()).toBeGreaterThan(
        Date.now() + 9 * 60_000,
      );
      expect(refreshed[1]!.deleted_at).not.toBeNull();
      expect(refreshed[1]!.next_refresh_at).toBeNull();
      expect(refreshed[2]!.remote_id).toBe(old);
      const [listed] = (await accounts()).filter(
        (row) => row.id === account.id,
      );
      expect(listed).toMatchObject({ posts: 2, likes: 49 });
    });

    it('refreshes Bluesky posts 25 at a time and marks those getPosts leaves out as deleted', async () => {
      const now = Date.now();
      const did = bluesky.addProfile({
        handle: 'mange.bsky.social',
        posts: Array.from({ length: 30 }, (_, index) => ({
          text: `Post ${index}`,
          createdAt: new Date(now - (index + 1) * 60_000).toISOString(),
          likes: 1,
        })),
      });
      const { body: account } = await create({
        handle: 'mange.bsky.social',
        role: 'own',
      });
      await poll(account);
      const [first, second] = bluesky.postUris(did);
      bluesky.setCounts(first!, {
        likes: 12,
        reposts: 2,
        replies: 1,
        quotes: 4,
      });
      bluesky.deletePost(second!);
      await db.query(
        `UPDATE account_post SET next_refresh_at = now() - interval '1 second' WHERE account_id = $1`,
        [account.id],
      );
      const before = bluesky.requests.length;

      await app.app.get(EngagementRefresher).tick();

      const calls = bluesky.requests
        .slice(before)
        .map((request) => new URL(request.path, bluesky.url));
      expect(
        calls.map((url) => url.searchParams.getAll('uris').length),
      ).toEqual([25, 5]);
      const refreshed = await posts(account.id);
      expect(refreshed[0]).toMatchObject({
        likes: 12,
        boosts: 2,
        replies: 1,
        quotes: 4,
      });
      expect(refreshed[1]!.deleted_at).not.toBeNull();
      expect(refreshed.filter((post) => post.deleted_at)).toHaveLength(1);
    });
  });
});

describe('accounts behind the address guard', () => {
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
    [
      { url: 'http://127.0.0.1:9/@nordlys', role: 'own' },
      /^url: .*127\.0\.0\.1/,
    ],
    [{ url: 'http://localhost/@nordlys', role: 'own' }, /^url: .*localhost/],
    [
      { handle: '@nordlys@169.254.169.254:80', role: 'own' },
      /^handle: .*169\.254\.169\.254/,
    ],
    [
      { url: 'http://10.0.0.1/feed.xml', role: 'watched' },
      /^url: .*10\.0\.0\.1/,
    ],
  ])('refuses %j with 400 before connecting', async (body, message) => {
    const response = await app.request('/api/accounts', {
      method: 'POST',
      body,
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(
      message,
    );
  });
});
