import type { Mention, MentionPage, Source, Topic } from '@lyt/contracts';
import { Client } from 'pg';
import { io } from 'socket.io-client';
import { FeedItemSpec, FeedServer } from '@lyt/testing';
import {
  ADMIN_TOKEN,
  startTestApp,
  TestApp,
  VIEWER_TOKEN,
} from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** Feed posts; the test feed server publishes post n at 2026-11-01 08:0n UTC. */
const ERHVERV: FeedItemSpec[] = [
  {
    guid: 'e0',
    title: 'Novo Nordisk bygger nye fabrikker i Kalundborg',
    text: 'Fantastisk gode nyheder for byen. #dkbiz #Pharma',
  },
  {
    guid: 'e1',
    title: 'LEGO åbner ny fabrik',
    text: 'Skuffende og dårlige resultater, vrede medarbejdere. #DKbiz',
  },
  {
    guid: 'e2',
    title: 'Legoland lukker for sæsonen',
    text: 'Parken åbner igen til foråret',
  },
  {
    guid: 'e3',
    title: 'Vejret',
    text: 'Regn i hele landet i morgen #vejr',
  },
];
const TECH: FeedItemSpec[] = [
  {
    guid: 't0',
    title: 'Novo Nordisk in America',
    text: 'Quarterly results for Novo Nordisk in the United States. #dkbiz',
  },
  {
    guid: 't1',
    title: 'Ørsted og LEGO',
    text: 'Samarbejde om vindmøller. #GivLivetVidere',
  },
];

interface SqlItem {
  guid: string;
  sourceId: string;
  topicIds: string[];
  publishedAt: string;
  title?: string | null;
  text?: string;
  author?: string | null;
  hashtags?: string[];
  language?: string | null;
  hidden?: boolean;
}

/** Stores an item the way the collector does (a seq in commit order) with mentions of `topicIds`; returns its mention id. */
async function insertItem(db: Client, item: SqlItem): Promise<string> {
  const {
    rows: [row],
  } = await db.query(
    `WITH i AS (
       INSERT INTO item (source_id, guid, title, text, author, published_at, hashtags, language,
                         sentiment_score, sentiment_label, hidden)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 'neutral', $9)
       RETURNING id),
     st AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM i RETURNING seq, item_id)
     SELECT item_id AS id, seq::text AS seq FROM st`,
    [
      item.sourceId,
      item.guid,
      item.title ?? item.guid,
      item.text ?? item.guid,
      item.author ?? null,
      item.publishedAt,
      item.hashtags ?? [],
      item.language ?? 'da',
      item.hidden ?? false,
    ],
  );
  await db.query(
    `INSERT INTO mention (item_id, topic_id) SELECT $1, unnest($2::uuid[])`,
    [row.id, item.topicIds],
  );
  return row.seq;
}

/** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      index++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0)
    throw new Error('the last line has no CRLF');
  const [header, ...records] = rows;
  for (const record of records) {
    if (record.length !== header!.length)
      throw new Error(
        `a line has ${record.length} fields: ${record.join('|')}`,
      );
  }
  return records.map((record) =>
    Object.fromEntries(header!.map((name, column) => [name, record[column]!])),
  );
}

interface Fixture {
  app: TestApp;
  db: Client;
  feeds: FeedServer;
  database: TestDatabase;
}

async function startFixture(): Promise<Fixture> {
  const feeds = await new FeedServer().start();
  const database = await createTestDatabase();
  // No collector: items arrive only when a test polls or inserts them.
  const app = await startTestApp(database.url, { LYT_ROLES: 'api' });
  const db = new Client({ connectionString: database.url });
  await db.connect();
  return { app, db, feeds, database };
}

async function stopFixture(fixture: Fixture): Promise<void> {
  await fixture.db.end();
  await fixture.app.close();
  await fixture.database.drop();
  await fixture.feeds.stop();
}

function client(fixture: () => Fixture) {
  const call = async <T>(
    path: string,
    options: { token?: string; method?: string; body?: unknown } = {},
  ) => {
    const response = await fixture().app.request(path, options);
    return {
      status: response.status,
      body: (await response.json()) as T & { message: string },
    };
  };
  const page = async (query = '') => {
    const { status, body } = await call<MentionPage>(`/api/mentions?${query}`);
    if (status !== 200)
      throw new Error(`GET /api/mentions?${query}: ${status} ${body.message}`);
    return body;
  };
  const titles = async (query = '') =>
    (await page(query)).items.map((mention) => mention.title);
  const createTopic = async (name: string, kind: string, query: string) => {
    const { body: topic } = await call<Topic>('/api/topics', {
      method: 'POST',
      body: { name, kind, query },
    });
    // Creating a topic re-matches history in the background: let it finish before adding rows.
    for (const deadline = Date.now() + 10_000; ;) {
      const { body } = await call<Topic>(`/api/topics/${topic.id}`);
      if (body.rematch.status === 'done') return topic;
      if (Date.now() > deadline) throw new Error(`re-match of ${name} hangs`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const createSource = async (path: string, items: FeedItemSpec[]) => {
    const { body } = await call<Source>('/api/sources', {
      method: 'POST',
      body: {
        url: fixture().feeds.serve(path, { items }),
        name: path.slice(1),
      },
    });
    return body;
  };
  const poll = (source: Source) =>
    call(`/api/sources/${source.id}/poll`, { method: 'POST', body: {} });
  const csv = async (query = '', token?: string) => {
    const response = await fixture().app.request(`/api/mentions.csv?${query}`, {
      token,
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    return { response, bytes, text: bytes.toString('utf8') };
  };
  return { call, page, titles, createTopic, createSource, poll, csv };
}

describe('mentions: list, export and moderation', () => {
  let fixture: Fixture;
  const api = client(() => fixture);
  const topics: Record<string, Topic> = {};
  const sources: Record<string, Source> = {};
  /** Mention ids by guid. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    fixture = await startFixture();
    topics['novo'] = await api.createTopic('Novo', 'company', 'novo');
    topics['lego'] = await api.createTopic(
      'LEGO',
      'competitor',
      'lego -legoland',
    );
    topics['erhverv'] = await api.createTopic(
      'Dansk erhverv',
      'industry',
      '#dkbiz',
    );
    topics['vejret'] = await api.createTopic('Vejret', 'custom', 'regn');
    sources['erhverv'] = await api.createSource('/erhverv', ERHVERV);
    sources['tech'] = await api.createSource('/tech', TECH);
    await api.poll(sources['erhverv']);
    await api.poll(sources['tech']);
    // The test feed declares Danish for every post; this one is English.
    await fixture.db.query(`UPDATE item SET language = 'en' WHERE guid = 't0'`);
    // A post whose text no feed could deliver (feeds collapse line breaks), to export.
    await insertItem(fixture.db, {
      guid: 'x1',
      sourceId: sources['erhverv'].id,
      topicIds: [topics['novo'].id],
      publishedAt: '2026-10-30T12:00:00Z',
      title: '=HYPERLINK("https://evil.example","klik")',
      text: 'Kunden sagde: "Novo, tak!"\nNy linje med æøå og ÆØÅ',
      author: '@kunde@social.example',
    });
    const { rows } = await fixture.db.query(
      `SELECT i.guid, st.seq::text AS seq FROM item i JOIN item_stream st ON st.item_id = i.id`,
    );
    for (const row of rows) ids[row.guid] = row.seq;
  });
  afterAll(() => stopFixture(fixture));

  describe('GET /api/mentions', () => {
    it('lists every item that matched a topic, newest first, the later commit first at the same time', async () => {
      expect(await api.titles()).toEqual([
        'Vejret',
        'Ørsted og LEGO',
        'LEGO åbner ny fabrik',
        'Novo Nordisk in America',
        'Novo Nordisk bygger nye fabrikker i Kalundborg',
        '=HYPERLINK("https://evil.example","klik")',
      ]);
    });

    it('shows a mention with its source, topics, hashtags, language and sentiment', async () => {
      const { items, nextCursor } = await api.page();
      const mention = items.find((item) => item.id === ids['e0']);
      expect(nextCursor).toBeNull();
      expect(mention).toEqual<Mention>({
        id: ids['e0']!,
        title: 'Novo Nordisk bygger nye fabrikker i Kalundborg',
        text: 'Fantastisk gode nyheder for byen. #dkbiz #Pharma',
        url: 'https://example.dk/erhverv/e0',
        author: null,
        publishedAt: '2026-11-01T08:00:00.000Z',
        hashtags: ['dkbiz', 'pharma'],
        mediaUrl: null,
        engagement: null,
        deletedOnPlatform: false,
        language: 'da',
        sentiment: { score: expect.any(Number), label: 'positive' },
        source: { id: sources['erhverv']!.id, name: 'erhverv' },
        topics: [
          {
            id: topics['erhverv']!.id,
            name: 'Dansk erhverv',
            kind: 'industry',
            terms: ['#dkbiz'],
          },
          {
            id: topics['novo']!.id,
            name: 'Novo',
            kind: 'company',
            terms: ['novo'],
          },
        ],
      });
    });

    it('says which terms of a topic matched, also for history matched after the fact', async () => {
      const late = await api.createTopic(
        'Vind',
        'custom',
        'vind* OR "ørsted og" OR møller',
      );
      try {
        const { items } = await api.page(`topic=${late.id}`);
        expect(items.map((item) => item.id)).toEqual([ids['t1']]);
        expect(items[0]!.topics).toContainEqual({
          id: late.id,
          name: 'Vind',
          kind: 'custom',
          terms: ['"ørsted og"', 'vind*'],
        });
      } finally {
        await fixture.app.request(`/api/topics/${late.id}`, {
          method: 'DELETE',
        });
      }
    });

    it.each([
      ['one topic', () => `topic=${topics['lego']!.id}`, ['t1', 'e1']],
      [
        'any of several topics',
        () => `topic=${topics['lego']!.id}&topic=${topics['vejret']!.id}`,
        ['e3', 't1', 'e1'],
      ],
      ['a kind', () => 'kind=competitor', ['t1', 'e1']],
      [
        'any of several kinds',
        () => 'kind=custom&kind=company',
        ['e3', 't0', 'e0', 'x1'],
      ],
      ['a hashtag', () => 'hashtag=dkbiz', ['e1', 't0', 'e0']],
      [
        'a hashtag written with # and capitals',
        () => 'hashtag=%23DKbiz',
        ['e1', 't0', 'e0'],
      ],
      [
        'any of several hashtags',
        () => 'hashtag=vejr&hashtag=%23GivLivetVidere&hashtag=pharma',
        ['e3', 't1', 'e0'],
      ],
      ['a source', () => `source=${sources['tech']!.id}`, ['t1', 't0']],
      ['a sentiment', () => 'sentiment=negative', ['e1']],
      [
        'any of several sentiments',
        () => 'sentiment=negative&sentiment=positive',
        ['e1', 'e0'],
      ],
      ['a language', () => 'language=en', ['t0']],
      [
        'Danish free text, stemmed: "fabrikker" finds "fabrik"',
        () => 'q=fabrikker',
        ['e1', 'e0'],
      ],
      [
        'Danish free text, stemmed: "fabrik" finds "fabrikker"',
        () => 'q=fabrik',
        ['e1', 'e0'],
      ],
      [
        'English free text, stemmed: "result" finds "results"',
        () => 'q=result',
        ['t0'],
      ],
      ['free text in Danish letters', () => 'q=vindm%C3%B8ller', ['t1']],
      [
        'free text with a phrase and an exclusion',
        () => 'q=%22novo+nordisk%22+-america',
        ['e0'],
      ],
      [
        'from (inclusive) and to (exclusive)',
        () => 'from=2026-11-01T08:01:00Z&to=2026-11-01T08:03:00Z',
        ['t1', 'e1'],
      ],
      ['to a date', () => 'to=2026-11-01', ['x1']],
      [
        'from a time with an offset',
        () => 'from=2026-11-01T09:01:00%2B01:00',
        ['e3', 't1', 'e1'],
      ],
      [
        'several filters at once',
        () => 'kind=company&hashtag=dkbiz&language=da&sentiment=positive',
        ['e0'],
      ],
    ])('filters by %s', async (_, query, guids) => {
      const { items } = await api.page(query());
      expect(items.map((item) => item.id)).toEqual(
        guids.map((guid) => ids[guid]),
      );
    });

    it('lets a viewer read and refuses a request without a token', async () => {
      const viewer = await api.call<MentionPage>('/api/mentions', {
        token: VIEWER_TOKEN,
      });
      expect(viewer.status).toBe(200);
      expect(viewer.body.items).toHaveLength(6);
      const anonymous = await fixture.app.request('/api/mentions', {
        token: null,
      });
      expect(anonymous.status).toBe(401);
    });

    it.each([
      [
        'kind=partner',
        'kind: must be one of company, competitor, industry, custom',
      ],
      ['kind=company&kind=partner', 'kind: must be one of'],
      ['topic=novo', 'topic: must be a UUID'],
      ['source=1', 'source: must be a UUID'],
      [
        'sentiment=happy',
        'sentiment: must be one of positive, neutral, negative',
      ],
      ['language=dansk', 'language: must be a two-letter ISO 639-1 code'],
      ['hashtag=%23', 'hashtag:'],
      ['hashtag=dk+biz', 'hashtag:'],
      ['q=a%00b', 'q: must not contain a NUL character'],
      ['q=a&q=b', 'q: must be given once'],
      ['from=yesterday', 'from: must be an ISO 8601 date or time'],
      ['from=2026-02-30', 'from: must be an ISO 8601 date or time'],
      ['to=2026-11-01T25:00:00Z', 'to: must be an ISO 8601 date or time'],
      ['from=2026-11-02&to=2026-11-01', 'from: must not be after to'],
      ['cursor=garbage!', 'cursor: invalid'],
      [`cursor=${Buffer.from('x.1').toString('base64url')}`, 'cursor: invalid'],
      [
        `cursor=${Buffer.from('1.99999999999999999999').toString('base64url')}`,
        'cursor: invalid',
      ],
      [
        `cursor=${Buffer.from('99999999999999999999.1').toString('base64url')}`,
        'cursor: invalid',
      ],
      ['limit=0', 'limit: must be a whole number from 1 to 200'],
      ['limit=201', 'limit: must be a whole number from 1 to 200'],
      ['limit=ten', 'limit: must be a whole number from 1 to 200'],
      ['limit=1e2', 'limit: must be a whole number from 1 to 200'],
      ['topic[]=x', 'topic[]: unknown parameter'],
      ['tpoic=x', 'tpoic: unknown parameter'],
    ])('refuses ?%s with 400 naming the field', async (query, message) => {
      const { status, body } = await api.call(`/api/mentions?${query}`);
      expect(status).toBe(400);
      expect(body.message).toContain(message);
    });

    it.each([
      'q=%22%22%22', // an unbalanced quote
      "q=)(%26|!:*'\\", // tsquery operators
      'q=og', // only a stop word
      'q=%FF%FE', // not UTF-8
      'q=' + 'x'.repeat(500),
      'limit=200',
      'limit=1',
      'hashtag=&kind=', // empty fields of a form
    ])('answers the odd but valid ?%s without error', async (query) => {
      const { status } = await api.call(`/api/mentions?${query}`);
      expect(status).toBe(200);
    });
  });

  describe('GET /api/mentions.csv', () => {
    it('downloads every mention as UTF-8 CSV with a BOM, a header and the filename of the day', async () => {
      const before = new Date().toISOString().slice(0, 10);
      const { response, bytes, text } = await api.csv();
      const after = new Date().toISOString().slice(0, 10);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(
        'text/csv; charset=utf-8',
      );
      expect(
        [before, after].map(
          (day) => `attachment; filename="lyt-mentions-${day}.csv"`,
        ),
      ).toContain(response.headers.get('content-disposition'));
      // Streamed: sent in chunks, never measured out in advance.
      expect(response.headers.get('transfer-encoding')).toBe('chunked');
      expect(response.headers.get('content-length')).toBeNull();
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(text.slice(1).split('\r\n')[0]).toBe(
        'id,published_at,source,author,title,text,url,hashtags,topics,matched_terms,sentiment,sentiment_score,language',
      );
      const records = parseCsv(text.slice(1));
      expect(records.map((record) => record['id'])).toEqual(
        (await api.page()).items.map((item) => item.id),
      );
      expect(records.find((record) => record['id'] === ids['e0'])).toEqual({
        id: ids['e0'],
        published_at: '2026-11-01T08:00:00.000Z',
        source: 'erhverv',
        author: '',
        title: 'Novo Nordisk bygger nye fabrikker i Kalundborg',
        text: 'Fantastisk gode nyheder for byen. #dkbiz #Pharma',
        url: 'https://example.dk/erhverv/e0',
        hashtags: '#dkbiz #pharma',
        topics: 'Dansk erhverv; Novo',
        matched_terms: '#dkbiz; novo',
        sentiment: 'positive',
        sentiment_score: expect.stringMatching(/^0\.\d+$/),
        language: 'da',
      });
    });

    it('quotes commas, quotes and line breaks, keeps æøå, and defuses formulas', async () => {
      const { text } = await api.csv();
      expect(text).toContain(
        `,"'=HYPERLINK(""https://evil.example"",""klik"")","Kunden sagde: ""Novo, tak!""\nNy linje med æøå og ÆØÅ",`,
      );
      const record = parseCsv(text.slice(1)).find(
        (row) => row['id'] === ids['x1'],
      );
      expect(record).toMatchObject({
        title: `'=HYPERLINK("https://evil.example","klik")`,
        text: 'Kunden sagde: "Novo, tak!"\nNy linje med æøå og ÆØÅ',
        author: "'@kunde@social.example",
        sentiment_score: '0',
      });
    });

    it('exports the same mentions as the list for the same filters', async () => {
      for (const query of [
        'hashtag=%23DKbiz',
        `topic=${topics['lego']!.id}&kind=competitor`,
        'q=fabrikker&from=2026-11-01',
        'sentiment=neutral&language=da',
      ]) {
        const records = parseCsv((await api.csv(query)).text.slice(1));
        const { items } = await api.page(query);
        expect(items.length).toBeGreaterThan(0);
        expect(records.map((record) => record['id'])).toEqual(
          items.map((item) => item.id),
        );
      }
    });

    it('lets a viewer export', async () => {
      const { response } = await api.csv('', VIEWER_TOKEN);
      expect(response.status).toBe(200);
    });

    it.each([
      [
        'kind=partner',
        'kind: must be one of company, competitor, industry, custom',
      ],
      ['from=soon', 'from: must be an ISO 8601 date or time'],
      ['limit=10', 'limit: unknown parameter'],
      ['cursor=abc', 'cursor: unknown parameter'],
    ])('refuses ?%s with 400 naming the field', async (query, message) => {
      const { response, text } = await api.csv(query);
      expect(response.status).toBe(400);
      expect((JSON.parse(text) as { message: string }).message).toContain(
        message,
      );
    });
  });

  it('documents its parameters in the OpenAPI document', async () => {
    const { body } = await api.call<{
      paths: Record<string, Record<string, { parameters: { name: string }[] }>>;
    }>('/api/docs/openapi.json');
    const names = (path: string) =>
      body.paths[path]!['get']!.parameters.map((parameter) => parameter.name);
    const filters = [
      'topic',
      'kind',
      'hashtag',
      'source',
      'sentiment',
      'language',
      'q',
      'from',
      'to',
      'list',
    ];
    expect(names('/api/mentions').sort()).toEqual(
      [...filters, 'cursor', 'limit', 'sort'].sort(),
    );
    expect(names('/api/mentions.csv').sort()).toEqual([...filters].sort());
    expect(body.paths['/api/mentions/{id}']!['patch']).toBeDefined();
  });

  describe('PATCH /api/mentions/:id', () => {
    const hide = (id: string, hidden: boolean, token?: string) =>
      api.call<{ id: string; hidden: boolean }>(`/api/mentions/${id}`, {
        method: 'PATCH',
        body: { hidden },
        token,
      });
    const csvIds = async (query = '') =>
      parseCsv((await api.csv(query)).text.slice(1)).map(
        (record) => record['id'],
      );

    afterEach(() =>
      fixture.db.query(`UPDATE item SET hidden = false, hidden_at = NULL`),
    );

    it('hides a mention from every list and the export at once, and tells every screen after the commit', async () => {
      const socket = io(`${fixture.app.url}/live`, {
        auth: { token: VIEWER_TOKEN },
        transports: ['websocket'],
        reconnection: false,
      });
      try {
        await new Promise<void>((resolve, reject) => {
          socket.once('connect', resolve);
          socket.once('connect_error', reject);
        });
        const told = new Promise<{ id: string; hiddenInDatabase: boolean }>(
          (resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error('no hidden event within 5 s')),
              5000,
            );
            socket.once('hidden', ({ id }: { id: string }) => {
              clearTimeout(timer);
              fixture.db
                .query(
                  `SELECT hidden FROM item WHERE id = (SELECT item_id FROM item_stream WHERE seq = $1)`,
                  [id],
                )
                .then(
                  ({ rows }) =>
                    resolve({ id, hiddenInDatabase: rows[0].hidden }),
                  reject,
                );
            });
          },
        );

        const { status, body } = await hide(ids['e1']!, true);

        expect(status).toBe(200);
        expect(body).toEqual({ id: ids['e1'], hidden: true });
        expect(await told).toEqual({ id: ids['e1'], hiddenInDatabase: true });
      } finally {
        socket.close();
      }
      expect((await api.page()).items.map((item) => item.id)).not.toContain(
        ids['e1'],
      );
      expect(await api.titles('kind=competitor')).toEqual(['Ørsted og LEGO']);
      expect(await api.titles('q=fabrik')).toEqual([
        'Novo Nordisk bygger nye fabrikker i Kalundborg',
      ]);
      expect(await csvIds()).not.toContain(ids['e1']);
      expect(await csvIds('hashtag=dkbiz')).toEqual([ids['t0'], ids['e0']]);
      const { rows } = await fixture.db.query(
        `SELECT hidden, hidden_at > now() - interval '1 minute' AS recent FROM item WHERE id = (SELECT item_id FROM item_stream WHERE seq = $1)`,
        [ids['e1']],
      );
      expect(rows[0]).toEqual({ hidden: true, recent: true });
    });

    it('shows a hidden mention again when un-hidden', async () => {
      await hide(ids['t1']!, true);
      expect(await api.titles('kind=competitor')).toEqual([
        'LEGO åbner ny fabrik',
      ]);

      const { status, body } = await hide(ids['t1']!, false);

      expect(status).toBe(200);
      expect(body).toEqual({ id: ids['t1'], hidden: false });
      expect(await api.titles('kind=competitor')).toEqual([
        'Ørsted og LEGO',
        'LEGO åbner ny fabrik',
      ]);
      expect(await csvIds('kind=competitor')).toEqual([ids['t1'], ids['e1']]);
      const { rows } = await fixture.db.query(
        `SELECT hidden, hidden_at FROM item WHERE id = (SELECT item_id FROM item_stream WHERE seq = $1)`,
        [ids['t1']],
      );
      expect(rows[0]).toEqual({ hidden: false, hidden_at: null });
    });

    it('keeps the first hidden_at when a hidden mention is hidden again', async () => {
      await hide(ids['e3']!, true);
      const first = await fixture.db.query(
        `SELECT hidden_at FROM item WHERE id = (SELECT item_id FROM item_stream WHERE seq = $1)`,
        [ids['e3']],
      );
      const again = await hide(ids['e3']!, true);
      const second = await fixture.db.query(
        `SELECT hidden_at FROM item WHERE id = (SELECT item_id FROM item_stream WHERE seq = $1)`,
        [ids['e3']],
      );
      expect(again.body).toEqual({ id: ids['e3'], hidden: true });
      expect(second.rows[0].hidden_at).toEqual(first.rows[0].hidden_at);
    });

    it('lists the hidden mentions for moderation, with the filters, and not the visible ones; the viewer gets 403', async () => {
      await hide(ids['e1']!, true);
      await hide(ids['t1']!, true);
      const hidden = await api.call<MentionPage>('/api/mentions/hidden');
      expect(hidden.status).toBe(200);
      expect(hidden.body.items.map((item) => item.id).sort()).toEqual(
        [ids['e1'], ids['t1']].sort(),
      );
      const competitor = await api.call<MentionPage>(
        '/api/mentions/hidden?kind=competitor&limit=1',
      );
      expect(competitor.body.items).toHaveLength(1);
      expect(competitor.body.nextCursor).not.toBeNull();
      const rest = await api.call<MentionPage>(
        `/api/mentions/hidden?kind=competitor&limit=1&cursor=${competitor.body.nextCursor}`,
      );
      expect(
        [...competitor.body.items, ...rest.body.items]
          .map((item) => item.id)
          .sort(),
      ).toEqual([ids['e1'], ids['t1']].sort());

      await hide(ids['t1']!, false);
      expect(
        (await api.call<MentionPage>('/api/mentions/hidden')).body.items.map(
          (item) => item.id,
        ),
      ).toEqual([ids['e1']]);
      expect(
        (await api.call('/api/mentions/hidden', { token: VIEWER_TOKEN }))
          .status,
      ).toBe(403);
      expect(
        (await api.call('/api/mentions/hidden?cursor=nonsense')).status,
      ).toBe(400);
    });

    it('refuses the viewer with 403 and leaves the mention visible', async () => {
      const { status } = await hide(ids['e0']!, true, VIEWER_TOKEN);
      expect(status).toBe(403);
      expect((await api.page()).items.map((item) => item.id)).toContain(
        ids['e0'],
      );
    });

    it.each(['999999', 'abc', '0', '-1', '1.5', '99999999999999999999'])(
      'answers 404 for the unknown mention %s',
      async (id) => {
        const { status, body } = await hide(id, true);
        expect(status).toBe(404);
        expect(body.message).toContain(`no mention ${id}`);
      },
    );

    it.each<[string, unknown, string]>([
      ['no hidden', {}, 'hidden: must be true or false'],
      ['a string', { hidden: 'true' }, 'hidden: must be true or false'],
      ['null', { hidden: null }, 'hidden: must be true or false'],
      ['an unknown field', { hidden: true, pinned: true }, 'pinned'],
    ])('refuses a body with %s with 400', async (_, body, message) => {
      const response = await api.call(`/api/mentions/${ids['e0']}`, {
        method: 'PATCH',
        body,
      });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body.message)).toContain(message);
      expect((await api.page()).items.map((item) => item.id)).toContain(
        ids['e0'],
      );
    });

    it('refuses a body that is not JSON with 400', async () => {
      const response = await fetch(
        `${fixture.app.url}/api/mentions/${ids['e0']}`,
        {
          method: 'PATCH',
          headers: {
            Authorization: `Bearer ${ADMIN_TOKEN}`,
            'Content-Type': 'application/json',
          },
          body: '{"hidden": tru',
        },
      );
      expect(response.status).toBe(400);
    });
  });
});

describe('mentions: paging', () => {
  let fixture: Fixture;
  const api = client(() => fixture);
  let source: Source;
  let feedSource: Source;
  const topics: Record<string, Topic> = {};
  const insert = (
    guid: string,
    topic: string,
    publishedAt: string,
    extra: Partial<SqlItem> = {},
  ) =>
    insertItem(fixture.db, {
      guid,
      sourceId: source.id,
      topicIds: [topics[topic]!.id],
      publishedAt,
      text: `${topic} ${guid}`,
      ...extra,
    });
  /** The mention ids the database holds for a filter, in the order the API promises. */
  const expectedOrder = async (topic: string) =>
    (
      await fixture.db.query(
        `SELECT st.seq::text AS id FROM item i JOIN item_stream st ON st.item_id = i.id
          WHERE NOT i.hidden AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id AND m.topic_id = $1)
          ORDER BY i.published_at DESC, st.seq DESC`,
        [topics[topic]!.id],
      )
    ).rows.map((row: { id: string }) => row.id);
  const walk = async (
    query: string,
    between: (page: number) => Promise<void> = async () => {},
  ) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 1; ; page++) {
      const { items, nextCursor }: MentionPage = await api.page(
        cursor ? `${query}&cursor=${cursor}` : query,
      );
      expect(items.length).toBeGreaterThan(0);
      seen.push(...items.map((item) => item.id));
      if (!nextCursor) return seen;
      cursor = nextCursor;
      await between(page);
    }
  };

  beforeAll(async () => {
    fixture = await startFixture();
    topics['kant'] = await api.createTopic('Kant', 'custom', 'kant');
    topics['tid'] = await api.createTopic('Tid', 'custom', 'tid');
    topics['bulk'] = await api.createTopic('Bulk', 'custom', 'bulk');
    source = await api.createSource('/sql', []);
    feedSource = await api.createSource('/kant', []);
    // 2,500 mentions in threes at the same second, so that export pages end inside a tie.
    await fixture.db.query(
      `WITH items AS (
         INSERT INTO item (source_id, guid, title, text, published_at, sentiment_score, sentiment_label, language)
         SELECT $1, 'bulk' || n, 'Bulk ' || n, 'bulk række ' || n || ', med komma og "citat"',
                timestamptz '2026-10-01T00:00:00Z' - (n / 3) * interval '1 second', -0.25, 'negative', 'da'
           FROM generate_series(1, 2500) AS n
         RETURNING id),
       published AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM (SELECT id FROM items ORDER BY id) AS ordered)
       INSERT INTO mention (item_id, topic_id) SELECT id, $2 FROM items`,
      [source.id, topics['bulk']!.id],
    );
  });
  afterAll(() => stopFixture(fixture));

  it('walks every page once, in order, while new items arrive between the requests', async () => {
    const originals: string[] = [];
    // A dozen at the very same instant, spread over several pages of four.
    for (let n = 0; n < 12; n++)
      originals.push(await insert(`tie${n}`, 'kant', '2026-11-01T08:00:30Z'));
    for (let n = 0; n < 10; n++)
      originals.push(
        await insert(
          `spread${n}`,
          'kant',
          `2026-11-01T0${7 + (n % 2)}:${10 + n * 4}:00Z`,
        ),
      );
    // Not mentions of this topic, or not visible: never listed.
    await insert('hidden', 'kant', '2026-11-01T08:00:31Z', { hidden: true });
    await insert('other', 'tid', '2026-11-01T08:00:32Z');
    const arrived: Record<string, string> = {};

    const seen = await walk(
      `topic=${topics['kant']!.id}&limit=4`,
      async (page) => {
        if (page === 1)
          arrived['newest'] = await insert(
            'newest',
            'kant',
            '2026-11-01T09:30:00Z',
          );
        if (page === 2)
          arrived['tie'] = await insert(
            'late-tie',
            'kant',
            '2026-11-01T08:00:30Z',
          );
        if (page === 3) {
          // Through the collector: three posts published 08:00 to 08:02.
          fixture.feeds.serve('/kant', {
            items: ['k0', 'k1', 'k2'].map((guid) => ({
              guid,
              title: `kant ${guid}`,
              text: 'kant',
            })),
          });
          await api.poll(feedSource);
        }
        if (page === 4)
          arrived['oldest'] = await insert(
            'oldest',
            'kant',
            '2026-11-01T06:00:00Z',
          );
      },
    );

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(expect.arrayContaining(originals));
    // Newer than the pages already read: not slipped into the later ones.
    expect(seen).not.toContain(arrived['newest']);
    // Older than where the client stood: it comes along.
    expect(seen).toContain(arrived['oldest']);
    const order = await expectedOrder('kant');
    expect(seen).toEqual(order.filter((id) => seen.includes(id)));
    expect(order.filter((id) => !seen.includes(id))).toEqual(
      expect.arrayContaining([arrived['newest']]),
    );
  });

  it('breaks ties at the same instant by the later commit first', async () => {
    const tied: string[] = [];
    for (let n = 0; n < 5; n++)
      tied.push(await insert(`same${n}`, 'tid', '2026-11-02T12:00:00Z'));

    const seen = await walk(
      `topic=${topics['tid']!.id}&from=2026-11-02&limit=2`,
    );

    expect(seen).toEqual([...tied].reverse());
  });

  it('keeps microseconds apart in the cursor, so that no page ends between them', async () => {
    // Committed in the opposite order of their times, a microsecond apart.
    const third = await insert('us3', 'tid', '2026-11-03T12:00:00.000003Z');
    const second = await insert('us2', 'tid', '2026-11-03T12:00:00.000002Z');
    const first = await insert('us1', 'tid', '2026-11-03T12:00:00.000001Z');
    const sameMillisecond = await insert(
      'ms',
      'tid',
      '2026-11-03T12:00:00.000999Z',
    );

    const seen = await walk(
      `topic=${topics['tid']!.id}&from=2026-11-03&limit=1`,
    );

    expect(seen).toEqual([sameMillisecond, third, second, first]);
  });

  it('gives 50 by default, up to 200 when asked, and a cursor to the rest', async () => {
    const bulk = `topic=${topics['bulk']!.id}`;
    const byDefault = await api.page(bulk);
    expect(byDefault.items).toHaveLength(50);
    expect(byDefault.nextCursor).toEqual(expect.any(String));
    const most = await api.page(
      `${bulk}&limit=200&cursor=${byDefault.nextCursor}`,
    );
    expect(most.items).toHaveLength(200);
    const order = await expectedOrder('bulk');
    expect([...byDefault.items, ...most.items].map((item) => item.id)).toEqual(
      order.slice(0, 250),
    );
    expect((await api.page()).items).toHaveLength(50);
    expect((await api.call(`/api/mentions?${bulk}&limit=201`)).status).toBe(
      400,
    );
  });

  it('answers the last page with a null cursor and no empty page after it', async () => {
    const seen = await walk(
      `topic=${topics['bulk']!.id}&from=2026-09-30T23:50:00Z&limit=100`,
    );
    // 3 per second from 00:00:00 back to 23:50:00 the day before: 601 seconds.
    expect(seen).toHaveLength(1802);
  });

  it('streams an export of thousands of mentions page by page, each once, in order', async () => {
    const { response, text } = await api.csv(`topic=${topics['bulk']!.id}`);

    expect(response.status).toBe(200);
    const records = parseCsv(text.slice(1));
    expect(records.map((record) => record['id'])).toEqual(
      await expectedOrder('bulk'),
    );
    expect(records[0]).toMatchObject({
      text: 'bulk række 2, med komma og "citat"',
      sentiment: 'negative',
      sentiment_score: '-0.25',
    });
  });
});
