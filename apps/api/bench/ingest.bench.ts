/**
 * Ingest rate into PostgreSQL: how fast one poll's items are stored, against a
 * baseline measured in the same run (one INSERT per item, autocommit).
 *
 *   npm run bench   (or: node -r @swc-node/register apps/api/bench/ingest.bench.ts)
 *
 * Uses the server DATABASE_URL names (a throw-away database on it), else an embedded one.
 */
import { Client } from 'pg';
import { withBenchDatabase } from './bench-database';
import type { EnrichedItem } from '../src/modules/items/item.types';
import { ItemsRepository } from '../src/modules/items/items.repository';

const BATCH = 500;
const BATCHES = 20;
const BASELINE_ROWS = 2000;

function item(n: number): EnrichedItem {
  return {
    guid: `https://example.dk/post/${n}`,
    url: `https://example.dk/post/${n}`,
    canonicalUrl: `https://example.dk/post/${n}`,
    title: `Nyhed nummer ${n} om dansk erhvervsliv`,
    text: `Kunderne er glade for den nye service i butikken. ${'Lorem ipsum dolor sit amet. '.repeat(25)} #dkbiz #n${n}`,
    author: '@redaktion@mastodon.social',
    publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
    hashtags: ['dkbiz', `n${n}`],
    mediaUrl: null,
    language: 'da',
    sentiment: { score: 0.5, label: 'positive' },
  };
}

async function main(): Promise<void> {
  await withBenchDatabase('ingest', async ({ dataSource, url }) => {
    const [{ id: sourceId }] = await dataSource.query(
      `INSERT INTO source (name, url) VALUES ('bench', 'https://example.dk/feed') RETURNING id`,
    );

    const client = new Client({ connectionString: url });
    await client.connect();
    let started = performance.now();
    for (let n = 0; n < BASELINE_ROWS; n++) {
      const row = item(1_000_000 + n);
      await client.query(
        `INSERT INTO item (source_id, guid, url, canonical_url, title, text, author, published_at, hashtags, language)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (source_id, guid) DO NOTHING`,
        [
          sourceId,
          row.guid,
          row.url,
          row.canonicalUrl,
          row.title,
          row.text,
          row.author,
          row.publishedAt,
          row.hashtags,
          row.language,
        ],
      );
    }
    const baseline = BASELINE_ROWS / ((performance.now() - started) / 1000);
    await client.end();

    const repository = new ItemsRepository(dataSource);
    const batches = Array.from({ length: BATCHES }, (_, b) =>
      Array.from({ length: BATCH }, (_, i) => item(b * BATCH + i)),
    );
    started = performance.now();
    for (const batch of batches)
      await dataSource.transaction((manager) =>
        repository.insertNew(manager, sourceId, batch),
      );
    const fresh = (BATCH * BATCHES) / ((performance.now() - started) / 1000);

    started = performance.now();
    for (const batch of batches)
      await dataSource.transaction((manager) =>
        repository.insertNew(manager, sourceId, batch),
      );
    const repoll = (BATCH * BATCHES) / ((performance.now() - started) / 1000);

    const rate = (value: number) =>
      `${Math.round(value).toLocaleString('en')} rows/s`;
    console.log(
      `ingest (${BATCHES} polls of ${BATCH} items, ~1 KB each, one transaction per poll)`,
    );
    console.log(
      `  baseline, one INSERT per item, autocommit: ${rate(baseline)}`,
    );
    console.log(
      `  Lyt, new items:                           ${rate(fresh)}  (${(fresh / baseline).toFixed(1)}× baseline)`,
    );
    console.log(
      `  Lyt, re-poll, all already stored:         ${rate(repoll)}  (${(repoll / baseline).toFixed(1)}× baseline)`,
    );
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
