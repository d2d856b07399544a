import type { VolumeStats } from '@lyt/contracts';
import { Client } from 'pg';
import { StatsCompactionService } from '../src/modules/stats/stats-compaction.service';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

// What stats.topic_source_hour must hold: mentions of visible originals per topic, source and hour.
const RAW = `
  SELECT m.topic_id, i.source_id, date_trunc('hour', i.published_at, 'UTC') AS hour,
         count(*)::bigint AS mentions,
         count(*) FILTER (WHERE i.sentiment_label = 'positive')::bigint AS positive,
         count(*) FILTER (WHERE i.sentiment_label = 'neutral')::bigint AS neutral,
         count(*) FILTER (WHERE i.sentiment_label = 'negative')::bigint AS negative,
         count(i.sentiment_score)::bigint AS scored,
         coalesce(sum(i.sentiment_score::numeric), 0) AS sentiment_sum
    FROM mention m JOIN item i ON i.id = m.item_id
   WHERE NOT i.hidden AND i.duplicate_of IS NULL
   GROUP BY 1, 2, 3`;
// What a reader adds up: the folded hours and the pending changes.
const ROLLED = `
  SELECT topic_id, source_id, hour, sum(mentions)::bigint, sum(positive)::bigint,
         sum(neutral)::bigint, sum(negative)::bigint, sum(scored)::bigint, sum(sentiment_sum)
    FROM (SELECT * FROM stats.topic_source_hour UNION ALL SELECT * FROM stats.topic_source_change) AS rows
   GROUP BY 1, 2, 3
  HAVING sum(mentions) <> 0 OR sum(scored) <> 0 OR sum(sentiment_sum) <> 0`;

/**
 * stats.topic_source_hour (what list= statistics per topic read) stays equal
 * to a count from mention and item, before and after folding, whatever
 * changes them.
 */
describe('the per-source topic rollup', () => {
  let database: TestDatabase;
  let app: TestApp;
  let db: Client;
  let guid = 0;
  let us: string;
  let them: string;
  let media: string;
  let blog: string;
  let other: string;
  let listId: string;
  let ids: string[];

  async function item(
    source: string,
    at: string,
    topics: string[],
    sentiment: [string, number] | null = ['neutral', 0],
  ): Promise<string> {
    const { rows } = await db.query(
      `INSERT INTO item (source_id, guid, text, author, published_at, hashtags, sentiment_label, sentiment_score)
       VALUES ($1, $2, 'text', '@someone', $3, '{}', $4, $5) RETURNING id::text`,
      [
        source,
        `item-${++guid}`,
        at,
        sentiment?.[0] ?? null,
        sentiment?.[1] ?? null,
      ],
    );
    await db.query(
      `INSERT INTO mention (item_id, topic_id) SELECT $1, unnest($2::uuid[])`,
      [rows[0].id, topics],
    );
    return rows[0].id;
  }

  /** Rows where the rollup and the raw count differ, after checking them unfolded and folded. */
  async function drift(): Promise<unknown[]> {
    const difference = async () =>
      (
        await db.query(
          `(${RAW} EXCEPT ${ROLLED}) UNION ALL (${ROLLED} EXCEPT ${RAW})`,
        )
      ).rows;
    const unfolded = await difference();
    await app.app.get(StatsCompactionService).compact();
    const [{ pending }] = (
      await db.query(
        `SELECT count(*)::int AS pending FROM stats.topic_source_change`,
      )
    ).rows;
    return [
      ...unfolded,
      ...(await difference()),
      ...(pending ? [{ pending }] : []),
    ];
  }

  async function listVolume(): Promise<number> {
    const response = await app.request(
      `/api/stats/volume?list=${listId}&from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z&bucket=hour`,
      { token: VIEWER_TOKEN },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as VolumeStats;
    return body.series.reduce((sum, series) => sum + series.total, 0);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    db = new Client({ connectionString: database.url });
    await db.connect();
    const topic = async (name: string, kind: string) =>
      (
        await db.query(
          `INSERT INTO topic (name, kind, query, color) VALUES ($1, $2, $1, '#123456') RETURNING id`,
          [name, kind],
        )
      ).rows[0].id as string;
    const source = async (name: string) =>
      (
        await db.query(
          `INSERT INTO source (name, url) VALUES ($1, $2) RETURNING id`,
          [name, `https://example.dk/${name}`],
        )
      ).rows[0].id as string;
    us = await topic('Us', 'company');
    them = await topic('Them', 'competitor');
    media = await source('media');
    blog = await source('blog');
    other = await source('other');
    const response = await app.request('/api/lists', {
      method: 'POST',
      body: { name: 'Presse', sourceIds: [media, blog] },
    });
    expect(response.status).toBe(201);
    listId = ((await response.json()) as { id: string }).id;
    ids = [
      await item(media, '2026-11-01T08:10:00Z', [us, them], ['positive', 0.8]),
      await item(media, '2026-11-01T08:40:00Z', [us], ['negative', -0.5]),
      await item(blog, '2026-11-01T09:05:00Z', [them], null),
      await item(other, '2026-11-01T09:30:00Z', [us]),
    ];
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await database.drop();
  });

  it('counts new mentions, and the list reads only its sources', async () => {
    expect(await drift()).toEqual([]);
    expect(await listVolume()).toBe(4);
  });

  it('takes a hidden item of a listed source out, and puts it back when shown', async () => {
    await db.query(`UPDATE item SET hidden = true WHERE id = $1`, [ids[0]]);
    expect(await drift()).toEqual([]);
    expect(await listVolume()).toBe(2);
    await db.query(`UPDATE item SET hidden = false WHERE id = $1`, [ids[0]]);
    expect(await drift()).toEqual([]);
    expect(await listVolume()).toBe(4);
  });

  it('follows a copy, a new score and a moved date or source', async () => {
    const copy = await item(blog, '2026-11-01T10:00:00Z', [us]);
    await db.query(`UPDATE item SET duplicate_of = $2 WHERE id = $1`, [
      copy,
      ids[0],
    ]);
    expect(await drift()).toEqual([]);
    expect(await listVolume()).toBe(4);
    await db.query(
      `UPDATE item SET sentiment_label = 'positive', sentiment_score = 0.25 WHERE id = $1`,
      [ids[2]],
    );
    await db.query(
      `UPDATE item SET published_at = '2026-11-01T12:00:00Z' WHERE id = $1`,
      [ids[1]],
    );
    await db.query(`UPDATE item SET source_id = $2 WHERE id = $1`, [
      ids[3],
      blog,
    ]);
    expect(await drift()).toEqual([]);
    expect(await listVolume()).toBe(5);
  });

  it('follows a re-match that deletes and inserts in one transaction, and a moved mention', async () => {
    await db.query('BEGIN');
    await db.query(`DELETE FROM mention WHERE topic_id = $1`, [us]);
    await db.query(
      `INSERT INTO mention (item_id, topic_id) SELECT unnest($1::bigint[]), $2`,
      [[ids[0], ids[2]], us],
    );
    await db.query('COMMIT');
    await db.query(
      `INSERT INTO mention (item_id, topic_id) VALUES ($1, $2)
       ON CONFLICT (item_id, topic_id) DO UPDATE SET terms = excluded.terms`,
      [ids[0], us],
    );
    expect(await drift()).toEqual([]);
    await db.query(
      `UPDATE mention SET item_id = $2 WHERE item_id = $1 AND topic_id = $3`,
      [ids[2], ids[1], us],
    );
    expect(await drift()).toEqual([]);
  });

  it('takes out the mentions of a deleted source and of a deleted topic', async () => {
    await db.query(`DELETE FROM source WHERE id = $1`, [blog]);
    expect(await drift()).toEqual([]);
    await db.query(`DELETE FROM topic WHERE id = $1`, [them]);
    expect(await drift()).toEqual([]);
  });

  it('forgets everything when mention is truncated', async () => {
    await item(media, '2026-11-01T13:00:00Z', [us]);
    await db.query(`TRUNCATE mention`);
    expect(await drift()).toEqual([]);
    const { rows } = await db.query(
      `SELECT (SELECT count(*) FROM stats.topic_source_hour)
            + (SELECT count(*) FROM stats.topic_source_change) AS n`,
    );
    expect(Number(rows[0].n)).toBe(0);
  });
});
