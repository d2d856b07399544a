import { DataSource } from 'typeorm';
import type {
  Account,
  AccountComparison,
  AmbassadorStats,
  Goal,
} from '@lyt/contracts';
import { BlueskyServer, FeedServer, MastodonServer } from '@lyt/testing';
import { copenhagenDate } from '../src/modules/accounts/goals/goal-forecast.util';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const DAY = 86_400_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

/**
 * The "done when": a leader adds their own account, two role models
 * and five employees, sets a follower goal and a posting goal, and sees the
 * progress, the comparison and the ambassador ranking fill from collected data.
 * Mastodon, Bluesky and feeds mixed: a role model and an employee are blogs.
 */
describe('goals, role models and ambassadors from collected accounts', () => {
  let database: TestDatabase;
  let app: TestApp;
  let mastodon: MastodonServer;
  let bluesky: BlueskyServer;
  let feeds: FeedServer;
  let db: DataSource;
  const ids: Record<string, Account> = {};
  let ownPostUrl = '';

  const post = async <T>(path: string, body: unknown, status = 201) => {
    const response = await app.request(path, { method: 'POST', body });
    const json = (await response.json()) as T & { message?: string };
    expect({ status: response.status, message: json.message }).toEqual({
      status,
      message: undefined,
    });
    return json;
  };
  const get = async <T>(path: string) => {
    const response = await app.request(path, { token: VIEWER_TOKEN });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    mastodon = await new MastodonServer().start();
    bluesky = await new BlueskyServer().start();
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
    app = await startTestApp(database.url, {
      LYT_ROLES: 'api',
      LYT_BLUESKY_API: bluesky.url,
    });
    db = app.app.get(DataSource);
    await post('/api/topics', {
      name: 'Nordlys',
      kind: 'company',
      query: 'nordlys',
    });

    const own = mastodon.addAccount({
      username: 'nordlys',
      displayName: 'Nordlys A/S',
      followers: 900,
      statuses: [
        {
          text: 'Vi har åbnet i Aarhus!',
          createdAt: ago(60_000),
          favourites: 30,
          reblogs: 6,
          replies: 4,
          image: true,
        },
        {
          text: 'Årsrapporten er klar: https://nordlys.dk/rapport',
          createdAt: ago(120_000),
          favourites: 10,
        },
      ],
    });
    ownPostUrl = mastodon.statusUrl(mastodon.statusIds(own)[0]!);
    bluesky.addProfile({
      handle: 'anne.bsky.social',
      displayName: 'Anne Holm',
      followers: 2000,
      posts: [
        {
          text: 'Hvad gør jeg nu? 😂',
          createdAt: ago(DAY),
          likes: 80,
          reposts: 10,
          replies: 10,
          quotes: 0,
        },
        {
          text: 'Jeg elsker mandage #ledelse',
          createdAt: ago(2 * DAY),
          likes: 40,
          reposts: 5,
          replies: 5,
          quotes: 0,
        },
        {
          text: 'Ny bog om ledelse! #ledelse',
          createdAt: ago(3 * DAY),
          likes: 10,
          link: 'https://anne.dk/bog',
        },
      ],
    });
    // A blog: posts, but no followers and no likes.
    feeds.serve('/bo.xml', {
      items: [
        {
          guid: 'bo-1',
          title: 'Kvartalsrapport',
          text: 'Kvartalsrapport offentliggjort. Hvad synes I? Læs den på https://www.bolind.dk/rapport #ledelse',
          publishedAt: ago(DAY),
          mediaUrl: `${feeds.url}/graf.png`,
        },
        {
          guid: 'bo-2',
          title: 'Om mandage',
          text: 'Mandage er undervurderede.',
          publishedAt: ago(2 * DAY),
        },
      ],
    });
    const employees: [string, number, Parameters<MastodonServer['post']>[1]][] =
      [
        [
          'ea',
          100,
          {
            text: '',
            reblogOf: { acct: `nordlys@${mastodon.host}`, url: ownPostUrl },
          },
        ],
        ['eb', 400, { text: 'Læs rapporten https://www.nordlys.dk/rapport' }],
        ['ee', 50, { text: 'Frokost' }],
      ];
    for (const [username, followers, status] of employees)
      mastodon.addAccount({
        username,
        followers,
        statuses: [{ ...status, createdAt: ago(DAY) }],
      });
    bluesky.addProfile({
      handle: 'ec.bsky.social',
      displayName: 'ec',
      followers: 300,
      posts: [{ text: 'Vi giver videre #givlivetvidere', createdAt: ago(DAY) }],
    });
    feeds.serve('/ed.xml', {
      items: [
        {
          guid: 'ed-1',
          title: 'Stolt',
          text: 'Stolt af Nordlys i dag',
          publishedAt: ago(DAY),
        },
      ],
    });

    const add = async (key: string, body: object) => {
      ids[key] = await post<Account>('/api/accounts', body);
    };
    await add('own', { url: `${mastodon.url}/@nordlys`, role: 'own' });
    await add('anne', { handle: 'anne.bsky.social', role: 'role-model' });
    await add('bo', {
      url: `${feeds.url}/bo.xml`,
      role: 'role-model',
      name: 'Bo Lind',
    });
    for (const [username] of employees)
      await add(username, {
        url: `${mastodon.url}/@${username}`,
        role: 'employee',
      });
    await add('ec', { handle: 'ec.bsky.social', role: 'employee' });
    await add('ed', {
      url: `${feeds.url}/ed.xml`,
      role: 'employee',
      name: 'ed',
    });
    for (const account of Object.values(ids)) {
      const polled = await app.request(
        `/api/sources/${account.sourceId}/poll`,
        { method: 'POST' },
      );
      expect(polled.status).toBe(200);
    }
    const settings = await app.request('/api/accounts/ambassador-settings', {
      method: 'PUT',
      body: { domains: ['https://Nordlys.dk/'], hashtags: ['#GivLivetVidere'] },
    });
    expect(await settings.json()).toEqual({
      domains: ['nordlys.dk'],
      hashtags: ['givlivetvidere'],
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await mastodon.stop();
    await bluesky.stop();
    await feeds.stop();
  });

  it('lists every account with followers and the period’s engagement', async () => {
    const listed = await get<Account[]>('/api/accounts');
    expect(listed.map((account) => account.role)).toEqual([
      'own',
      'role-model',
      'role-model',
      'employee',
      'employee',
      'employee',
      'employee',
      'employee',
    ]);
    expect(listed[0]).toMatchObject({
      name: 'Nordlys A/S',
      followers: 900,
      posts: 2,
      likes: 40,
      boosts: 6,
      replies: 4,
    });
    // A blog: its posts count; followers and engagement are not available.
    expect(listed.find((account) => account.name === 'Bo Lind')).toMatchObject({
      platform: 'feed',
      followers: null,
      posts: 2,
      likes: null,
      boosts: null,
      replies: null,
      quotes: null,
    });
  });

  it('forecasts a follower goal from the samples: 100 gained in 10 days, 100 to go in 20', async () => {
    await db.query(
      `INSERT INTO follower_sample (account_id, sampled_at, followers) VALUES ($1, now() - interval '10 days', 800)`,
      [ids['own']!.id],
    );
    const goal = await post<Goal>('/api/goals', {
      name: '1.000 følgere',
      metric: 'followers',
      target: 1000,
      accountId: ids['own']!.id,
      startsAt: ago(10 * DAY),
      deadline: new Date(Date.now() + 20 * DAY).toISOString(),
    });

    expect(goal.progress).toMatchObject({
      start: 800,
      current: 900,
      target: 1000,
      fraction: 0.5,
      pacePerDay: 10,
      neededPerDay: 5,
      status: 'on-track',
      reachedOn: copenhagenDate(new Date(Date.now() + 10 * DAY)),
    });
  });

  it('counts a weekly posting goal from the own accounts’ posts this week', async () => {
    const goal = await post<Goal>('/api/goals', {
      name: 'Tre opslag om ugen',
      metric: 'posts',
      target: 3,
      period: 'week',
    });
    expect(goal.progress.current).toBe(2);
    expect(goal.progress.target).toBe(3);
    expect(
      new Date(goal.progress.windowEnd).getTime() -
        new Date(goal.progress.windowStart).getTime(),
    ).toBeGreaterThanOrEqual(7 * DAY - 3_600_000);
    expect(['on-track', 'misses']).toContain(goal.progress.status);

    const listed = await get<Goal[]>('/api/goals');
    expect(listed.map((listedGoal) => listedGoal.name)).toEqual([
      '1.000 følgere',
      'Tre opslag om ugen',
    ]);
  });

  it.each([
    [
      { name: 'x', metric: 'followers', target: 10, period: 'week' },
      /^accountId: /,
    ],
    [
      { name: 'x', metric: 'posts', target: 10 },
      /^deadline: give a deadline or a period(?!,)/,
    ],
    [
      {
        name: 'x',
        metric: 'posts',
        target: 10,
        period: 'week',
        deadline: '2027-01-01',
      },
      /^deadline: give a deadline or a period, not both/,
    ],
    [
      {
        name: 'x',
        metric: 'posts',
        target: 10,
        startsAt: '2026-12-01',
        deadline: '2026-11-01',
      },
      /^deadline: must be after/,
    ],
    [
      { name: 'x', metric: 'posts', target: 10, deadline: '2020-01-01' },
      /^deadline: must be in the future$/,
    ],
    [
      {
        name: 'x',
        metric: 'hashtag-uses',
        target: 10,
        period: 'week',
        hashtag: 'two words',
      },
      /^hashtag: /,
    ],
    [
      { name: 'x', metric: 'reach', target: 10, period: 'week' },
      /^metric: give one of posts, followers, engagement-per-post, mentions, hashtag-uses$/,
    ],
    [
      { name: 'x', metric: 'posts', target: -1, period: 'week' },
      /^target: give a number from 0\.1 to 1,000,000,000$/,
    ],
    [
      { name: 'x', metric: 'posts', target: '3', period: 'week' },
      /^target: give a number from 0\.1 to 1,000,000,000$/,
    ],
    [
      { name: 'x', metric: 'posts', target: 3, period: 'year' },
      /^period: give week or month$/,
    ],
    [
      { name: 'x', metric: 'posts', target: 3, deadline: '14-03-2027' },
      /^deadline: give a date \(2027-03-14\) or a date and time/,
    ],
    [
      { metric: 'posts', target: 3, period: 'week' },
      /^name: give a name of 1 to 200 characters$/,
    ],
    [
      {
        name: 'x',
        metric: 'followers',
        target: 3,
        period: 'week',
        accountId: '00000000-0000-0000-0000-000000000000',
      },
      /^accountId: no account/,
    ],
  ])(
    'answers a bad goal %j with 400 naming the field',
    async (body, message) => {
      const response = await app.request('/api/goals', {
        method: 'POST',
        body,
      });
      expect(response.status).toBe(400);
      // One sentence, as every other 400 of the API.
      expect(((await response.json()) as { message: unknown }).message).toMatch(
        message,
      );
    },
  );

  it('takes a date-only deadline as the end of that day in Copenhagen, on creating and on changing', async () => {
    const goal = await post<Goal>('/api/goals', {
      name: 'Ti opslag til marts',
      metric: 'posts',
      target: 10,
      startsAt: '2026-12-01',
      deadline: '2027-03-14',
    });
    expect(goal).toMatchObject({
      startsAt: '2026-11-30T23:00:00.000Z',
      deadline: '2027-03-14T23:00:00.000Z',
      progress: {
        windowStart: '2026-11-30T23:00:00.000Z',
        windowEnd: '2027-03-14T23:00:00.000Z',
      },
    });
    const changed = await app.request(`/api/goals/${goal.id}`, {
      method: 'PATCH',
      body: { deadline: '2027-07-01' },
    });
    expect(((await changed.json()) as Goal).progress.windowEnd).toBe(
      '2027-07-01T22:00:00.000Z',
    );
    expect(
      (await app.request(`/api/goals/${goal.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
  });

  it('counts the uses of a campaign hashtag among mentions', async () => {
    const goal = await post<Goal>('/api/goals', {
      name: '#givlivetvidere',
      metric: 'hashtag-uses',
      target: 10,
      hashtag: '#GivLivetVidere',
      startsAt: ago(7 * DAY),
      deadline: new Date(Date.now() + 7 * DAY).toISOString(),
    });
    // ec's post carries the tag but matches no topic: not a mention. ed's matches Nordlys.
    expect(goal).toMatchObject({
      hashtag: 'givlivetvidere',
      progress: { current: 0 },
    });
    const mentions = await post<Goal>('/api/goals', {
      name: 'Omtale',
      metric: 'mentions',
      target: 10,
      startsAt: ago(7 * DAY),
      deadline: new Date(Date.now() + 7 * DAY).toISOString(),
    });
    // The word nordlys: in the own report post's link, eb's link and ed's text.
    expect(mentions.progress.current).toBe(3);
  });

  it('compares the own account with the role models, numbers behind their style', async () => {
    const comparison = await get<AccountComparison>('/api/accounts/comparison');

    expect(comparison.accounts.map((row) => row.account.name)).toEqual([
      'Nordlys A/S',
      'Anne Holm',
      'Bo Lind',
    ]);
    const [own, anne, bo] = comparison.accounts;
    expect(own).toMatchObject({
      followers: 900,
      posts: 2,
      engagementPerPost: 25,
      engagementPerThousandFollowers: 27.8,
      withImage: 0.5,
      withLink: 0.5,
      style: {
        firstPerson: 0.5,
        exclamations: 0.5,
        questions: 0,
        emoji: 0,
        humour: 0,
      },
    });
    expect(own!.bestPosts[0]).toMatchObject({
      text: 'Vi har åbnet i Aarhus!',
      engagement: 40,
      url: ownPostUrl,
    });
    expect(anne).toMatchObject({
      posts: 3,
      engagementPerPost: 53.3,
      hashtags: [{ hashtag: 'ledelse', count: 2 }],
      withLink: 0.333,
      style: {
        firstPerson: 0.667,
        questions: 0.333,
        exclamations: 0.333,
        emoji: 0.333,
        humour: 0.333,
      },
    });
    expect(anne!.postsPerWeek).toBeCloseTo(0.7, 1);
    // The blog: what a feed gives, and no engagement or followers to rank it last by.
    expect(bo).toMatchObject({
      account: { platform: 'feed', role: 'role-model' },
      followers: null,
      posts: 2,
      engagementPerPost: null,
      engagementPerThousandFollowers: null,
      withImage: 0.5,
      withLink: 0.5,
      hashtags: [{ hashtag: 'ledelse', count: 1 }],
      style: { firstPerson: 0.5, questions: 0.5, exclamations: 0 },
      bestPosts: [],
    });
    expect(bo!.postsPerWeek).toBeCloseTo(0.5, 1);
  });

  it('ranks the employees by shares of company content, then reach, and names the company post shared most', async () => {
    const stats = await get<AmbassadorStats>('/api/accounts/ambassadors');

    expect(
      stats.ranking.map((rank) => [
        rank.account.name,
        rank.account.platform,
        rank.shares,
        rank.reach,
      ]),
    ).toEqual([
      ['eb', 'mastodon', 1, 400],
      ['ec', 'bluesky', 1, 300],
      ['ea', 'mastodon', 1, 100],
      // A blog's share counts; its reach is unknown, not 0.
      ['ed', 'feed', 1, null],
      ['ee', 'mastodon', 0, 0],
    ]);
    expect(stats.ranking[0]).toMatchObject({ links: 1, boosts: 0, topics: 1 });
    expect(stats.ranking[1]).toMatchObject({ links: 0, boosts: 0, topics: 1 });
    expect(stats.ranking[2]).toMatchObject({ boosts: 1 });
    expect(stats.ranking[3]).toMatchObject({
      followers: null,
      boosts: 0,
      topics: 1,
    });
    expect(stats.sharedPosts).toEqual([
      {
        url: ownPostUrl,
        text: 'Vi har åbnet i Aarhus!',
        account: expect.objectContaining({ name: 'Nordlys A/S', role: 'own' }),
        shares: 1,
      },
    ]);
  });

  it.each([
    [{ domains: ['not a domain'], hashtags: [] }, /^domains: /],
    [{ domains: [], hashtags: ['a b'] }, /^hashtags: /],
    [{ domains: 'nordlys.dk', hashtags: [] }, /domains/],
  ])('answers bad ambassador settings %j with 400', async (body, message) => {
    const response = await app.request('/api/accounts/ambassador-settings', {
      method: 'PUT',
      body,
    });
    expect(response.status).toBe(400);
    expect(
      JSON.stringify(((await response.json()) as { message: unknown }).message),
    ).toMatch(new RegExp(message.source.replace('^', '"')));
  });
});
