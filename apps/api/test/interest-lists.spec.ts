import type {
  Account,
  InterestList,
  MentionPage,
  Source,
} from '@lyt/contracts';
import { FeedServer, MastodonServer } from '@lyt/testing';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('interest lists', () => {
  let database: TestDatabase;
  let app: TestApp;
  let feeds: FeedServer;
  let mastodon: MastodonServer;
  let media: Source;
  let blog: Source;
  let account: Account;

  const send = async <T>(method: string, path: string, body?: unknown) => {
    const response = await app.request(path, { method, body });
    return {
      status: response.status,
      body: (response.status === 204 ? null : await response.json()) as T & {
        message: string;
      },
    };
  };
  const mentions = async (query: string) =>
    (await (
      await app.request(`/api/mentions?${query}`, { token: VIEWER_TOKEN })
    ).json()) as MentionPage;

  beforeAll(async () => {
    feeds = await new FeedServer().start();
    mastodon = await new MastodonServer().start();
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    await send('POST', '/api/topics', {
      name: 'Vind',
      kind: 'industry',
      query: 'vindmølle*',
    });
    media = (
      await send<Source>('POST', '/api/sources', {
        name: 'Børsen',
        url: feeds.serve('/borsen', {
          items: [
            { guid: 'b1', title: 'Vindmøller', text: 'Vindmøller i Nordsøen' },
          ],
        }),
      })
    ).body;
    blog = (
      await send<Source>('POST', '/api/sources', {
        name: 'Blog',
        url: feeds.serve('/blog', {
          items: [
            {
              guid: 'x1',
              title: 'Vindmøllepark',
              text: 'En vindmøllepark på land',
            },
          ],
        }),
      })
    ).body;
    mastodon.addAccount({
      username: 'politiker',
      statuses: [{ text: 'Flere vindmøller nu' }],
    });
    account = (
      await send<Account>('POST', '/api/accounts', {
        url: `${mastodon.url}/@politiker`,
        role: 'watched',
      })
    ).body;
    for (const sourceId of [media.id, blog.id, account.sourceId])
      expect(
        (await app.request(`/api/sources/${sourceId}/poll`, { method: 'POST' }))
          .status,
      ).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await feeds.stop();
    await mastodon.stop();
  });

  it('gathers sources and accounts under a name and filters mentions to them with list=', async () => {
    const created = await send<InterestList>('POST', '/api/lists', {
      name: 'Branchemedier',
      sourceIds: [media.id],
      accountIds: [account.id],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Branchemedier',
      accountIds: [account.id],
    });
    expect([...created.body.sourceIds].sort()).toEqual(
      [media.id, account.sourceId].sort(),
    );

    expect((await mentions('')).items).toHaveLength(3);
    const listed = await mentions(`list=${created.body.id}`);
    expect(listed.items.map((mention) => mention.source.id).sort()).toEqual(
      [media.id, account.sourceId].sort(),
    );
    expect(
      (
        await mentions(
          `list=${created.body.id}&topic=00000000-0000-0000-0000-000000000000`,
        )
      ).items,
    ).toEqual([]);
    const csv = await (
      await app.request(`/api/mentions.csv?list=${created.body.id}`)
    ).text();
    expect(csv).toContain('Vindmøller i Nordsøen');
    expect(csv).not.toContain('vindmøllepark på land');
  });

  it('takes list= repeated as a source of any of the lists, as the statistics do', async () => {
    const { body: press } = await send<InterestList>('POST', '/api/lists', {
      name: 'Medier',
      sourceIds: [media.id],
    });
    const { body: blogs } = await send<InterestList>('POST', '/api/lists', {
      name: 'Blogge',
      sourceIds: [blog.id],
    });
    const sourcesOf = async (query: string) =>
      [
        ...new Set(
          (await mentions(query)).items.map((mention) => mention.source.id),
        ),
      ].sort();
    expect(await sourcesOf(`list=${press.id}`)).toEqual([media.id]);
    expect(await sourcesOf(`list=${press.id}&list=${blogs.id}`)).toEqual(
      [media.id, blog.id].sort(),
    );
  });

  it('replaces a list’s members, renames it and removes it, keeping the sources', async () => {
    const { body: list } = await send<InterestList>('POST', '/api/lists', {
      name: 'Kunder',
      sourceIds: [blog.id],
    });
    const changed = await send<InterestList>('PATCH', `/api/lists/${list.id}`, {
      name: 'Kunder og partnere',
      accountIds: [account.id],
    });
    expect(changed.body).toMatchObject({
      name: 'Kunder og partnere',
      sourceIds: [account.sourceId],
      accountIds: [account.id],
    });
    expect((await send('DELETE', `/api/lists/${list.id}`)).status).toBe(204);
    expect((await send('GET', `/api/lists/${list.id}`)).status).toBe(404);
    expect((await send('GET', `/api/sources/${blog.id}`)).status).toBe(200);
    expect((await mentions(`list=${list.id}`)).items).toEqual([]);
  });

  it.each([
    ['POST', () => ({ name: 'Branchemedier' }), 409, /^name: /],
    [
      'POST',
      () => ({
        name: 'Nye',
        sourceIds: ['00000000-0000-0000-0000-000000000000'],
      }),
      400,
      /^sourceIds: no source/,
    ],
    [
      'POST',
      () => ({ name: 'Nye', accountIds: ['not-a-uuid'] }),
      400,
      /^accountIds: give a list of up to 500 account ids$/,
    ],
    [
      'POST',
      () => ({ name: 'Nye', sourceIds: 'not-a-list' }),
      400,
      /^sourceIds: give a list of up to 500 source ids$/,
    ],
    [
      'POST',
      () => ({ name: '' }),
      400,
      /^name: give a name of 1 to 100 characters$/,
    ],
    [
      'POST',
      () => ({ name: 7 }),
      400,
      /^name: give a name of 1 to 100 characters$/,
    ],
    ['POST', () => ({}), 400, /^name: give a name of 1 to 100 characters$/],
    [
      'POST',
      () => ({ name: 'Nye', colour: 'red' }),
      400,
      /^colour: is not a field$/,
    ],
    [
      'POST',
      () => ({ name: 'x'.repeat(101), sourceIds: [1] }),
      400,
      /^name: give a name of 1 to 100 characters; sourceIds: give a list of up to 500 source ids$/,
    ],
    [
      'POST',
      () => [{ name: 'Nye' }],
      400,
      /^body: send one JSON object, not a list$/,
    ],
  ])('answers %s body %# with %i', async (method, body, status, message) => {
    const response = await send<{ message: unknown }>(
      method,
      '/api/lists',
      body(),
    );
    expect(response.status).toBe(status);
    // One sentence, not class-validator's list of messages.
    expect(response.body.message).toMatch(message);
  });

  it.each([
    [{ name: null }, /^name: give a name of 1 to 100 characters$/],
    [
      { accountIds: [null] },
      /^accountIds: give a list of up to 500 account ids$/,
    ],
    [{ sourceIds: {} }, /^sourceIds: give a list of up to 500 source ids$/],
    [{ sourceIds: null }, /^sourceIds: give a list of up to 500 source ids$/],
  ])('answers PATCH %j with 400 in one sentence', async (body, message) => {
    const created = await send<InterestList>('POST', '/api/lists', {
      name: `Ændres ${crypto.randomUUID()}`,
    });
    const response = await send<{ message: unknown }>(
      'PATCH',
      `/api/lists/${created.body.id}`,
      body,
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
  });

  it.each(['list=nope', 'list=a&list=b'])(
    'answers a bad %s with 400 naming list',
    async (query) => {
      const response = await app.request(`/api/mentions?${query}`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /^list: /,
      );
    },
  );

  it('lets viewers read lists, not change them', async () => {
    expect(
      (await app.request('/api/lists', { token: VIEWER_TOKEN })).status,
    ).toBe(200);
    expect(
      (
        await app.request('/api/lists', {
          method: 'POST',
          token: VIEWER_TOKEN,
          body: { name: 'x' },
        })
      ).status,
    ).toBe(403);
  });
});
