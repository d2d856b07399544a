import { type Column, MAX_COLUMNS } from '@lyt/contracts';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('live columns (/api/columns)', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });
  beforeEach(async () => {
    for (const column of await board())
      await app.request(`/api/columns/${column.id}`, { method: 'DELETE' });
  });

  const send = async <T = Column>(
    path: string,
    method: string,
    body?: unknown,
    token?: string,
  ) => {
    const response = await app.request(path, { method, body, token });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : null) as T & { message: string },
    };
  };
  const board = async () => (await send<Column[]>('/api/columns', 'GET')).body;
  const add = async (name: string, filter: unknown = {}) =>
    (await send('/api/columns', 'POST', { name, filter })).body;

  it('saves a filter as a column at the right end, normalised, and every viewer sees the board', async () => {
    const dkbiz = await add('#dkbiz', {
      hashtag: ['#DKbiz'],
      sentiment: ['negative'],
    });
    const campaign = await add('  Kampagne  ', { hashtag: ['givlivetvidere'] });
    expect(dkbiz).toMatchObject({
      name: '#dkbiz',
      position: 0,
      filter: { hashtag: ['dkbiz'], sentiment: ['negative'] },
    });
    expect(campaign).toMatchObject({ name: 'Kampagne', position: 1 });
    const seen = await send<Column[]>(
      '/api/columns',
      'GET',
      undefined,
      VIEWER_TOKEN,
    );
    expect(seen.status).toBe(200);
    expect(seen.body.map((column) => column.name)).toEqual([
      '#dkbiz',
      'Kampagne',
    ]);
    expect(
      (
        await send(
          `/api/columns/${campaign.id}`,
          'GET',
          undefined,
          VIEWER_TOKEN,
        )
      ).body,
    ).toEqual(campaign);
  });

  it('renames, refilters, reorders and removes; the columns after a removed one close up', async () => {
    const [a, b, c] = [await add('A'), await add('B'), await add('C')];
    const renamed = await send(`/api/columns/${b!.id}`, 'PATCH', {
      name: 'Bee',
      filter: { kind: ['competitor'] },
    });
    expect(renamed.body).toMatchObject({
      name: 'Bee',
      filter: { kind: ['competitor'] },
      position: 1,
    });

    const reordered = await send<Column[]>('/api/columns/order', 'PUT', {
      ids: [c!.id, a!.id, b!.id],
    });
    expect(reordered.status).toBe(200);
    expect(
      reordered.body.map((column) => [column.name, column.position]),
    ).toEqual([
      ['C', 0],
      ['A', 1],
      ['Bee', 2],
    ]);

    expect((await send(`/api/columns/${c!.id}`, 'DELETE')).status).toBe(204);
    expect(
      (await board()).map((column) => [column.name, column.position]),
    ).toEqual([
      ['A', 0],
      ['Bee', 1],
    ]);
  });

  it('refuses a reorder that does not name every column once', async () => {
    const [a, b] = [await add('A'), await add('B')];
    for (const ids of [
      [a!.id],
      [a!.id, a!.id],
      [a!.id, b!.id, crypto.randomUUID()],
    ]) {
      const answer = await send('/api/columns/order', 'PUT', { ids });
      expect(answer.status).toBe(400);
      expect(answer.body.message).toMatch(/^ids: /);
    }
    expect((await board()).map((column) => column.name)).toEqual(['A', 'B']);
  });

  it('keeps positions 0…n−1 and the limit when admins add at the same time', async () => {
    const answers = await Promise.all(
      Array.from({ length: MAX_COLUMNS + 5 }, (_, i) =>
        send('/api/columns', 'POST', { name: `c${i}`, filter: {} }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(
      MAX_COLUMNS,
    );
    const refused = answers.filter((answer) => answer.status !== 201);
    expect(refused.map((answer) => answer.status)).toEqual([
      409, 409, 409, 409, 409,
    ]);
    expect((await board()).map((column) => column.position)).toEqual(
      Array.from({ length: MAX_COLUMNS }, (_, i) => i),
    );
  });

  it('lets a viewer read but not change the board', async () => {
    const column = await add('A');
    for (const [path, method, body] of [
      ['/api/columns', 'POST', { name: 'x', filter: {} }],
      [`/api/columns/${column.id}`, 'PATCH', { name: 'x' }],
      [`/api/columns/${column.id}`, 'DELETE', undefined],
      ['/api/columns/order', 'PUT', { ids: [column.id] }],
    ] as const)
      expect((await send(path, method, body, VIEWER_TOKEN)).status).toBe(403);
    expect(
      (await send('/api/columns', 'GET', undefined, null as never)).status,
    ).toBe(401);
  });

  it('answers bad input with a 4xx that names the field', async () => {
    const column = await add('A');
    const cases: [string, string, unknown, number, RegExp][] = [
      ['/api/columns', 'POST', { name: '', filter: {} }, 400, /name/],
      ['/api/columns', 'POST', { name: '   ', filter: {} }, 400, /^name: /],
      ['/api/columns', 'POST', { name: 'x' }, 400, /filter/],
      [
        '/api/columns',
        'POST',
        { name: 'x', filter: { q: ['x'] } },
        400,
        /^filter\.q: /,
      ],
      [
        '/api/columns',
        'POST',
        { name: 'x', filter: { hashtag: ['a b'] } },
        400,
        /^filter\.hashtag: /,
      ],
      [
        '/api/columns',
        'POST',
        { name: 'x', filter: { topic: ['nope'] } },
        400,
        /^filter\.topic: /,
      ],
      [
        `/api/columns/${column.id}`,
        'PATCH',
        { filter: { kind: 'company' } },
        400,
        /^filter\.kind: /,
      ],
      ['/api/columns/order', 'PUT', { ids: ['x'] }, 400, /ids/],
      ['/api/columns/not-an-id', 'GET', undefined, 404, /column/],
      ['/api/columns/not-an-id', 'PATCH', { name: 'x' }, 404, /column/],
      [`/api/columns/${crypto.randomUUID()}`, 'GET', undefined, 404, /column/],
      [
        `/api/columns/${crypto.randomUUID()}`,
        'DELETE',
        undefined,
        404,
        /column/,
      ],
    ];
    for (const [path, method, body, status, message] of cases) {
      const answer = await send(path, method, body);
      expect([path, method, answer.status]).toEqual([path, method, status]);
      expect(String(answer.body.message)).toMatch(message);
    }
    const raw = await fetch(`${app.url}/api/columns`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer test-admin-token-0123456789',
        'Content-Type': 'application/json',
      },
      body: '{"name": "x", "filter": {',
    });
    expect(raw.status).toBe(400);
  });
});
