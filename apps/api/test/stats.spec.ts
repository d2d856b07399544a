import type {
  AuthorStats,
  HashtagPairStats,
  HashtagStats,
  HashtagVolumeStats,
  SentimentStats,
  ShareOfVoiceStats,
  Source,
  SourceStats,
  SpikeStats,
  Topic,
  VolumeStats,
} from '@lyt/contracts';
import { Client } from 'pg';
import { StatsCompactionService } from '../src/modules/stats/stats-compaction.service';
import { StatsController } from '../src/modules/stats/stats.controller';
import { FeedServer } from '@lyt/testing';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

interface ItemSpec {
  at: string;
  source: string;
  topics?: string[];
  hashtags?: string[];
  author?: string | null;
  sentiment?: ['positive' | 'neutral' | 'negative', number];
  hidden?: boolean;
  /** The original this cross-source copy duplicates. */
  duplicateOf?: string;
  text?: string;
}

const HOUR = 3_600_000;

describe(StatsController.name, () => {
  let database: TestDatabase;
  let app: TestApp;
  let db: Client;
  let guid = 0;

  beforeEach(async () => {
    database = await createTestDatabase();
    // The api alone: no collector ticks, so only the rows a test writes exist.
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterEach(async () => {
    await db.end();
    await app.close();
    await database.drop();
  });

  async function get<T>(path: string, token?: string): Promise<T> {
    const response = await app.request(path, { token });
    const body = await response.json();
    if (response.status !== 200)
      throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  }

  /** Folds pending changes into the rollups, as the api does every few seconds. */
  async function fold(): Promise<void> {
    await app.app.get(StatsCompactionService).compact();
  }

  async function topic(name: string, kind: string): Promise<string> {
    const { rows } = await db.query(
      `INSERT INTO topic (name, kind, query, color) VALUES ($1, $2, $3, '#123456') RETURNING id`,
      [name, kind, name.toLowerCase()],
    );
    return rows[0].id;
  }

  async function source(name: string): Promise<string> {
    const { rows } = await db.query(
      `INSERT INTO source (name, url) VALUES ($1, $2) RETURNING id`,
      [name, `https://example.dk/${encodeURIComponent(name)}`],
    );
    return rows[0].id;
  }

  /** Stores items and their mentions as the collector would, at chosen times. Returns their ids. */
  async function items(specs: ItemSpec[]): Promise<string[]> {
    const rows = specs.map((spec) => ({
      source_id: spec.source,
      guid: `item-${++guid}`,
      text: spec.text ?? 'text',
      author: spec.author === undefined ? '@someone' : spec.author,
      published_at: spec.at,
      hashtags: spec.hashtags ?? [],
      label: spec.sentiment?.[0] ?? 'neutral',
      score: spec.sentiment?.[1] ?? 0,
      hidden: spec.hidden ?? false,
      duplicate_of: spec.duplicateOf ?? null,
    }));
    const inserted: { id: string; guid: string }[] = (
      await db.query(
        `WITH i AS (
         INSERT INTO item (source_id, guid, text, author, published_at, hashtags, sentiment_label,
                           sentiment_score, hidden, duplicate_of)
         SELECT x.source_id, x.guid, x.text, x.author, x.published_at, x.hashtags, x.label, x.score,
                x.hidden, x.duplicate_of
           FROM jsonb_to_recordset($1::jsonb) AS x(source_id uuid, guid text, text text, author text,
                published_at timestamptz, hashtags text[], label text, score real, hidden boolean,
                duplicate_of bigint)
         RETURNING id, guid),
         published AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM (SELECT id FROM i ORDER BY id) AS ordered)
         SELECT id::text, guid FROM i`,
        [JSON.stringify(rows)],
      )
    ).rows;
    const ids = new Map(inserted.map((row) => [row.guid, row.id]));
    const itemIds = rows.map((row) => ids.get(row.guid)!);
    const mentions = specs.flatMap((spec, index) =>
      (spec.topics ?? []).map((topicId) => [itemIds[index]!, topicId]),
    );
    await db.query(
      `INSERT INTO mention (item_id, topic_id) SELECT * FROM unnest($1::bigint[], $2::uuid[])`,
      [mentions.map(([item]) => item), mentions.map(([, topicId]) => topicId)],
    );
    return itemIds;
  }

  /** Rollup rows (folded plus pending) that disagree with a recount from item and mention. */
  async function differences(): Promise<unknown[]> {
    const { rows } = await db.query(`
      WITH rolled AS (
        SELECT 'topic:' || topic_id || ':' || mentions || ':' || positive || ':' || neutral || ':'
               || negative || ':' || scored || ':' || sentiment_sum::numeric(20, 6) AS at, hour
          FROM (SELECT topic_id, hour, sum(mentions) AS mentions, sum(positive) AS positive,
                       sum(neutral) AS neutral, sum(negative) AS negative, sum(scored) AS scored,
                       sum(sentiment_sum) AS sentiment_sum
                  FROM (SELECT * FROM stats.topic_hour UNION ALL SELECT * FROM stats.topic_change) AS t
                 GROUP BY 1, 2 HAVING sum(mentions) <> 0) AS t
        UNION ALL
        SELECT facet || ':' || key || ':' || sum(count), hour
          FROM (SELECT facet, key, hour, count FROM stats.facet_hour
                UNION ALL SELECT facet, key, hour, count FROM stats.facet_change) AS f
         GROUP BY facet, key, hour HAVING sum(count) <> 0
        UNION ALL
        SELECT 'day:' || facet || ':' || key || ':' || sum(count), day
          FROM (SELECT facet, key, day, count FROM stats.facet_day
                UNION ALL SELECT facet, key, date_trunc('day', hour, 'Europe/Copenhagen'), count
                  FROM stats.facet_change) AS d
         GROUP BY facet, key, day HAVING sum(count) <> 0
        UNION ALL
        SELECT 'pair:' || tag || ':' || other || ':' || sum(count), day
          FROM (SELECT tag, other, day, count FROM stats.hashtag_pair_day
                UNION ALL SELECT tag, other, day, count FROM stats.hashtag_pair_change) AS p
         GROUP BY tag, other, day HAVING sum(count) <> 0),
      counted AS (SELECT * FROM item i WHERE NOT i.hidden AND i.duplicate_of IS NULL),
      mentioned AS (SELECT * FROM counted i WHERE EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)),
      -- Once per mentioned item, however many topics it matched.
      facets AS (
        SELECT f.facet, f.key, date_trunc('hour', i.published_at, 'UTC') AS hour
          FROM mentioned i,
               LATERAL (SELECT 'source' AS facet, i.source_id::text AS key
                        UNION ALL SELECT 'author', i.author
                        UNION ALL SELECT 'hashtag', tag FROM (SELECT DISTINCT unnest(i.hashtags) AS tag) AS tags
                       ) AS f
         WHERE f.key IS NOT NULL),
      recounted AS (
        SELECT 'topic:' || m.topic_id || ':' || count(*) || ':'
               || count(*) FILTER (WHERE i.sentiment_label = 'positive') || ':'
               || count(*) FILTER (WHERE i.sentiment_label = 'neutral') || ':'
               || count(*) FILTER (WHERE i.sentiment_label = 'negative') || ':'
               || count(i.sentiment_score) || ':'
               || coalesce(sum(i.sentiment_score::numeric), 0)::numeric(20, 6) AS at,
               date_trunc('hour', i.published_at, 'UTC') AS hour
          FROM mention m JOIN counted i ON i.id = m.item_id GROUP BY m.topic_id, 2
        UNION ALL
        SELECT facet || ':' || key || ':' || count(*), hour FROM facets GROUP BY facet, key, hour
        UNION ALL
        SELECT 'day:' || facet || ':' || key || ':' || count(*), date_trunc('day', hour, 'Europe/Copenhagen')
          FROM facets GROUP BY facet, key, 2
        UNION ALL
        SELECT 'pair:' || p.tag || ':' || p.other || ':' || count(*), date_trunc('day', i.published_at, 'Europe/Copenhagen')
          FROM mentioned i CROSS JOIN LATERAL stats.hashtag_pairs(i.hashtags) AS p
         GROUP BY p.tag, p.other, 2)
      (SELECT 'only in rollups' AS side, * FROM rolled EXCEPT ALL SELECT 'only in rollups', * FROM recounted)
      UNION ALL
      (SELECT 'only in recount', * FROM recounted EXCEPT ALL SELECT 'only in recount', * FROM rolled)`);
    return rows;
  }

  const countsOf = (volume: VolumeStats, topicId: string) =>
    volume.series
      .find((series) => series.topic.id === topicId)!
      .points.map((point) => point.count);

  describe('GET /api/stats/volume', () => {
    it('counts mentions per hour per topic, every empty hour as 0, hidden items and duplicates never', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const feed = await source('Feed');
      const [original] = await items([
        { at: '2026-11-01T00:10:00Z', source: feed, topics: [us, them] },
        { at: '2026-11-01T00:50:00Z', source: feed, topics: [us] },
        { at: '2026-11-01T03:59:59Z', source: feed, topics: [them] },
        {
          at: '2026-11-01T02:30:00Z',
          source: feed,
          topics: [us],
          hidden: true,
        },
        // Outside the range on either side.
        { at: '2026-10-31T23:59:59Z', source: feed, topics: [us] },
        { at: '2026-11-01T04:00:00Z', source: feed, topics: [us] },
      ]);
      const copy = await source('Copy');
      await items([
        { at: '2026-11-01T01:00:00Z', source: copy, duplicateOf: original },
      ]);

      const volume = await get<VolumeStats>(
        '/api/stats/volume?from=2026-11-01T00:00:00Z&to=2026-11-01T04:00:00Z&bucket=hour',
      );

      expect(volume).toMatchObject({
        bucket: 'hour',
        from: '2026-11-01T00:00:00.000Z',
        to: '2026-11-01T04:00:00.000Z',
      });
      expect(volume.series.map((series) => series.topic)).toEqual([
        { id: us, name: 'Us', kind: 'company', color: '#123456' },
        { id: them, name: 'Them', kind: 'competitor', color: '#123456' },
      ]);
      expect(volume.series[0]!.points).toEqual([
        { t: '2026-11-01T00:00:00.000Z', count: 2 },
        { t: '2026-11-01T01:00:00.000Z', count: 0 },
        { t: '2026-11-01T02:00:00.000Z', count: 0 },
        { t: '2026-11-01T03:00:00.000Z', count: 0 },
      ]);
      expect(countsOf(volume, them)).toEqual([1, 0, 0, 1]);
      expect(volume.series.map((series) => series.total)).toEqual([2, 2]);

      await fold();
      expect(
        await get<VolumeStats>(
          '/api/stats/volume?from=2026-11-01T00:00:00Z&to=2026-11-01T04:00:00Z&bucket=hour',
        ),
      ).toEqual(volume);
    });

    it('buckets by Copenhagen day, widens the range to whole days, and filters by topic and kind', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const other = await topic('Other', 'competitor');
      const feed = await source('Feed');
      await items([
        // 23:30 UTC on 31 October is 00:30 on 1 November in Copenhagen.
        { at: '2026-10-31T23:30:00Z', source: feed, topics: [us] },
        { at: '2026-10-31T22:30:00Z', source: feed, topics: [us] },
        { at: '2026-11-02T12:00:00Z', source: feed, topics: [them, other] },
      ]);

      const volume = await get<VolumeStats>(
        `/api/stats/volume?from=2026-10-31T12:00:00Z&to=2026-11-03T12:00:00Z&bucket=day&topic=${us}&topic=${them}`,
      );

      expect(volume.from).toBe('2026-10-30T23:00:00.000Z');
      expect(volume.to).toBe('2026-11-03T23:00:00.000Z');
      expect(volume.series[0]!.points.map((point) => point.t)).toEqual([
        '2026-10-30T23:00:00.000Z',
        '2026-10-31T23:00:00.000Z',
        '2026-11-01T23:00:00.000Z',
        '2026-11-02T23:00:00.000Z',
      ]);
      expect(countsOf(volume, us)).toEqual([1, 1, 0, 0]);
      expect(countsOf(volume, them)).toEqual([0, 0, 1, 0]);
      expect(volume.series).toHaveLength(2);

      const competitors = await get<VolumeStats>(
        '/api/stats/volume?from=2026-10-31T12:00:00Z&to=2026-11-04T12:00:00Z&kind=competitor',
      );
      expect(competitors.bucket).toBe('day');
      expect(competitors.series.map((series) => series.topic.name)).toEqual([
        'Them',
        'Other',
      ]);
    });

    it('defaults to the last 7 days in day buckets up to now', async () => {
      const us = await topic('Us', 'company');
      const feed = await source('Feed');
      await items([
        {
          at: new Date(Date.now() - HOUR).toISOString(),
          source: feed,
          topics: [us],
        },
      ]);

      const volume = await get<VolumeStats>('/api/stats/volume', VIEWER_TOKEN);

      expect(volume.bucket).toBe('day');
      expect(Date.parse(volume.to)).toBeGreaterThan(Date.now());
      expect(volume.series[0]!.points.length).toBeGreaterThanOrEqual(8);
      expect(volume.series[0]!.total).toBe(1);
    });
  });

  describe('GET /api/stats/share-of-voice', () => {
    it('sets the company against each competitor and the industry, shares summing to 1', async () => {
      const us = await topic('Us', 'company');
      const rival = await topic('Rival', 'competitor');
      const upstart = await topic('Upstart', 'competitor');
      const industry = await topic('Industry', 'industry');
      await topic('Weather', 'custom');
      const feed = await source('Feed');
      await items([
        { at: '2026-11-01T00:05:00Z', source: feed, topics: [us] },
        { at: '2026-11-01T00:15:00Z', source: feed, topics: [us, industry] },
        { at: '2026-11-01T00:25:00Z', source: feed, topics: [rival] },
        { at: '2026-11-01T02:05:00Z', source: feed, topics: [upstart] },
      ]);

      const voice = await get<ShareOfVoiceStats>(
        '/api/stats/share-of-voice?from=2026-11-01T00:00:00Z&to=2026-11-01T03:00:00Z',
      );

      expect(voice.bucket).toBe('hour');
      expect(voice.total).toBe(5);
      expect(
        voice.topics.map(({ topic: { id }, count, share }) => [
          id,
          count,
          share,
        ]),
      ).toEqual([
        [us, 2, 0.4],
        [rival, 1, 0.2],
        [upstart, 1, 0.2],
        [industry, 1, 0.2],
      ]);
      const [first, empty, last] = voice.points;
      expect(first!.total).toBe(4);
      expect(first!.topics.map((entry) => entry.share)).toEqual([
        0.5, 0.25, 0, 0.25,
      ]);
      expect(empty!.topics.map((entry) => entry.share)).toEqual([0, 0, 0, 0]);
      expect(last!.topics.map((entry) => entry.share)).toEqual([0, 0, 1, 0]);
      for (const point of [first!, last!])
        expect(
          point.topics.reduce((sum, entry) => sum + entry.share, 0),
        ).toBeCloseTo(1, 12);
    });
  });

  describe('GET /api/stats/sentiment', () => {
    it('counts positive, neutral and negative mentions per topic with the mean score', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const feed = await source('Feed');
      await items([
        {
          at: '2026-11-01T08:00:00Z',
          source: feed,
          topics: [us],
          sentiment: ['positive', 0.75],
        },
        {
          at: '2026-11-01T09:00:00Z',
          source: feed,
          topics: [us],
          sentiment: ['positive', 0.25],
        },
        {
          at: '2026-11-01T10:00:00Z',
          source: feed,
          topics: [us, them],
          sentiment: ['negative', -0.5],
        },
        {
          at: '2026-11-01T11:00:00Z',
          source: feed,
          topics: [us],
          sentiment: ['neutral', 0],
        },
        {
          at: '2026-11-01T11:30:00Z',
          source: feed,
          topics: [us],
          sentiment: ['negative', -1],
          hidden: true,
        },
      ]);

      const sentiment = await get<SentimentStats>(
        '/api/stats/sentiment?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z',
      );

      expect(
        sentiment.topics.map(({ topic: { id }, ...counts }) => ({
          id,
          ...counts,
        })),
      ).toEqual([
        {
          id: us,
          mentions: 4,
          positive: 2,
          neutral: 1,
          negative: 1,
          meanScore: 0.125,
        },
        {
          id: them,
          mentions: 1,
          positive: 0,
          neutral: 0,
          negative: 1,
          meanScore: -0.5,
        },
      ]);
      const only = await get<SentimentStats>(
        `/api/stats/sentiment?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&topic=${them}`,
      );
      expect(only.topics.map((entry) => entry.topic.id)).toEqual([them]);
    });
  });

  describe('GET /api/stats/hashtags', () => {
    // A Danish week: Sunday 8 to Saturday 14 November, Copenhagen time (UTC+1).
    const week = 'from=2026-11-07T23:00:00Z&to=2026-11-14T23:00:00Z';

    it('ranks the hashtags of mentions against the previous period of equal length', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const feed = await source('Feed');
      const tagged = (at: string, ...hashtags: string[]): ItemSpec => ({
        at,
        source: feed,
        hashtags,
        topics: [us],
      });
      await items([
        // This week, from its first to its last second in Copenhagen.
        tagged('2026-11-07T23:00:00Z', 'dkbiz', 'ny'),
        // Two topics, one mention: counted once.
        {
          ...tagged('2026-11-10T12:00:00Z', 'dkbiz', 'lego'),
          topics: [us, them],
        },
        // No topic matched it: not a mention.
        { ...tagged('2026-11-10T13:00:00Z', 'dkbiz', 'ny'), topics: [] },
        tagged('2026-11-12T12:00:00Z', 'dkbiz', 'ny'),
        tagged('2026-11-14T22:59:59Z', 'dkbiz', 'ny', 'lego'),
        { ...tagged('2026-11-11T12:00:00Z', 'dkbiz'), hidden: true },
        tagged('2026-11-14T23:00:00Z', 'ny', 'efter'),
        // The week before.
        tagged('2026-10-31T23:00:00Z', 'dkbiz', 'lego', 'gammel'),
        tagged('2026-11-03T00:00:00Z', 'dkbiz', 'lego', 'gammel'),
        tagged('2026-11-05T00:00:00Z', 'lego', 'gammel'),
        tagged('2026-11-07T22:59:59Z', 'lego', 'gammel', 'gammel'),
        tagged('2026-10-31T22:59:59Z', 'lego', 'før'),
      ]);
      const expected = [
        { tag: 'dkbiz', count: 4, previous: 2, trend: 1, isNew: false },
        { tag: 'ny', count: 3, previous: 0, trend: null, isNew: true },
        { tag: 'lego', count: 2, previous: 4, trend: -0.5, isNew: false },
      ];

      const hashtags = await get<HashtagStats>(`/api/stats/hashtags?${week}`);
      expect(hashtags).toMatchObject({
        from: '2026-11-07T23:00:00.000Z',
        to: '2026-11-14T23:00:00.000Z',
        previousFrom: '2026-10-31T23:00:00.000Z',
        previousTo: '2026-11-07T23:00:00.000Z',
      });
      expect(hashtags.hashtags).toEqual(expected);

      await fold();
      expect(
        (await get<HashtagStats>(`/api/stats/hashtags?${week}&limit=2`))
          .hashtags,
      ).toEqual(expected.slice(0, 2));
    });

    it('counts the ragged hours of a short range, around its whole days', async () => {
      const us = await topic('Us', 'company');
      const feed = await source('Feed');
      await items(
        [
          '2026-11-08T04:59:59Z',
          '2026-11-08T05:00:00Z',
          '2026-11-09T12:00:00Z',
          '2026-11-10T04:59:59Z',
          '2026-11-10T05:00:00Z',
          '2026-11-07T12:00:00Z',
        ].map((at) => ({ at, source: feed, hashtags: ['kant'], topics: [us] })),
      );
      const days = 'from=2026-11-08T05:00:00Z&to=2026-11-10T05:00:00Z';
      const expected = {
        from: '2026-11-08T05:00:00.000Z',
        to: '2026-11-10T05:00:00.000Z',
        previousFrom: '2026-11-06T05:00:00.000Z',
        previousTo: '2026-11-08T05:00:00.000Z',
        hashtags: [
          { tag: 'kant', count: 3, previous: 2, trend: 0.5, isNew: false },
        ],
      };

      expect(await get<HashtagStats>(`/api/stats/hashtags?${days}`)).toEqual(
        expected,
      );
      await fold();
      expect(await get<HashtagStats>(`/api/stats/hashtags?${days}`)).toEqual(
        expected,
      );
    });

    it('drops a hidden item from hashtags and volume at once, and brings it back when shown', async () => {
      const us = await topic('Us', 'company');
      const feed = await source('Feed');
      const [, hidden] = await items([
        {
          at: '2026-11-09T10:00:00Z',
          source: feed,
          topics: [us],
          hashtags: ['dkbiz'],
        },
        {
          at: '2026-11-09T10:30:00Z',
          source: feed,
          topics: [us],
          hashtags: ['dkbiz', 'skandale'],
        },
      ]);
      await fold();
      const volume = `/api/stats/volume?${week}&bucket=day`;
      const totalOf = async () =>
        (await get<VolumeStats>(volume)).series[0]!.total;
      const tags = async () =>
        (await get<HashtagStats>(`/api/stats/hashtags?${week}`)).hashtags.map(
          ({ tag, count }) => [tag, count],
        );
      expect(await tags()).toEqual([
        ['dkbiz', 2],
        ['skandale', 1],
      ]);
      expect(await totalOf()).toBe(2);

      await db.query(
        `UPDATE item SET hidden = true, hidden_at = now() WHERE id = $1`,
        [hidden],
      );

      expect(await tags()).toEqual([['dkbiz', 1]]);
      expect(await totalOf()).toBe(1);
      await fold();
      expect(await tags()).toEqual([['dkbiz', 1]]);

      await db.query(`UPDATE item SET hidden = false WHERE id = $1`, [hidden]);
      expect(await tags()).toEqual([
        ['dkbiz', 2],
        ['skandale', 1],
      ]);
      expect(await totalOf()).toBe(2);
    });
  });

  describe('GET /api/stats/hashtag-volume and /api/stats/hashtag-pairs', () => {
    const volume = (query: string) =>
      get<HashtagVolumeStats>(`/api/stats/hashtag-volume?${query}`);
    const pairs = (query: string) =>
      get<HashtagPairStats>(`/api/stats/hashtag-pairs?${query}`);
    const partners = (stats: HashtagPairStats, tag: string) =>
      stats.hashtags.find((entry) => entry.tag === tag)!.pairs;
    const RANGE =
      'from=2026-03-10T00:00:00%2B01:00&to=2026-03-12T00:00:00%2B01:00';

    it('compares hashtags per bucket and names the hashtags that occur with each, each mention once', async () => {
      const [a, b] = [
        await topic('Lego', 'company'),
        await topic('Novo', 'competitor'),
      ];
      const s = await source('S');
      await items([
        {
          at: '2026-03-10T08:10:00Z',
          source: s,
          topics: [a, b],
          hashtags: ['dkbiz', 'dkpol'],
        },
        {
          at: '2026-03-10T08:20:00Z',
          source: s,
          topics: [a],
          hashtags: ['dkbiz', 'dkpol', 'valg'],
        },
        {
          at: '2026-03-10T09:05:00Z',
          source: s,
          topics: [b],
          hashtags: ['dkbiz', 'valg'],
        },
        {
          at: '2026-03-11T10:00:00Z',
          source: s,
          topics: [a],
          hashtags: ['dkpol'],
        },
        // Not a mention (no topic), hidden, a copy: none of them counts.
        { at: '2026-03-10T08:30:00Z', source: s, hashtags: ['dkbiz', 'dkpol'] },
        {
          at: '2026-03-10T08:40:00Z',
          source: s,
          topics: [a],
          hashtags: ['dkbiz', 'dkpol'],
          hidden: true,
        },
      ]);

      const side = await volume(
        `hashtag=%23DKpol&hashtag=dkbiz&${RANGE}&bucket=day`,
      );
      expect(
        side.series.map((line) => [
          line.tag,
          line.total,
          line.points.map((p) => p.count),
        ]),
      ).toEqual([
        ['dkpol', 3, [2, 1]],
        ['dkbiz', 3, [3, 0]],
      ]);
      const hourly = await volume(`hashtag=dkbiz&${RANGE}&bucket=hour`);
      expect(hourly.series[0]!.points.filter((p) => p.count > 0)).toEqual([
        { t: '2026-03-10T08:00:00.000Z', count: 2 },
        { t: '2026-03-10T09:00:00.000Z', count: 1 },
      ]);

      const together = await pairs(`hashtag=dkbiz&hashtag=dkpol&${RANGE}`);
      expect(
        together.hashtags.map((entry) => [entry.tag, entry.mentions]),
      ).toEqual([
        ['dkbiz', 3],
        ['dkpol', 3],
      ]);
      expect(partners(together, 'dkbiz')).toEqual([
        { tag: 'dkpol', count: 2 },
        { tag: 'valg', count: 2 },
      ]);
      expect(partners(together, 'dkpol')).toEqual([
        { tag: 'dkbiz', count: 2 },
        { tag: 'valg', count: 1 },
      ]);
      // The same after folding: pending changes and folded rollups agree.
      await fold();
      expect(await pairs(`hashtag=dkbiz&hashtag=dkpol&${RANGE}`)).toEqual(
        together,
      );
    });

    it('follows moderation, re-matching and deletion', async () => {
      const a = await topic('Lego', 'company');
      const s = await source('S');
      const [first, second] = await items([
        {
          at: '2026-03-10T08:10:00Z',
          source: s,
          topics: [a],
          hashtags: ['dkbiz', 'dkpol'],
        },
        {
          at: '2026-03-10T09:10:00Z',
          source: s,
          topics: [a],
          hashtags: ['dkbiz', 'dkpol'],
        },
      ]);
      await fold();
      const count = async () =>
        partners(await pairs(`hashtag=dkbiz&${RANGE}`), 'dkbiz')[0]?.count ?? 0;
      expect(await count()).toBe(2);
      expect(
        (
          await app.request(`/api/mentions/${first}`, {
            method: 'PATCH',
            body: { hidden: true },
          })
        ).status,
      ).toBe(200);
      expect(await count()).toBe(1);
      await app.request(`/api/mentions/${first}`, {
        method: 'PATCH',
        body: { hidden: false },
      });
      expect(await count()).toBe(2);
      await db.query(`DELETE FROM mention WHERE item_id = $1`, [second]);
      expect(await count()).toBe(1);
      await db.query(
        `INSERT INTO mention (item_id, topic_id) VALUES ($1, $2)`,
        [second, a],
      );
      expect(await count()).toBe(2);
      await db.query(`DELETE FROM item WHERE id = $1`, [first]);
      expect(await count()).toBe(1);
      await fold();
      expect(await count()).toBe(1);
    });

    it('pairs only the first ten hashtags of a post', async () => {
      const a = await topic('Lego', 'company');
      const s = await source('S');
      const tags = Array.from(
        { length: 14 },
        (_, n) => `tag${String(n).padStart(2, '0')}`,
      );
      await items([
        { at: '2026-03-10T08:10:00Z', source: s, topics: [a], hashtags: tags },
      ]);
      expect(
        partners(await pairs(`hashtag=tag00&${RANGE}&limit=100`), 'tag00').map(
          (p) => p.tag,
        ),
      ).toEqual(tags.slice(1, 10));
      expect(partners(await pairs(`hashtag=tag12&${RANGE}`), 'tag12')).toEqual(
        [],
      );
    });

    it('answers a missing, malformed or too long hashtag list with 400 naming hashtag', async () => {
      for (const path of [
        '/api/stats/hashtag-volume',
        '/api/stats/hashtag-pairs?limit=5',
        '/api/stats/hashtag-pairs?hashtag=a%20b',
        `/api/stats/hashtag-volume?${Array.from({ length: 11 }, (_, n) => `hashtag=t${n}`).join('&')}`,
      ]) {
        const response = await app.request(path);
        expect([path, response.status]).toEqual([path, 400]);
        expect(
          ((await response.json()) as { message: string }).message,
        ).toMatch(/^hashtag: /);
      }
      expect(
        (await app.request('/api/stats/hashtag-volume?hashtag=x&topic=y'))
          .status,
      ).toBe(400);
    });
  });

  describe('GET /api/stats/authors and /api/stats/sources', () => {
    it('ranks authors and sources by mentions, an item that matched two topics once', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const news = await source('Nyheder');
      const blog = await source('Blog');
      const at = '2026-11-01T12:00:00Z';
      await items([
        { at, source: news, author: '@anna', topics: [us, them] },
        { at, source: news, author: '@anna', topics: [us] },
        { at, source: news, author: '@dora', topics: [them, us] },
        { at, source: blog, author: '@bo', topics: [them] },
        { at, source: blog, author: '@bo', topics: [them], hidden: true },
        { at, source: blog, author: '@carl' },
        { at, source: blog, author: null, topics: [us] },
      ]);
      const day = 'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z';
      const expected = {
        authors: [
          { author: '@anna', mentions: 2 },
          { author: '@bo', mentions: 1 },
          { author: '@dora', mentions: 1 },
        ],
        sources: [
          { source: { id: news, name: 'Nyheder' }, mentions: 3 },
          { source: { id: blog, name: 'Blog' }, mentions: 2 },
        ],
      };

      for (const folded of [false, true]) {
        if (folded) await fold();
        const authors = await get<AuthorStats>(`/api/stats/authors?${day}`);
        expect(authors.authors).toEqual(expected.authors);
        expect(
          (await get<AuthorStats>(`/api/stats/authors?${day}&limit=1`)).authors,
        ).toEqual(expected.authors.slice(0, 1));
        const sources = await get<SourceStats>(`/api/stats/sources?${day}`);
        expect(sources.sources).toEqual(expected.sources);
      }
    });

    it('agrees with the summary, the mention list and the topic series', async () => {
      const us = await topic('Us', 'company');
      const rival = await topic('Rival', 'competitor');
      const industry = await topic('Industry', 'industry');
      const weather = await topic('Weather', 'custom');
      const feeds = [await source('A'), await source('B'), await source('C')];
      const specs: ItemSpec[] = [];
      const choices = [
        [us],
        [us, industry],
        [rival],
        [rival, us, industry],
        [weather],
        [],
        [industry],
      ];
      for (let n = 0; n < 120; n++)
        specs.push({
          at: new Date(
            Date.parse('2026-11-01T00:00:00Z') + n * 11 * 60_000,
          ).toISOString(),
          source: feeds[n % 3]!,
          author: `@a${n % 7}`,
          topics: choices[n % choices.length],
          hashtags: n % 2 ? ['dkbiz', n % 4 ? 'lego' : 'novo'] : ['dkbiz'],
          sentiment: [
            (['positive', 'neutral', 'negative'] as const)[n % 3]!,
            (n % 3) * 0.5 - 0.5,
          ],
          hidden: n % 17 === 0,
        });
      const [original] = await items(specs);
      await items([
        {
          at: '2026-11-01T03:00:00Z',
          source: feeds[1]!,
          duplicateOf: original,
          topics: [],
        },
      ]);
      const range = 'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z';
      const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
      const listed = async (query: string) => {
        let count = 0;
        let cursor: string | null = null;
        do {
          const page: { items: unknown[]; nextCursor: string | null } =
            await get(
              `/api/mentions?${range}&limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`,
            );
          count += page.items.length;
          cursor = page.nextCursor;
        } while (cursor);
        return count;
      };

      for (const folded of [false, true]) {
        if (folded) await fold();
        const summary = await get<{ mentions: number }>(
          `/api/stats/summary?${range}`,
        );
        const sources = await get<SourceStats>(`/api/stats/sources?${range}`);
        const authors = await get<AuthorStats>(`/api/stats/authors?${range}`);
        const hashtags = await get<HashtagStats>(
          `/api/stats/hashtags?${range}`,
        );
        const volume = await get<VolumeStats>(`/api/stats/volume?${range}`);
        const voice = await get<ShareOfVoiceStats>(
          `/api/stats/share-of-voice?${range}`,
        );
        const sentiment = await get<SentimentStats>(
          `/api/stats/sentiment?${range}`,
        );

        expect(summary.mentions).toBeGreaterThan(50);
        expect(summary.mentions).toBe(await listed(''));
        expect(sum(sources.sources.map((row) => row.mentions))).toBe(
          summary.mentions,
        );
        expect(sum(authors.authors.map((row) => row.mentions))).toBe(
          summary.mentions,
        );
        for (const { tag, count } of hashtags.hashtags)
          expect({ tag, count }).toEqual({
            tag,
            count: await listed(`&hashtag=${tag}`),
          });
        expect(
          hashtags.hashtags.find((row) => row.tag === 'dkbiz')!.count,
        ).toBe(summary.mentions);
        for (const row of sources.sources)
          expect(row.mentions).toBe(await listed(`&source=${row.source.id}`));
        for (const series of volume.series) {
          expect(series.total).toBe(await listed(`&topic=${series.topic.id}`));
          expect(
            sentiment.topics.find((row) => row.topic.id === series.topic.id)!
              .mentions,
          ).toBe(series.total);
        }
        expect(voice.total).toBe(
          sum(
            volume.series
              .filter((series) => series.topic.kind !== 'custom')
              .map((series) => series.total),
          ),
        );
      }
    });
  });

  describe('GET /api/stats/spikes', () => {
    it('flags an hour far above its trailing day with how far, and no normal hour', async () => {
      const us = await topic('Us', 'company');
      const calm = await topic('Calm', 'competitor');
      const feed = await source('Feed');
      const start = Date.parse('2026-11-01T00:00:00Z');
      const specs: ItemSpec[] = [];
      for (let hour = 0; hour < 48; hour++) {
        // 2 and 3 mentions in turn: a baseline of 2.5 ± 0.5 an hour.
        const count = hour === 34 ? 20 : hour === 40 ? 6 : 2 + (hour % 2);
        for (let n = 0; n < count; n++)
          specs.push({
            at: new Date(start + hour * HOUR + n * 60_000).toISOString(),
            source: feed,
            topics: hour === 34 && n >= 3 ? [us] : [us, calm],
          });
      }
      await items(specs);

      const spikes = await get<SpikeStats>(
        '/api/stats/spikes?from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z&bucket=hour',
      );

      expect(spikes).toMatchObject({
        bucket: 'hour',
        window: 24,
        k: 3,
        minCount: 5,
      });
      expect(
        spikes.spikes.map(({ topic, ...spike }) => ({
          topic: topic.id,
          ...spike,
        })),
      ).toEqual([
        {
          topic: us,
          t: '2026-11-02T10:00:00.000Z',
          count: 20,
          baseline: 2.5,
          stddev: 0.5,
          factor: 8,
        },
      ]);
      const only = await get<SpikeStats>(
        `/api/stats/spikes?from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z&bucket=hour&topic=${calm}`,
      );
      expect(only.spikes).toEqual([]);
    });
  });

  describe('writes from every path', () => {
    it('drops the series of a deleted topic and the mentions of a deleted source', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const news = await source('Nyheder');
      const blog = await source('Blog');
      const at = '2026-11-01T12:00:00Z';
      await items([
        {
          at,
          source: news,
          author: '@anna',
          topics: [us, them],
          hashtags: ['dkbiz'],
        },
        {
          at,
          source: blog,
          author: '@bo',
          topics: [them],
          hashtags: ['dkbiz'],
        },
      ]);
      await fold();
      const day = 'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z';

      expect(
        (await app.request(`/api/topics/${them}`, { method: 'DELETE' })).status,
      ).toBe(204);

      const volume = await get<VolumeStats>(`/api/stats/volume?${day}`);
      expect(
        volume.series.map((series) => [series.topic.id, series.total]),
      ).toEqual([[us, 1]]);
      expect(
        (await get<AuthorStats>(`/api/stats/authors?${day}`)).authors,
      ).toEqual([{ author: '@anna', mentions: 1 }]);
      expect(
        (await get<HashtagStats>(`/api/stats/hashtags?${day}`)).hashtags.map(
          ({ tag, count }) => [tag, count],
        ),
      ).toEqual([['dkbiz', 1]]);

      expect(
        (await app.request(`/api/sources/${news}`, { method: 'DELETE' }))
          .status,
      ).toBe(204);

      expect(
        (await get<VolumeStats>(`/api/stats/volume?${day}`)).series[0]!.total,
      ).toBe(0);
      // Blog's post mentioned only the deleted topic: it is no mention any longer, nor is its hashtag.
      expect(
        (await get<HashtagStats>(`/api/stats/hashtags?${day}`)).hashtags,
      ).toEqual([]);
      expect(
        (await get<SourceStats>(`/api/stats/sources?${day}`)).sources,
      ).toEqual([]);
    });

    it('stays exact while re-match replaces mentions in batches, items are hidden and changes are folded', async () => {
      const feed = await source('Feed');
      // 2,500 items over five days: more than two re-match batches of 1,000.
      await db.query(
        `WITH i AS (
         INSERT INTO item (source_id, guid, text, published_at)
         SELECT $1, 'bulk-' || n, CASE WHEN n % 3 = 0 THEN 'alfa' ELSE 'beta' END || ' nyhed',
                timestamptz '2026-11-01T00:00:00Z' + n * interval '173 seconds'
           FROM generate_series(1, 2500) AS n
         RETURNING id),
         published AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM (SELECT id FROM i ORDER BY id) AS ordered)
         SELECT count(*) FROM i`,
        [feed],
      );
      const created = await app.request('/api/topics', {
        method: 'POST',
        body: { name: 'Alfa', kind: 'company', query: 'alfa' },
      });
      const { id } = (await created.json()) as Topic;
      const rematched = async () => {
        const deadline = Date.now() + 20_000;
        while (Date.now() < deadline) {
          const current = (await (
            await app.request(`/api/topics/${id}`)
          ).json()) as Topic;
          if (current.rematch.status === 'done') return;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error('re-match did not finish');
      };
      const range =
        'from=2026-11-01T00:00:00Z&to=2026-11-07T00:00:00Z&bucket=hour';
      const expectExact = async () => {
        const { rows } = await db.query(
          `SELECT date_trunc('hour', i.published_at, 'UTC') AS t, count(*)::int AS count
             FROM mention m JOIN item i ON i.id = m.item_id
            WHERE m.topic_id = $1 AND NOT i.hidden GROUP BY 1`,
          [id],
        );
        const raw = new Map(
          rows.map((row) => [row.t.toISOString(), row.count]),
        );
        const volume = await get<VolumeStats>(`/api/stats/volume?${range}`);
        const points = volume.series[0]!.points;
        expect(
          points.filter((point) => point.count !== (raw.get(point.t) ?? 0)),
        ).toEqual([]);
        return volume.series[0]!.total;
      };

      await rematched();
      expect(await expectExact()).toBe(833);

      const patched = app.request(`/api/topics/${id}`, {
        method: 'PATCH',
        body: { query: 'beta' },
      });
      await db.query(
        `UPDATE item SET hidden = true WHERE guid IN ('bulk-1', 'bulk-2', 'bulk-3')`,
      );
      await fold();
      expect((await patched).status).toBe(200);
      await rematched();
      await fold();

      // Of the 1,667 "beta" items, bulk-1 and bulk-2 are hidden.
      expect(await expectExact()).toBe(1665);
    });

    it('counts an item once when two transactions give it its first mentions at the same time, and when both take them away', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const feed = await source('Feed');
      const [item] = await items([
        {
          at: '2026-11-01T12:00:00Z',
          source: feed,
          author: '@anna',
          hashtags: ['dkbiz'],
        },
      ]);
      const day = 'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z';
      const first = new Client({ connectionString: database.url });
      const second = new Client({ connectionString: database.url });
      await Promise.all([first.connect(), second.connect()]);
      /** Runs `sql` in two open transactions, the second while the first has not committed. */
      const concurrently = async (sql: string, [a, b]: [string, string]) => {
        await first.query('BEGIN');
        await second.query('BEGIN');
        await first.query(sql, [item, a]);
        const [{ pid }] = (await second.query('SELECT pg_backend_pid() AS pid'))
          .rows;
        const racing = second.query(sql, [item, b]);
        // Either it waits for the first to commit (the lock), or it is already done (no lock).
        let done = false;
        void racing.then(() => (done = true));
        for (;;) {
          const { rows } = await db.query(
            `SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`,
            [pid],
          );
          if (done || rows[0]?.wait_event_type === 'Lock') break;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        await first.query('COMMIT');
        await racing;
        await second.query('COMMIT');
      };
      const counts = async () => ({
        sources: (
          await get<SourceStats>(`/api/stats/sources?${day}`)
        ).sources.map((row) => row.mentions),
        authors: (
          await get<AuthorStats>(`/api/stats/authors?${day}`)
        ).authors.map((row) => row.mentions),
        hashtags: (
          await get<HashtagStats>(`/api/stats/hashtags?${day}`)
        ).hashtags.map((row) => row.count),
      });
      try {
        await concurrently(
          `INSERT INTO mention (item_id, topic_id) VALUES ($1, $2)`,
          [us, them],
        );
        expect(await counts()).toEqual({
          sources: [1],
          authors: [1],
          hashtags: [1],
        });
        expect(await differences()).toEqual([]);

        await concurrently(
          `DELETE FROM mention WHERE item_id = $1 AND topic_id = $2`,
          [us, them],
        );
        expect(await counts()).toEqual({
          sources: [],
          authors: [],
          hashtags: [],
        });
        expect(await differences()).toEqual([]);
      } finally {
        await Promise.all([first.end(), second.end()]);
      }
    });

    it('keeps every rollup equal to a recount from item and mention, whatever writes the rows', async () => {
      const us = await topic('Us', 'company');
      const them = await topic('Them', 'competitor');
      const a = await source('A');
      const b = await source('B');
      await db.query(
        `WITH i AS (
         INSERT INTO item (source_id, guid, text, author, published_at, hashtags, sentiment_label, sentiment_score)
         SELECT CASE WHEN n % 2 = 0 THEN $1::uuid ELSE $2::uuid END, 'mix-' || n, 'tekst',
                CASE WHEN n % 5 = 0 THEN NULL ELSE '@u' || n % 7 END,
                timestamptz '2026-10-24T00:00:00Z' + n * interval '17 minutes',
                ARRAY['t' || n % 3, 'x' || n % 11, 't' || n % 3],
                (ARRAY['positive', 'neutral', 'negative'])[n % 3 + 1], (n % 3 - 1) * 0.25
           FROM generate_series(1, 400) AS n
         RETURNING id),
         published AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM (SELECT id FROM i ORDER BY id) AS ordered)
         SELECT count(*) FROM i`,
        [a, b],
      );
      const writes = [
        `INSERT INTO mention (item_id, topic_id) SELECT id, '${us}' FROM item WHERE id % 3 = 0`,
        `INSERT INTO mention (item_id, topic_id) SELECT id, '${them}' FROM item WHERE id % 4 = 0`,
        `UPDATE item SET hidden = true WHERE id % 10 = 0`,
        `UPDATE item SET fetched_at = fetched_at WHERE id < 50`,
        `UPDATE item SET hidden = false WHERE id = 20`,
        `DELETE FROM mention WHERE topic_id = '${them}' AND item_id BETWEEN 100 AND 200`,
        `INSERT INTO mention (item_id, topic_id) SELECT id, '${them}' FROM item WHERE id BETWEEN 100 AND 200 AND id % 5 = 0
           ON CONFLICT (item_id, topic_id) DO UPDATE SET terms = EXCLUDED.terms`,
        `UPDATE item SET duplicate_of = 1 WHERE id = 3`,
        `UPDATE mention SET topic_id = '${them}' WHERE item_id = 9 AND topic_id = '${us}'`,
        `UPDATE item SET hashtags = ARRAY['ny'], published_at = published_at + interval '3 days', author = 'flyttet' WHERE id = 12`,
        // The copy of item 1 becomes an original again (ON DELETE SET NULL).
        `DELETE FROM item WHERE id = 1`,
        `DELETE FROM item WHERE id BETWEEN 300 AND 320`,
        `UPDATE item SET sentiment_label = NULL, sentiment_score = NULL WHERE id % 17 = 0`,
        `DELETE FROM topic WHERE id = '${us}'`,
        `DELETE FROM source WHERE id = '${b}'`,
      ];
      for (const [index, sql] of writes.entries()) {
        await db.query(sql);
        if (index % 4 === 3) await fold();
        expect({ after: sql, differences: await differences() }).toEqual({
          after: sql,
          differences: [],
        });
      }
      await db.query(`TRUNCATE mention`);
      await fold();
      expect(await differences()).toEqual([]);
    });

    it('counts what the collector stores from a real feed, with its hashtags', async () => {
      const feeds = await new FeedServer().start();
      try {
        const post = async <T>(path: string, body: unknown) =>
          (await (
            await app.request(path, { method: 'POST', body })
          ).json()) as T;
        const novo = await post<Topic>('/api/topics', {
          name: 'Novo',
          kind: 'company',
          query: 'novo',
        });
        const lego = await post<Topic>('/api/topics', {
          name: 'LEGO',
          kind: 'competitor',
          query: 'lego',
        });
        const created = await post<Source>('/api/sources', {
          url: feeds.serve('/posts', {
            items: [
              {
                guid: 'p1',
                title: 'Novo Nordisk hæver',
                text: 'Aktien stiger #dkbiz',
              },
              {
                guid: 'p2',
                title: 'LEGO åbner fabrik',
                text: 'Nye job #dkbiz #lego',
              },
              { guid: 'p3', title: 'Novo og LEGO', text: 'Begge nævnt' },
              { guid: 'p4', title: 'Vejret', text: 'Regn' },
            ],
          }),
        });
        await post(`/api/sources/${created.id}/poll`, {});
        const day = 'from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z';

        const voice = await get<ShareOfVoiceStats>(
          `/api/stats/share-of-voice?${day}`,
        );
        expect(
          voice.topics.map(({ topic, count, share }) => [
            topic.id,
            count,
            share,
          ]),
        ).toEqual([
          [novo.id, 2, 0.5],
          [lego.id, 2, 0.5],
        ]);
        // Feed items are published from 08:00 on 1 November, a minute apart.
        const eight = voice.points.find(
          (point) => point.t === '2026-11-01T08:00:00.000Z',
        );
        expect(eight!.total).toBe(4);
        expect(
          (await get<HashtagStats>(`/api/stats/hashtags?${day}`)).hashtags.map(
            (tag) => [tag.tag, tag.count],
          ),
        ).toEqual([
          ['dkbiz', 2],
          ['lego', 1],
        ]);
        expect(
          (await get<SourceStats>(`/api/stats/sources?${day}`)).sources,
        ).toEqual([
          // "Novo og LEGO" matched both topics: one mention; "Vejret" matched none.
          { source: { id: created.id, name: created.name }, mentions: 3 },
        ]);
      } finally {
        await feeds.stop();
      }
    });
  });

  describe('validation', () => {
    it.each([
      ['/api/stats/volume?bucket=week', /^bucket: must be hour or day$/],
      ['/api/stats/volume?from=yesterday', /^from: must be an ISO 8601 date/],
      ['/api/stats/spikes?to=2026-02-30', /^to: must be an ISO 8601 date/],
      [
        '/api/stats/sentiment?from=2026-11-02&to=2026-11-01',
        /^from: must be before to$/,
      ],
      [
        '/api/stats/share-of-voice?from=2025-01-01&to=2026-11-01',
        /^from: must be at most 400 days/,
      ],
      [
        '/api/stats/volume?from=2026-01-01&to=2026-11-01&bucket=hour',
        /^bucket: hour needs a range/,
      ],
      ['/api/stats/volume?topic=novo', /^topic: must be a UUID$/],
      ['/api/stats/volume?kind=partner', /^kind: must be one of/],
      ['/api/stats/hashtags?limit=1000', /^limit: must be a whole number/],
      ['/api/stats/authors?bucket=day', /^bucket: unknown parameter/],
      [
        '/api/stats/sources?from=2026-11-01&from=2026-11-02',
        /^from: must be given once$/,
      ],
    ])('answers %s with 400 naming the field', async (path, message) => {
      const response = await app.request(path);
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(
        message,
      );
    });

    it('describes each statistic and its parameters in the OpenAPI document', async () => {
      const document = (await (
        await app.request('/api/docs/openapi.json', { token: null })
      ).json()) as {
        paths: Record<string, { get: { parameters: { name: string }[] } }>;
      };
      const names = (path: string) =>
        document.paths[path]!.get.parameters.map((param) => param.name);

      expect(names('/api/stats/volume')).toEqual([
        'from',
        'to',
        'bucket',
        'topic',
        'kind',
        'list',
      ]);
      expect(names('/api/stats/hashtags')).toEqual([
        'from',
        'to',
        'limit',
        'list',
      ]);
      expect(names('/api/stats/summary')).toEqual(['from', 'to', 'list']);
      expect(Object.keys(document.paths)).toEqual(
        expect.arrayContaining([
          '/api/stats/share-of-voice',
          '/api/stats/sentiment',
          '/api/stats/authors',
          '/api/stats/sources',
          '/api/stats/spikes',
        ]),
      );
    });

    it('needs a token, any token', async () => {
      expect(
        (await app.request('/api/stats/volume', { token: null })).status,
      ).toBe(401);
      expect(
        (await app.request('/api/stats/spikes', { token: VIEWER_TOKEN }))
          .status,
      ).toBe(200);
    });
  });
});
