/**
 * Dashboard statistics at one million items: each /api/stats query through
 * StatsService (rollups), against a baseline measured in the same run (the
 * same statistic computed from the raw item and mention tables, using their
 * indexes).
 *
 *   npm run bench   (or: node -r @swc-node/register apps/api/bench/stats.bench.ts)
 *
 * Uses the server DATABASE_URL names (a throw-away database on it), else an
 * embedded one. Data is written through the triggers, as Lyt writes it, then
 * folded; the backfill of the migration is timed on the same data.
 */
import { DataSource } from 'typeorm';
import { StatsRollups1764230000000 } from '../src/database/migrations/1764230000000-StatsRollups';
import { MentionFacets1764900000000 } from '../src/database/migrations/1764900000000-MentionFacets';
import { HashtagPairs1765500000000 } from '../src/database/migrations/1765500000000-HashtagPairs';
import { MentionCountsOnce1765960000000 } from '../src/database/migrations/1765960000000-MentionCountsOnce';
import { TopicSourceHours1766100000000 } from '../src/database/migrations/1766100000000-TopicSourceHours';
import { withBenchDatabase } from './bench-database';
import { findSpikes } from '../src/modules/stats/spike.util';
import {
  SPIKE_K,
  SPIKE_MIN_COUNT,
  SPIKE_WINDOW,
} from '../src/modules/stats/stats.constant';
import type { StatsQuery } from '../src/modules/stats/stats-params.util';
import { ListedStatsRepository } from '../src/modules/stats/listed-stats.repository';
import { StatsRepository } from '../src/modules/stats/stats.repository';
import { StatsService } from '../src/modules/stats/stats.service';
import { PollHistoryRepository } from '../src/modules/sources/poll-history.repository';
import { topKeys } from '../src/modules/stats/top-keys.util';
import {
  alignRange,
  type Bucket,
  bucketsBefore,
  bucketStarts,
  STATS_TIME_ZONE,
  type TimeRange,
} from '@lyt/contracts';

const ITEMS = 1_000_000;
const CHUNK = 100_000;
const SOURCES = 20;
const DAYS = 90;
/** Share of items (per mille) that mention each topic; overlaps leave ~35 % mentioned. */
const TOPICS = [
  { name: 'Lyt A/S', kind: 'company', permille: 110 },
  { name: 'Rival', kind: 'competitor', permille: 80 },
  { name: 'Upstart', kind: 'competitor', permille: 50 },
  { name: 'Oldtimer', kind: 'competitor', permille: 40 },
  { name: 'Dansk erhverv', kind: 'industry', permille: 110 },
];
/** Hashtag feeds each carry their own tag; on top, a common tag and a long tail. */
const SOURCE_TAGS = [
  'dkbiz',
  'dkpol',
  'dkgreen',
  'dkmedier',
  'givlivetvidere',
  'dktech',
  'dkøko',
  'startup',
  'klima',
  'energi',
  'sundhed',
  'fintech',
  'detail',
  'job',
  'dkedu',
  'kbh',
  'aarhus',
  'odense',
  'esg',
  'ai',
];
const SPIKE_ITEMS = 1500;
/** Explore's hashtag panel: the common tag beside a feed's own. */
const COMPARED = ['dkbiz', 'dkpol'];
const RUNS = 15;
const WARM_UP = 3;
const BASELINE_RUNS = 3;

async function main(): Promise<void> {
  await withBenchDatabase('stats', async ({ dataSource }) => {
    const repository = new StatsRepository(dataSource);
    const listedRepository = new ListedStatsRepository(dataSource);
    const service = new StatsService(
      repository,
      new PollHistoryRepository(dataSource),
      listedRepository,
    );

    const generated = await seconds(() => generate(dataSource));
    const folded = await seconds(async () => {
      for (;;) {
        const folded = await repository.compact();
        const listedFolded = await listedRepository.compact();
        if (folded === 0 && listedFolded === 0) break;
      }
    });
    await dataSource.query(`VACUUM ANALYZE`);
    const backfill = await seconds(() => rebuildRollups(dataSource));
    await dataSource.query(`VACUUM ANALYZE`);
    const sizes = await tableSizes(dataSource);
    console.log(
      `stats at ${ITEMS.toLocaleString('en')} items over ${DAYS} days, ${SOURCES} sources, ${TOPICS.length} topics`,
    );
    console.log(
      `  data written through the triggers in ${generated.toFixed(1)} s, folded in ${folded.toFixed(1)} s; ` +
        `migration backfill from scratch ${backfill.toFixed(1)} s`,
    );
    console.log(`  ${sizes}`);
    console.log(
      `  rollups: median of ${RUNS} runs after ${WARM_UP} warm-ups via StatsService; raw: median of ${BASELINE_RUNS}`,
    );
    console.log('');
    console.log(
      `  ${'statistic'.padEnd(16)}${'range'.padEnd(18)}${'rollups'.padStart(10)}${'raw tables'.padStart(13)}${'ratio'.padStart(9)}`,
    );

    const now = new Date();
    const week = { from: new Date(now.getTime() - 7 * 86_400_000), to: now };
    const quarter = {
      from: new Date(now.getTime() - DAYS * 86_400_000),
      to: now,
    };
    const topicIds: string[] = (
      await dataSource.query(`SELECT id FROM topic ORDER BY created_at`)
    ).map((row: { id: string }) => row.id);
    const raw = new RawStatistics(dataSource, topicIds);
    for (const [label, period, bucket] of [
      ['7 days, hourly', week, 'hour'],
      ['90 days, daily', quarter, 'day'],
    ] as const) {
      const query: StatsQuery = {
        period,
        bucket,
        topics: [],
        kinds: [],
        limit: 10,
      };
      const cases: [string, () => Promise<unknown>, () => Promise<unknown>][] =
        [
          [
            'volume',
            () => service.volume(query),
            () => raw.volume(alignRange(period, bucket), bucket),
          ],
          [
            'share-of-voice',
            () => service.shareOfVoice(query),
            () => raw.volume(alignRange(period, bucket), bucket),
          ],
          [
            'sentiment',
            () => service.sentiment(query),
            () => raw.sentiment(alignRange(period, bucket)),
          ],
          [
            'hashtags',
            () => service.hashtags(query),
            () => raw.hashtags(alignRange(period, bucket), bucket),
          ],
          [
            'authors',
            () => service.authors(query),
            () => raw.top('author', alignRange(period, bucket)),
          ],
          [
            'sources',
            () => service.sources(query),
            () => raw.top('source_id', alignRange(period, bucket)),
          ],
          [
            'spikes',
            () => service.spikes(query),
            () => raw.spikes(alignRange(period, bucket), bucket),
          ],
          [
            'hashtag-volume',
            () => service.hashtagVolume({ ...query, hashtags: COMPARED }),
            () =>
              raw.hashtagVolume(COMPARED, alignRange(period, bucket), bucket),
          ],
          [
            'hashtag-pairs',
            () => service.hashtagPairs({ ...query, hashtags: COMPARED }),
            () => raw.hashtagPairs(COMPARED, alignRange(period, 'day')),
          ],
        ];
      for (const [statistic, rollups, baseline] of cases) {
        const fast = await median(rollups, RUNS, WARM_UP);
        const slow = await median(baseline, BASELINE_RUNS, 1);
        console.log(
          `  ${statistic.padEnd(16)}${label.padEnd(18)}${ms(fast).padStart(10)}${ms(slow).padStart(13)}${`${(slow / fast).toFixed(0)}×`.padStart(9)}`,
        );
      }
    }

    await agreement(service, repository, raw, quarter);
    await listed(dataSource, service, topicIds, week, quarter);
    await explain(dataSource, topicIds, quarter);
  });
}

/** The rollups dropped and built again from item and mention, as the migrations that make them do. */
async function rebuildRollups(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`DROP SCHEMA stats CASCADE`);
    await new StatsRollups1764230000000().up(runner);
    await new MentionFacets1764900000000().up(runner);
    await new HashtagPairs1765500000000().up(runner);
    await new MentionCountsOnce1765960000000().up(runner);
    await new TopicSourceHours1766100000000().up(runner);
    await runner.commitTransaction();
  } finally {
    await runner.release();
  }
}

/** Sources, topics, a million items and their mentions, in set-based statements that fire the triggers. */
async function generate(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO source (name, url)
     SELECT 'Kilde ' || lpad(n::text, 2, '0'), 'https://example.dk/feed/' || n FROM generate_series(1, $1) AS n`,
    [SOURCES],
  );
  for (const topic of TOPICS)
    await dataSource.query(
      `INSERT INTO topic (name, kind, query, color) VALUES ($1, $2, $1, '#135d66')`,
      [topic.name, topic.kind],
    );
  for (let first = 1; first <= ITEMS; first += CHUNK) {
    await dataSource.query(
      `WITH sources AS (SELECT array_agg(id ORDER BY name) AS ids FROM source)
       INSERT INTO item (source_id, guid, text, author, published_at, hashtags,
                         sentiment_label, sentiment_score, hidden)
       SELECT sources.ids[1 + n % $3], 'bench-' || n, 'Nyhed nummer ' || n,
              -- Authors and tail hashtags log-uniform: a few very active, a long tail.
              CASE WHEN n % 10 = 0 THEN NULL ELSE '@bruger' || floor(exp(r.author * ln(20000)))::int END,
              least(now(), date_trunc('day', now() - interval '${DAYS} days' * r.day)
                + interval '1 hour' * CASE WHEN r.daytime < 0.7 THEN 7 + 14 * r.hour ELSE 24 * r.hour END),
              CASE WHEN n % 5 < 3 THEN ARRAY[($4::text[])[1 + n % $3]] ELSE '{}' END
                || CASE WHEN r.common < 0.15 THEN ARRAY['dkbiz'] ELSE '{}' END
                || ARRAY(SELECT 'emne' || floor(exp(random() * ln(30000)))::int FROM generate_series(1, n % 3)),
              CASE WHEN r.mood < 0.3 THEN 'positive' WHEN r.mood < 0.8 THEN 'neutral' ELSE 'negative' END,
              CASE WHEN r.mood < 0.3 THEN 0.1 + 0.9 * r.hour WHEN r.mood < 0.8 THEN 0 ELSE -0.1 - 0.9 * r.hour END,
              n % 100 = 0
         FROM sources, generate_series($1::int, $2::int) AS n,
              -- Referencing n makes PostgreSQL draw new numbers for every row.
              LATERAL (SELECT random() + 0 * n AS day, random() AS daytime, random() AS hour,
                              random() AS author, random() AS common, random() AS mood) AS r`,
      [first, Math.min(first + CHUNK - 1, ITEMS), SOURCES, SOURCE_TAGS],
    );
  }
  // A story that reached several sources: the copies link to the first one and are never counted.
  await dataSource.query(
    `UPDATE item SET duplicate_of = id - 1 WHERE id % 97 = 0`,
  );
  // A burst about one competitor three days ago, for the spikes to find.
  await dataSource.query(
    `INSERT INTO item (source_id, guid, text, author, published_at, hashtags, sentiment_label, sentiment_score)
     SELECT (SELECT id FROM source ORDER BY name LIMIT 1), 'burst-' || n, 'Rival i stormvejr',
            '@bruger' || n, date_trunc('hour', now() - interval '3 days') + random() * interval '1 hour',
            ARRAY['rivalgate'], 'negative', -0.6
       FROM generate_series(1, $1) AS n`,
    [SPIKE_ITEMS],
  );
  // Every item published, in id order, as the collectors would have.
  await dataSource.query(
    `INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM item ORDER BY id`,
  );
  const topics: { id: string; name: string }[] = await dataSource.query(
    `SELECT id, name FROM topic`,
  );
  const [{ max }] = await dataSource.query(
    `SELECT max(id)::int AS max FROM item`,
  );
  for (let after = 0; after < max; after += 2 * CHUNK) {
    await dataSource.query(
      `INSERT INTO mention (item_id, topic_id)
       SELECT i.id, t.id
         FROM item i
         JOIN jsonb_to_recordset($3::jsonb) AS t(id uuid, salt int, permille int)
           ON CASE WHEN i.guid LIKE 'burst-%' THEN t.salt = 1
                   ELSE abs(hashint8(i.id * 7 + t.salt)) % 1000 < t.permille END
        WHERE i.id > $1 AND i.id <= $2 AND i.duplicate_of IS NULL`,
      [
        after,
        after + 2 * CHUNK,
        JSON.stringify(
          TOPICS.map((topic, salt) => ({
            id: topics.find((row) => row.name === topic.name)!.id,
            salt,
            permille: topic.permille,
          })),
        ),
      ],
    );
  }
}

/** The same statistics from item and mention alone: what Lyt would do without rollups. */
class RawStatistics {
  constructor(
    private readonly dataSource: DataSource,
    private readonly topicIds: string[],
  ) {}

  volume(range: TimeRange, bucket: Bucket): Promise<{ n: number }[]> {
    return this.dataSource.query(
      `SELECT m.topic_id, date_trunc($3, i.published_at, $4) AS t, count(*)::int AS n
         FROM item i JOIN mention m ON m.item_id = i.id
        WHERE i.published_at >= $1 AND i.published_at < $2 AND NOT i.hidden
          AND i.duplicate_of IS NULL AND m.topic_id = ANY($5::uuid[])
        GROUP BY 1, 2`,
      [range.from, range.to, bucket, STATS_TIME_ZONE, this.topicIds],
    );
  }

  sentiment(range: TimeRange): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT m.topic_id, count(*) AS mentions,
              count(*) FILTER (WHERE i.sentiment_label = 'positive') AS positive,
              count(*) FILTER (WHERE i.sentiment_label = 'neutral') AS neutral,
              count(*) FILTER (WHERE i.sentiment_label = 'negative') AS negative,
              avg(i.sentiment_score) AS mean
         FROM item i JOIN mention m ON m.item_id = i.id
        WHERE i.published_at >= $1 AND i.published_at < $2 AND NOT i.hidden
          AND i.duplicate_of IS NULL AND m.topic_id = ANY($3::uuid[])
        GROUP BY 1`,
      [range.from, range.to, this.topicIds],
    );
  }

  async hashtags(
    range: TimeRange,
    bucket: Bucket,
  ): Promise<{ tag: string; n: number }[]> {
    const count = (from: Date, to: Date, tags: string[] | null) =>
      this.dataSource.query(
        `SELECT tag, count(*)::int AS n
           FROM item i CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.hashtags) AS tag) AS tags
          WHERE i.published_at >= $1 AND i.published_at < $2 AND NOT i.hidden
            AND i.duplicate_of IS NULL AND ($3::text[] IS NULL OR tag = ANY($3::text[]))
            AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
          GROUP BY tag ORDER BY 2 DESC, tag LIMIT 10`,
        [from, to, tags],
      );
    const top: { tag: string; n: number }[] = await count(
      range.from,
      range.to,
      null,
    );
    const buckets = bucketStarts(range, bucket).length;
    await count(
      bucketsBefore(range.from, buckets, bucket),
      range.from,
      top.map((row) => row.tag),
    );
    return top;
  }

  hashtagVolume(
    tags: string[],
    range: TimeRange,
    bucket: Bucket,
  ): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT tag, date_trunc($3, i.published_at, $4) AS t, count(*)::int AS n
         FROM item i CROSS JOIN LATERAL (SELECT DISTINCT unnest(i.hashtags) AS tag) AS tags
        WHERE i.hashtags && $5::text[] AND tag = ANY($5::text[])
          AND i.published_at >= $1 AND i.published_at < $2 AND NOT i.hidden
          AND i.duplicate_of IS NULL AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
        GROUP BY 1, 2`,
      [range.from, range.to, bucket, STATS_TIME_ZONE, tags],
    );
  }

  /** The same pairs from the raw tables: each item's first ten hashtags, with the GIN index on hashtags. */
  hashtagPairs(tags: string[], range: TimeRange): Promise<unknown[]> {
    return this.dataSource.query(
      `SELECT p.tag, p.other, count(*)::int AS n
         FROM item i CROSS JOIN LATERAL stats.hashtag_pairs(i.hashtags) AS p
        WHERE i.hashtags && $3::text[] AND p.tag = ANY($3::text[])
          AND i.published_at >= $1 AND i.published_at < $2 AND NOT i.hidden
          AND i.duplicate_of IS NULL AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
        GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 20`,
      [range.from, range.to, tags],
    );
  }

  top(
    column: 'author' | 'source_id',
    range: TimeRange,
  ): Promise<{ key: string; n: number }[]> {
    return this.dataSource.query(
      `SELECT i.${column}::text AS key, count(*)::int AS n
         FROM item i
        WHERE i.published_at >= $1 AND i.published_at < $2 AND NOT i.hidden
          AND i.duplicate_of IS NULL AND i.${column} IS NOT NULL
          AND EXISTS (SELECT 1 FROM mention m WHERE m.item_id = i.id)
        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`,
      [range.from, range.to],
    );
  }

  async spikes(range: TimeRange, bucket: Bucket): Promise<number> {
    const from = bucketsBefore(range.from, SPIKE_WINDOW[bucket], bucket);
    const starts = bucketStarts({ from, to: range.to }, bucket);
    const position = new Map(starts.map((t, index) => [t.getTime(), index]));
    const rows: { topic_id: string; t: Date; n: number }[] = (await this.volume(
      { from, to: range.to },
      bucket,
    )) as never;
    let found = 0;
    for (const topicId of this.topicIds) {
      const counts = starts.map(() => 0);
      for (const row of rows)
        if (row.topic_id === topicId)
          counts[position.get(row.t.getTime())!] = row.n;
      found += findSpikes(counts, SPIKE_WINDOW[bucket], {
        window: SPIKE_WINDOW[bucket],
        k: SPIKE_K,
        minCount: SPIKE_MIN_COUNT,
      }).length;
    }
    return found;
  }
}

/** The rollups must give the raw tables' numbers: checked on the 90-day range. */
async function agreement(
  service: StatsService,
  repository: StatsRepository,
  raw: RawStatistics,
  period: TimeRange,
): Promise<void> {
  const query: StatsQuery = {
    period,
    bucket: 'day',
    topics: [],
    kinds: [],
    limit: 10,
  };
  const volume = await service.volume(query);
  const rawVolume = await raw.volume(alignRange(period, 'day'), 'day');
  const total = (rows: { n: number }[]) =>
    rows.reduce((sum, row) => sum + row.n, 0);
  const rollupTotal = volume.series.reduce(
    (sum, series) => sum + series.total,
    0,
  );
  const hashtags = await service.hashtags(query);
  const rawHashtags = await raw.hashtags(alignRange(period, 'day'), 'day');
  const authors = await service.authors(query);
  const rawAuthors = await raw.top('author', alignRange(period, 'day'));
  const sources = await service.sources(query);
  const rawSources = await raw.top('source_id', alignRange(period, 'day'));
  const spikes = await service.spikes(query);
  const same =
    rollupTotal === total(rawVolume) &&
    JSON.stringify(hashtags.hashtags.map((row) => [row.tag, row.count])) ===
      JSON.stringify(rawHashtags.map((row) => [row.tag, row.n])) &&
    JSON.stringify(authors.authors.map((row) => [row.author, row.mentions])) ===
      JSON.stringify(rawAuthors.map((row) => [row.key, row.n])) &&
    JSON.stringify(
      sources.sources.map((row) => [row.source.id, row.mentions]),
    ) === JSON.stringify(rawSources.map((row) => [row.key, row.n]));
  console.log('');
  console.log(
    `  rollups agree with the raw tables (90 days: ${rollupTotal.toLocaleString('en')} mentions, top hashtags, authors and sources): ${same ? 'yes' : 'NO'}`,
  );
  // StatsService reads 2·limit + 10 leaders a day, then 8·limit + 40, then sums every key.
  const decided: string[] = [];
  for (const facet of ['hashtag', 'author', 'source'] as const) {
    let how = 'summing every key';
    for (const perDay of [2 * query.limit + 10, 8 * query.limit + 40]) {
      const leaders = await repository.leaders(
        facet,
        alignRange(period, 'day'),
        perDay,
      );
      if (topKeys({ ...leaders, perDay, limit: query.limit })) {
        how = `${perDay} leaders a day`;
        break;
      }
    }
    decided.push(`${facet}s by ${how}`);
  }
  console.log(`  90-day top 10 decided: ${decided.join(', ')}`);
  const top = spikes.spikes[0];
  console.log(
    `  spikes found in 90 days: ${spikes.spikes.length}` +
      (top
        ? `, e.g. ${top.topic.name} on ${top.t.slice(0, 10)}: ${top.count} against a baseline of ${top.baseline.toFixed(1)} (${top.factor?.toFixed(1)}×)`
        : ''),
  );
}

/**
 * Interest lists of a tenth and of half the sources: per-topic statistics from
 * stats.topic_source_hour, sources from the source facet, hashtags and
 * authors from item and mention.
 */
async function listed(
  dataSource: DataSource,
  service: StatsService,
  topicIds: string[],
  week: TimeRange,
  quarter: TimeRange,
): Promise<void> {
  const lists: [string, string][] = [];
  for (const size of [SOURCES / 10, SOURCES / 2, SOURCES]) {
    const [{ id }] = await dataSource.query(
      `WITH l AS (INSERT INTO interest_list (name) VALUES ($1) RETURNING id),
            m AS (INSERT INTO interest_list_member (list_id, source_id)
                  SELECT l.id, s.id FROM l, (SELECT id FROM source ORDER BY name LIMIT $2) AS s)
       SELECT id FROM l`,
      [`Liste ${size}`, size],
    );
    lists.push([`${size} of ${SOURCES}`, id]);
  }
  console.log('');
  console.log(
    `  interest lists (list=; topics from topic_source_hour, hashtags and authors from item and mention): median of ${BASELINE_RUNS} runs after 1 warm-up`,
  );
  console.log(
    `  ${'statistic'.padEnd(16)}${'range'.padEnd(18)}${lists
      .slice(0, 2)
      .map(([label]) => `list ${label}`.padStart(16))
      .join('')}`,
  );
  for (const [label, period, bucket] of [
    ['7 days, hourly', week, 'hour'],
    ['90 days, daily', quarter, 'day'],
  ] as const) {
    const query = (list: string): StatsQuery => ({
      period,
      bucket,
      topics: [],
      kinds: [],
      lists: [list],
      limit: 10,
    });
    const cases: [string, (list: string) => Promise<unknown>][] = [
      ['summary', (list) => service.summary(period, [list])],
      ['volume', (list) => service.volume(query(list))],
      ['share-of-voice', (list) => service.shareOfVoice(query(list))],
      ['sentiment', (list) => service.sentiment(query(list))],
      ['hashtags', (list) => service.hashtags(query(list))],
      ['authors', (list) => service.authors(query(list))],
      ['sources', (list) => service.sources(query(list))],
      ['spikes', (list) => service.spikes(query(list))],
      [
        'hashtag-volume',
        (list) => service.hashtagVolume({ ...query(list), hashtags: COMPARED }),
      ],
      [
        'hashtag-pairs',
        (list) => service.hashtagPairs({ ...query(list), hashtags: COMPARED }),
      ],
    ];
    for (const [statistic, run] of cases) {
      const times: string[] = [];
      for (const [, list] of lists.slice(0, 2))
        times.push(ms(await median(() => run(list), BASELINE_RUNS, 1)));
      console.log(
        `  ${statistic.padEnd(16)}${label.padEnd(18)}${times.map((time) => time.padStart(16)).join('')}`,
      );
    }
  }
  // A list of every source must count what the rollups count.
  const every = lists[2]![1];
  const base: StatsQuery = {
    period: quarter,
    bucket: 'day',
    topics: [],
    kinds: [],
    limit: 10,
  };
  const pairs = await Promise.all(
    [
      (query: StatsQuery) => service.volume(query),
      (query: StatsQuery) => service.sentiment(query),
      (query: StatsQuery) => service.hashtags(query),
      (query: StatsQuery) => service.authors(query),
      (query: StatsQuery) => service.sources(query),
    ].map(async (read) => [
      JSON.stringify(await read(base)),
      JSON.stringify(await read({ ...base, lists: [every] })),
    ]),
  );
  console.log(
    `  a list of all ${SOURCES} sources gives the rollups' volume, sentiment, hashtags, authors and sources (90 days): ${pairs.every(([a, b]) => a === b) ? 'yes' : 'NO'}`,
  );
  const [{ id: tenth }] = lists.map(([, id]) => ({ id }));
  const sources: string[] = (
    await dataSource.query(
      `SELECT source_id FROM interest_list_member WHERE list_id = $1`,
      [tenth],
    )
  ).map((row: { source_id: string }) => row.source_id);
  for (const [label, range, bucket] of [
    ['7 days by hour', alignRange(week, 'hour'), 'hour'],
    ['90 days by day', alignRange(quarter, 'day'), 'day'],
  ] as const) {
    const plan: { 'QUERY PLAN': string }[] = await dataSource.query(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON)
       SELECT topic_id, date_trunc($5, hour, $6) AS t, sum(mentions)::int FROM (
         SELECT topic_id, hour, mentions FROM stats.topic_source_hour
          WHERE topic_id = ANY($1::uuid[]) AND source_id = ANY($2::uuid[]) AND hour >= $3 AND hour < $4
         UNION ALL
         SELECT topic_id, hour, mentions FROM stats.topic_source_change
          WHERE topic_id = ANY($1::uuid[]) AND source_id = ANY($2::uuid[]) AND hour >= $3 AND hour < $4
       ) AS counted GROUP BY 1, 2`,
      [topicIds, sources, range.from, range.to, bucket, STATS_TIME_ZONE],
    );
    console.log(
      `  plan, volume of the ${lists[0]![0]} list, ${label}: ${plan
        .map((row) => row['QUERY PLAN'])
        .filter((line) => /Scan|Join|Loop|Execution Time/.test(line))
        .map((line) => line.trim().replace(/^->\s*/, ''))
        .join('; ')}`,
    );
  }
}

/** The plans of the main rollup reads, reduced to their scan lines: which indexes they use. */
async function explain(
  dataSource: DataSource,
  topicIds: string[],
  period: TimeRange,
): Promise<void> {
  const days = alignRange(period, 'day');
  const starts = bucketStarts(days, 'day');
  const week = alignRange(
    { from: new Date(period.to.getTime() - 7 * 86_400_000), to: period.to },
    'hour',
  );
  const volume = `SELECT topic_id, date_trunc($4, hour, $5) AS t, sum(mentions)
         FROM (SELECT topic_id, hour, mentions FROM stats.topic_hour
                WHERE topic_id = ANY($1::uuid[]) AND hour >= $2 AND hour < $3
               UNION ALL
               SELECT topic_id, hour, mentions FROM stats.topic_change
                WHERE topic_id = ANY($1::uuid[]) AND hour >= $2 AND hour < $3) AS counted
        GROUP BY 1, 2`;
  const plans: [string, string, unknown[]][] = [
    [
      'volume by hour, 7 days',
      volume,
      [topicIds, week.from, week.to, 'hour', STATS_TIME_ZONE],
    ],
    [
      'volume by day, 90 days',
      volume,
      [topicIds, days.from, days.to, 'day', STATS_TIME_ZONE],
    ],
    [
      "each day's 30 leading hashtags",
      `SELECT d.day, l.key, l.count FROM unnest($1::timestamptz[]) AS d (day)
         CROSS JOIN LATERAL (SELECT key, count FROM stats.facet_day
                              WHERE facet = 'hashtag' AND day = d.day ORDER BY count DESC LIMIT 30) AS l`,
      [starts],
    ],
    [
      'whole-day totals of 40 hashtags',
      `SELECT key, sum(count) FROM stats.facet_day
        WHERE facet = 'hashtag' AND key = ANY($1::text[]) AND day >= $2 AND day < $3 GROUP BY key`,
      [
        [
          ...SOURCE_TAGS,
          ...Array.from({ length: 20 }, (_, n) => `emne${n + 1}`),
        ],
        days.from,
        days.to,
      ],
    ],
  ];
  console.log('');
  console.log('  query plans (90 days unless said):');
  for (const [label, sql, params] of plans) {
    const rows: { 'QUERY PLAN': string }[] = await dataSource.query(
      `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY ON) ${sql}`,
      params,
    );
    const lines = rows
      .map((row) => row['QUERY PLAN'])
      .filter((line) => /Scan|Execution Time/.test(line))
      .map((line) => line.trim().replace(/^->\s*/, ''));
    console.log(`  ${label}: ${lines.join('; ')}`);
  }
}

async function tableSizes(dataSource: DataSource): Promise<string> {
  const rows: { name: string; rows: number; size: string }[] =
    await dataSource.query(
      `SELECT c.relname AS name, c.reltuples::bigint AS rows,
              pg_size_pretty(pg_total_relation_size(c.oid)) AS size
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND (n.nspname = 'stats' OR c.relname IN ('item', 'mention'))
          AND c.relname NOT LIKE '%change'
        ORDER BY n.nspname, c.relname`,
    );
  return rows
    .map(
      (row) =>
        `${row.name} ${Number(row.rows).toLocaleString('en')} rows ${row.size}`,
    )
    .join(', ');
}

async function median(
  run: () => Promise<unknown>,
  runs: number,
  warmUp: number,
): Promise<number> {
  for (let n = 0; n < warmUp; n++) await run();
  const times: number[] = [];
  for (let n = 0; n < runs; n++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

function ms(value: number): string {
  return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
