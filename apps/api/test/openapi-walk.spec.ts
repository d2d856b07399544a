import { FeedServer, MastodonServer } from '@lyt/testing';
import { ADMIN_TOKEN, startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface Operation {
  parameters?: { name: string; in: 'path' | 'query'; schema?: unknown }[];
  requestBody?: unknown;
}
type Paths = Record<string, Record<string, Operation>>;

/** Ids that cannot name anything, as a browser, a script or an attacker might send them. */
const MALFORMED_IDS = [
  'not-a-uuid',
  '123',
  "'",
  "1' OR '1'='1",
  '0',
  '-1',
  '1.5',
  '1e3',
  '99999999999999999999999',
  '9223372036854775808',
  '%00',
  '%C3%86%C3%98%C3%85',
  '%F0%9F%92%A9',
  '%E0%A4%A',
  '..%2F..%2Fetc%2Fpasswd',
  '00000000-0000-0000-0000-00000000000g',
  'x'.repeat(3000),
];
/** Well-formed, but naming nothing. */
const UNKNOWN_IDS = [
  '00000000-0000-4000-8000-000000000000',
  '9223372036854775807',
];

const BAD_QUERY_VALUES = [
  '',
  'x',
  '-1',
  '0',
  '1e309',
  'NaN',
  "'",
  '%00',
  '2026-13-45',
  '2026-02-30T25:61:00Z',
  'null',
  '[]',
  '{}',
  'x'.repeat(5000),
];

/** Bodies that are not what any route accepts. */
const BAD_BODIES: { name: string; type: string; body: string | Buffer }[] = [
  { name: 'broken JSON', type: 'application/json', body: '{"name": ' },
  {
    name: 'JSON with a trailing comma',
    type: 'application/json',
    body: '{"a":1,}',
  },
  { name: 'an array', type: 'application/json', body: '[]' },
  { name: 'null', type: 'application/json', body: 'null' },
  { name: 'a number', type: 'application/json', body: '1' },
  { name: 'a string', type: 'application/json', body: '"x"' },
  {
    name: 'a prototype key',
    type: 'application/json',
    body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
  },
  {
    name: 'deep nesting',
    type: 'application/json',
    body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  },
  {
    name: 'invalid UTF-8',
    type: 'application/json; charset=utf-8',
    body: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
  },
  {
    name: 'an unknown charset',
    type: 'application/json; charset=klingon',
    body: '{}',
  },
  { name: 'text', type: 'text/plain', body: '{"name":"x"}' },
  {
    name: 'a form',
    type: 'application/x-www-form-urlencoded',
    body: 'name=x&query=y',
  },
  { name: 'XML', type: 'application/xml', body: '<?xml version="1.0"?><a/>' },
  { name: 'no content type', type: '', body: '{"name":"x"}' },
  {
    name: 'a huge body',
    type: 'application/json',
    body: JSON.stringify({ name: 'x'.repeat(3_000_000) }),
  },
];

/** Values of the wrong kind for any field of a JSON body. */
const BAD_FIELD_VALUES: unknown[] = [
  null,
  1,
  -1,
  1.5,
  1e308,
  true,
  '',
  'x'.repeat(100_000),
  [],
  ['x'],
  {},
  { $gt: '' },
  // PostgreSQL's text cannot hold U+0000.
  'x\u0000y',
  { text: 'x\u0000y' },
];

interface Attempt {
  what: string;
  status: number;
  body: string;
  /** The answer's `message`, as sent (a string, a list, …). */
  message: unknown;
}

/** How every 400 of the API is worded: a string, "field: why" ("name: give a name of 1 to 100 characters"). */
const FIELD_SENTENCE = /^[^\s:;][^:;]*: \S/;

/**
 * Walks every route of the OpenAPI document with malformed ids, parameters and
 * bodies. Whatever a client sends, the answer is a 4xx that says what was
 * wrong: never a 5xx, and the process keeps serving.
 */
describe('every route of the OpenAPI document, with bad input', () => {
  let database: TestDatabase;
  let app: TestApp;
  let feeds: FeedServer;
  let mastodon: MastodonServer;
  let paths: Paths;
  /** A real id per collection (`/api/<collection>/{id}`), so that bodies reach a row. */
  const fixtures: Record<string, string> = {};
  /** This test's requests; `sent` counts all of them. */
  let attempts: Attempt[] = [];
  let sent = 0;

  const send = async (
    what: string,
    method: string,
    path: string,
    init: { type?: string; body?: string | Buffer } = {},
  ) => {
    const response = await fetch(`${app.url}${path}`, {
      method: method.toUpperCase(),
      headers: {
        Authorization: `Bearer ${ADMIN_TOKEN}`,
        ...(init.type ? { 'Content-Type': init.type } : {}),
      },
      body: init.body,
    });
    const text = await response.text();
    const attempt = {
      what: `${method.toUpperCase()} ${path.slice(0, 120)} ${what}`,
      status: response.status,
      body: text.slice(0, 300),
      message: messageOf(text),
    };
    attempts.push(attempt);
    sent++;
    return attempt;
  };
  const messageOf = (text: string): unknown => {
    try {
      return (JSON.parse(text) as { message?: unknown }).message;
    } catch {
      return undefined;
    }
  };
  /** 400s not worded as one "field: why" string. */
  const unworded = () =>
    attempts
      .filter(
        (attempt) =>
          attempt.status === 400 &&
          !(
            typeof attempt.message === 'string' &&
            FIELD_SENTENCE.test(attempt.message)
          ),
      )
      .map(({ what, message }) => ({ what, message }));
  const serverErrors = () =>
    attempts.filter((attempt) => attempt.status >= 500);
  /** A path of the document with real ids, where it has `{id}`. */
  const realPath = (template: string) =>
    template.replace('{id}', fixtures[template.split('/')[2]] ?? '1');
  /** The walks keep the fixtures: deleting them would leave later walks only 404s. */
  const keepsFixtures = (template: string, method: string) =>
    !(method === 'delete' && template.includes('{id}'));
  const create = async (collection: string, body: unknown) => {
    const response = await app.request(`/api/${collection}`, {
      method: 'POST',
      body,
    });
    expect(response.status).toBe(201);
    fixtures[collection] = ((await response.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    feeds = await new FeedServer().start();
    mastodon = await new MastodonServer().start();
    mastodon.addAccount({ username: 'walk' });
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    const document = (await (
      await app.request('/api/docs/openapi.json', { token: null })
    ).json()) as { paths: Paths };
    paths = document.paths;
    await create('topics', { name: 'Novo', kind: 'company', query: 'novo' });
    await create('sources', { url: feeds.serve('/walk', { items: [] }) });
    await create('columns', { name: 'Novo', filter: {} });
    await create('accounts', { url: `${mastodon.url}/@walk`, role: 'own' });
    await create('goals', {
      name: 'Ti',
      metric: 'mentions',
      target: 10,
      period: 'week',
    });
    await create('lists', { name: 'Nyheder' });
    await create('alert-rules', {
      name: 'Novo',
      trigger: 'mention',
      channel: { type: 'webhook', url: 'http://127.0.0.1:9/hook' },
    });
  });
  beforeEach(() => {
    attempts = [];
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    await feeds.stop();
    await mastodon.stop();
  });

  it('documents routes with ids, query parameters and bodies to walk', () => {
    const operations = Object.entries(paths).flatMap(([path, methods]) =>
      Object.values(methods).map((operation) => ({ path, operation })),
    );
    expect(
      operations.filter(({ path }) => path.includes('{id}')).length,
    ).toBeGreaterThanOrEqual(8);
    // A new collection gets a fixture, or its bodies are walked against 404s only.
    // A mention needs a polled item; its PATCH body has one field, walked by the id walk.
    const collections = new Set(
      operations
        .filter(({ path }) => path.includes('{id}'))
        .map(({ path }) => path.split('/')[2]!),
    );
    expect(
      [...collections].filter(
        (collection) => collection !== 'mentions' && !fixtures[collection],
      ),
    ).toEqual([]);
    expect(
      operations.filter(({ operation }) => operation.requestBody).length,
    ).toBeGreaterThanOrEqual(5);
    expect(
      operations
        .flatMap(({ operation }) => operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query').length,
    ).toBeGreaterThanOrEqual(20);
  });

  it('answers a malformed or unknown id with 404 on every route that takes one', async () => {
    for (const [template, methods] of Object.entries(paths)) {
      if (!template.includes('{id}')) continue;
      for (const method of Object.keys(methods)) {
        for (const id of [...MALFORMED_IDS, ...UNKNOWN_IDS]) {
          const path = template.replace('{id}', id);
          const { status } = await send(`id ${id.slice(0, 20)}`, method, path, {
            type: 'application/json',
            // A valid body, so that only the id is wrong.
            body:
              method !== 'patch'
                ? undefined
                : template.startsWith('/api/mentions')
                  ? '{"hidden": true}'
                  : '{}',
          });
          // Express refuses a broken percent-encoding with 400 before any route sees it.
          if (status !== 404 && !(status === 400 && id === '%E0%A4%A'))
            throw new Error(
              `${method.toUpperCase()} ${path.slice(0, 80)} answered ${status}`,
            );
        }
      }
    }
    expect(serverErrors()).toEqual([]);
  });

  it('never answers bad query parameters with a 5xx, and words each 400 as "field: why"', async () => {
    for (const [template, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!keepsFixtures(template, method)) continue;
        const path = realPath(template);
        const query = (operation.parameters ?? []).filter(
          (parameter) => parameter.in === 'query',
        );
        for (const parameter of query) {
          for (const value of BAD_QUERY_VALUES) {
            await send(
              `?${parameter.name}=${value.slice(0, 20)}`,
              method,
              `${path}?${parameter.name}=${encodeURIComponent(value)}`,
            );
          }
          await send(
            'repeated',
            method,
            `${path}?${parameter.name}=1&${parameter.name}=2`,
          );
          await send(
            'bracketed',
            method,
            `${path}?${parameter.name}[a]=1&${parameter.name}[]=2`,
          );
        }
        await send(
          'unknown parameter',
          method,
          `${path}?evil=%27%3B--&__proto__=1`,
        );
      }
    }
    expect(serverErrors()).toEqual([]);
    expect(unworded()).toEqual([]);
  });

  it('answers bad bodies with a 4xx, never a 5xx, each 400 worded as "field: why"', async () => {
    for (const [template, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        if (!operation.requestBody) continue;
        const path = realPath(template);
        for (const bad of BAD_BODIES) {
          const { status } = await send(bad.name, method, path, bad);
          expect(status).toBeGreaterThanOrEqual(400);
        }
      }
    }
    expect(serverErrors()).toEqual([]);
    expect(unworded()).toEqual([]);
  });

  it('never answers fields of the wrong kind with a 5xx, and words each 400 as "field: why"', async () => {
    const schemas = (await (
      await app.request('/api/docs/openapi.json', { token: null })
    ).json()) as {
      components: {
        schemas: Record<string, { properties?: Record<string, unknown> }>;
      };
    };
    for (const [template, methods] of Object.entries(paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const ref = (
          operation.requestBody as
            | { content?: Record<string, { schema?: { $ref?: string } }> }
            | undefined
        )?.content?.['application/json']?.schema?.$ref;
        if (!ref) continue;
        const fields = Object.keys(
          schemas.components.schemas[ref.split('/').at(-1)!]?.properties ?? {},
        );
        expect(fields.length).toBeGreaterThan(0);
        for (const field of fields) {
          for (const value of BAD_FIELD_VALUES) {
            await send(
              `${field}=${JSON.stringify(value)?.slice(0, 20)}`,
              method,
              realPath(template),
              {
                type: 'application/json',
                body: JSON.stringify({ [field]: value }),
              },
            );
          }
        }
      }
    }
    expect(serverErrors()).toEqual([]);
    expect(unworded()).toEqual([]);
  });

  it('still serves after all of it, with every fixture still there', async () => {
    const response = await app.request('/api/health', { token: null });
    expect(response.status).toBe(200);
    for (const [collection, id] of Object.entries(fixtures))
      expect([
        collection,
        (await app.request(`/api/${collection}/${id}`)).status,
      ]).toEqual([collection, 200]);
    expect(sent).toBeGreaterThan(500);
  });
});
