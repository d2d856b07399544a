import type {
  AuthorStats,
  BlindSpotStats,
  HashtagPairStats,
  HashtagStats,
  HashtagVolumeStats,
  InterestList,
  MentionPage,
  SentimentStats,
  ShareOfVoiceStats,
  SourceStats,
  SpikeStats,
  SummaryStats,
  VolumeStats,
} from '@lyt/contracts';
import { Client } from 'pg';
import { StatsCompactionService } from '../src/modules/stats/stats-compaction.service';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface ItemSpec {
  at: string;
  source: string;
  topics: string[];
  hashtags?: string[];
  author?: string | null;
  sentiment?: ['positive' | 'neutral' | 'negative', number];
  hidden?: boolean;
  duplicateOf?: string;
}

const RANGE = 'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z';
const UNKNOWN = '6f1c1f7e-0d9a-4c38-9a51-0d1e2f3a4b5c';

/**
 * `list=` on every statistic: only mentions of items from the list's sources
 * (an account through its source), counted by the rollups' rule, and the
 * same numbers `/api/mentions?list=` lists.
 */
describe('statistics of an interest list', () => {
  let database: TestDatabase;
  let app: TestApp;
  let db: Client;
  let guid = 0;
  let us: string;
  let them: string;
  let industry: string;
  let media: string;
  let blog: string;
  let other: string;
  let accountSource: string;
  let listed: InterestList;
  let second: InterestList;
  let empty: InterestList;

  const request = (path: string) => app.request(path, { token: VIEWER_TOKEN });
  async function get<T>(path: string): Promise<T> {
    const response = await request(path);
    const body = await response.json();
    if (response.status !== 200)
      throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  }

  async function source(name: string): Promise<string> {
    const { rows } = await db.query(
      `INSERT INTO source (name, url) VALUES ($1, $2) RETURNING id`,
      [name, `https://example.dk/${encodeURIComponent(name)}`],
    );
    return rows[0].id;
  }

  async function topic(name: string, kind: string): Promise<string> {
    const { rows } = await db.query(
      `INSERT INTO topic (name, kind, query, color) VALUES ($1, $2, $3, '#123456') RETURNING id`,
      [name, kind, name.toLowerCase()],
    );
    return rows[0].id;
  }

  async function items(specs: ItemSpec[]): Promise<string[]> {
    const ids: string[] = [];
    for (const spec of specs) {
      const { rows } = await db.query(
        `WITH i AS (
           INSERT INTO item (source_id, guid, text, author, published_at, hashtags, sentiment_label,
                             sentiment_score, hidden, duplicate_of)
           VALUES ($1, $2, 'text', $3, $4, $5, $6, $7, $8, $9) RETURNING id),
         published AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM i)
         SELECT id::text FROM i`,
        [
          spec.source,
          `item-${++guid}`,
          spec.author === undefined ? '@someone' : spec.author,
          spec.at,
          spec.hashtags ?? [],
          spec.sentiment?.[0] ?? 'neutral',
          spec.sentiment?.[1] ?? 0,
          spec.hidden ?? false,
          spec.duplicateOf ?? null,
        ],
      );
      ids.push(rows[0].id);
      await db.query(
        `INSERT INTO mention (item_id, topic_id) SELECT $1, unnest($2::uuid[])`,
        [rows[0].id, spec.topics],
      );
    }
    return ids;
  }

  async function createList(body: unknown): Promise<InterestList> {
    const response = await app.request('/api/lists', { method: 'POST', body });
    expect(response.status).toBe(201);
    return (await response.json()) as InterestList;
  }

  /** Every mention `/api/mentions` lists for the query, page by page. */
  async function allMentions(query: string): Promise<MentionPage['items']> {
    const found: MentionPage['items'] = [];
    let cursor: string | null = null;
    do {
      const page: MentionPage = await get<MentionPage>(
        `/api/mentions?${query}&limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      found.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return found;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    db = new Client({ connectionString: database.url });
    await db.connect();
    us = await topic('Us', 'company');
    them = await topic('Them', 'competitor');
    industry = await topic('Field', 'industry');
    media = await source('Branchemedie');
    blog = await source('Blog');
    other = await source('Andet');
    accountSource = await source('Politiker på Mastodon');
    const { rows } = await db.query(
      `INSERT INTO account (platform, handle, role, name, profile_url, source_id)
       VALUES ('mastodon', 'politiker@example.dk', 'watched', 'Politiker', 'https://example.dk/@politiker', $1)
       RETURNING id`,
      [accountSource],
    );
    // One source and one account: the account joins through its source.
    listed = await createList({
      name: 'Branchen',
      sourceIds: [media],
      accountIds: [rows[0].id],
    });
    second = await createList({ name: 'Blogs', sourceIds: [blog] });
    empty = await createList({ name: 'Tom' });

    const [original] = await items([
      {
        at: '2026-11-01T08:10:00Z',
        source: media,
        topics: [us, them],
        hashtags: ['dkbiz', 'dkgreen'],
        author: '@anna',
        sentiment: ['positive', 0.8],
      },
      {
        at: '2026-11-01T08:40:00Z',
        source: media,
        topics: [us],
        hashtags: ['dkbiz'],
        author: '@anna',
        sentiment: ['negative', -0.5],
      },
      {
        at: '2026-11-01T10:05:00Z',
        source: accountSource,
        topics: [industry, us],
        hashtags: ['dkbiz', 'dkpol'],
        author: '@politiker',
        sentiment: ['positive', 0.4],
      },
      // Hidden, and outside the period: never counted.
      { at: '2026-11-01T09:00:00Z', source: media, topics: [us], hidden: true },
      { at: '2026-10-31T23:59:59Z', source: media, topics: [us] },
      // Not in the list: counted only without list= (or with the other list).
      {
        at: '2026-11-01T08:20:00Z',
        source: blog,
        topics: [us, them],
        hashtags: ['dkbiz', 'dkpol'],
        author: '@bent',
        sentiment: ['negative', -0.9],
      },
      {
        at: '2026-11-01T11:00:00Z',
        source: other,
        topics: [them],
        hashtags: ['dkgreen'],
        author: '@carl',
      },
    ]);
    // A copy of the first story on the account's source: never counted.
    await items([
      {
        at: '2026-11-01T08:15:00Z',
        source: accountSource,
        topics: [],
        hashtags: ['dkbiz'],
        duplicateOf: original,
      },
    ]);
    // Half of the changes folded, half still pending: a list reads neither.
    await app.app.get(StatsCompactionService).compact();
    await items([
      {
        at: '2026-11-01T10:30:00Z',
        source: media,
        topics: [them],
        hashtags: ['dkgreen'],
        author: null,
        sentiment: ['neutral', 0],
      },
    ]);
    // The account's source failed for a stretch; so did a source outside the list.
    for (const sourceId of [accountSource, other])
      await db.query(
        `INSERT INTO poll_run (source_id, ok, started_at, last_at, ended_at, polls, status, error)
         VALUES ($1, false, '2026-11-01T06:00:00Z', '2026-11-01T07:00:00Z', '2026-11-01T07:30:00Z', 3, '503', 'Service Unavailable')`,
        [sourceId],
      );
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await database.drop();
  });

  it('counts only the list’s mentions in the summary', async () => {
    expect(
      await get<SummaryStats>(`/api/stats/summary?${RANGE}&list=${listed.id}`),
    ).toEqual({ items: 5, mentions: 4, sources: 2, topics: 3 });
    // Without a list, every visible item of the period (copies are items too).
    expect(await get<SummaryStats>(`/api/stats/summary?${RANGE}`)).toEqual({
      items: 7,
      mentions: 6,
      sources: 4,
      topics: 3,
    });
  });

  it('gives volume, share of voice and sentiment of the list’s sources only', async () => {
    const volume = await get<VolumeStats>(
      `/api/stats/volume?${RANGE}&list=${listed.id}`,
    );
    const totals = Object.fromEntries(
      volume.series.map((series) => [series.topic.name, series.total]),
    );
    expect(totals).toEqual({ Us: 3, Them: 2, Field: 1 });
    const us8 = volume.series
      .find((series) => series.topic.id === us)!
      .points.find((point) => point.t === '2026-11-01T08:00:00.000Z')!;
    expect(us8.count).toBe(2);

    const voice = await get<ShareOfVoiceStats>(
      `/api/stats/share-of-voice?${RANGE}&list=${listed.id}`,
    );
    expect(voice.total).toBe(6);
    expect(
      voice.topics.map((entry) => [entry.topic.name, entry.count]),
    ).toEqual([
      ['Us', 3],
      ['Them', 2],
      ['Field', 1],
    ]);

    const sentiment = await get<SentimentStats>(
      `/api/stats/sentiment?${RANGE}&list=${listed.id}&topic=${us}`,
    );
    expect(sentiment.topics).toEqual([
      expect.objectContaining({
        mentions: 3,
        positive: 2,
        neutral: 0,
        negative: 1,
      }),
    ]);
    expect(sentiment.topics[0]!.meanScore).toBeCloseTo((0.8 - 0.5 + 0.4) / 3);
  });

  it('ranks hashtags, authors and sources of the list only', async () => {
    const hashtags = await get<HashtagStats>(
      `/api/stats/hashtags?${RANGE}&list=${listed.id}`,
    );
    expect(hashtags.hashtags.map((row) => [row.tag, row.count])).toEqual([
      ['dkbiz', 3],
      ['dkgreen', 2],
      ['dkpol', 1],
    ]);
    const authors = await get<AuthorStats>(
      `/api/stats/authors?${RANGE}&list=${listed.id}`,
    );
    expect(authors.authors).toEqual([
      { author: '@anna', mentions: 2 },
      { author: '@politiker', mentions: 1 },
    ]);
    const sources = await get<SourceStats>(
      `/api/stats/sources?${RANGE}&list=${listed.id}`,
    );
    expect(
      sources.sources.map((row) => [row.source.name, row.mentions]),
    ).toEqual([
      ['Branchemedie', 3],
      ['Politiker på Mastodon', 1],
    ]);
  });

  it('compares hashtags within the list', async () => {
    const volume = await get<HashtagVolumeStats>(
      `/api/stats/hashtag-volume?${RANGE}&hashtag=dkbiz&hashtag=dkpol&list=${listed.id}`,
    );
    expect(volume.series.map((series) => [series.tag, series.total])).toEqual([
      ['dkbiz', 3],
      ['dkpol', 1],
    ]);
    const pairs = await get<HashtagPairStats>(
      `/api/stats/hashtag-pairs?${RANGE}&hashtag=dkbiz&list=${listed.id}`,
    );
    expect(pairs.hashtags).toEqual([
      {
        tag: 'dkbiz',
        mentions: 3,
        pairs: [
          { tag: 'dkgreen', count: 1 },
          { tag: 'dkpol', count: 1 },
        ],
      },
    ]);
  });

  it('finds spikes in the list’s volume only', async () => {
    // A burst from a source of another list, on a quiet day.
    const burstFrom = await source('Burst');
    const crowd = await createList({
      name: 'Crowd',
      sourceIds: [burstFrom],
    });
    await items(
      Array.from({ length: 8 }, (_, n) => ({
        at: `2026-11-03T12:0${n}:00Z`,
        source: burstFrom,
        topics: [them],
      })),
    );
    const period = 'from=2026-11-03T00:00:00Z&to=2026-11-04T00:00:00Z';
    const inCrowd = await get<SpikeStats>(
      `/api/stats/spikes?${period}&list=${crowd.id}`,
    );
    expect(inCrowd.spikes.map((spike) => [spike.topic.name, spike.t])).toEqual([
      ['Them', '2026-11-03T12:00:00.000Z'],
    ]);
    const inListed = await get<SpikeStats>(
      `/api/stats/spikes?${period}&list=${listed.id}`,
    );
    expect(inListed.spikes).toEqual([]);
  });

  it('shows the blind spots of the list’s sources only', async () => {
    const all = await get<BlindSpotStats>(`/api/stats/blind-spots?${RANGE}`);
    expect(all.sources.map((entry) => entry.source.name)).toEqual([
      'Andet',
      'Politiker på Mastodon',
    ]);
    const mine = await get<BlindSpotStats>(
      `/api/stats/blind-spots?${RANGE}&list=${listed.id}`,
    );
    expect(mine.sources.map((entry) => entry.source.name)).toEqual([
      'Politiker på Mastodon',
    ]);
  });

  it('counts per topic what /api/mentions?list= lists for the same period and topic', async () => {
    const volume = await get<VolumeStats>(
      `/api/stats/volume?${RANGE}&list=${listed.id}`,
    );
    for (const series of volume.series) {
      const listedMentions = await allMentions(
        `${RANGE}&list=${listed.id}&topic=${series.topic.id}`,
      );
      expect([series.topic.name, series.total]).toEqual([
        series.topic.name,
        listedMentions.length,
      ]);
    }
    const summary = await get<SummaryStats>(
      `/api/stats/summary?${RANGE}&list=${listed.id}`,
    );
    expect(summary.mentions).toBe(
      (await allMentions(`${RANGE}&list=${listed.id}`)).length,
    );
    const sources = await get<SourceStats>(
      `/api/stats/sources?${RANGE}&list=${listed.id}`,
    );
    for (const row of sources.sources)
      expect(row.mentions).toBe(
        (
          await allMentions(
            `${RANGE}&list=${listed.id}&source=${row.source.id}`,
          )
        ).length,
      );
  });

  it('takes list= repeated as a source of any of the lists', async () => {
    const both = await get<VolumeStats>(
      `/api/stats/volume?${RANGE}&list=${listed.id}&list=${second.id}`,
    );
    expect(
      Object.fromEntries(
        both.series.map((series) => [series.topic.name, series.total]),
      ),
    ).toEqual({ Us: 4, Them: 3, Field: 1 });
  });

  it('answers an empty list with zeros, not with every source', async () => {
    const volume = await get<VolumeStats>(
      `/api/stats/volume?${RANGE}&list=${empty.id}`,
    );
    expect(volume.series.map((series) => series.total)).toEqual([0, 0, 0]);
    expect(
      await get<SummaryStats>(`/api/stats/summary?${RANGE}&list=${empty.id}`),
    ).toEqual({ items: 0, mentions: 0, sources: 0, topics: 3 });
    expect(
      (await get<HashtagStats>(`/api/stats/hashtags?${RANGE}&list=${empty.id}`))
        .hashtags,
    ).toEqual([]);
  });

  it('gives a list of every source the numbers of no list', async () => {
    const every = await createList({
      name: 'Alle',
      sourceIds: [media, blog, other, accountSource],
    });
    for (const path of [
      'volume',
      'share-of-voice',
      'sentiment',
      'hashtags',
      'authors',
      'sources',
      'hashtag-volume?hashtag=dkbiz&hashtag=dkgreen',
      'hashtag-pairs?hashtag=dkbiz',
    ]) {
      const join = path.includes('?') ? '&' : '?';
      expect(
        await get(`/api/stats/${path}${join}${RANGE}&list=${every.id}`),
      ).toEqual(await get(`/api/stats/${path}${join}${RANGE}`));
    }
  });

  describe.each([
    'summary',
    'volume',
    'share-of-voice',
    'sentiment',
    'hashtags',
    'authors',
    'sources',
    'spikes',
    'hashtag-volume?hashtag=dkbiz',
    'hashtag-pairs?hashtag=dkbiz',
    'blind-spots',
  ])('/api/stats/%s', (path) => {
    const join = path.includes('?') ? '&' : '?';
    it('answers an unknown list with 404 naming it', async () => {
      const response = await request(
        `/api/stats/${path}${join}list=${listed.id}&list=${UNKNOWN}`,
      );
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toBe(
        `list: no list ${UNKNOWN}`,
      );
    });
    it('answers a malformed list id with 400', async () => {
      const response = await request(`/api/stats/${path}${join}list=nope`);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toBe(
        'list: must be a UUID',
      );
    });
  });
});
