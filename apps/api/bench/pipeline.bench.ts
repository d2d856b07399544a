/**
 * End-to-end ingest: the real app (its own process, the real scheduler) is given
 * 100 feeds × 200 items over REST, one source after another, and is timed until
 * /api/stats/summary counts all 20,000 mentions. Against the floor measured in
 * the same run: a bare fetch + rss-parser parseString of the same feeds in one
 * process. Then a table of where each poll's time went, from the app's own
 * per-step timings (LYT_LOG_LEVEL=debug).
 *
 *   npm run bench   (or: node -r @swc-node/register apps/api/bench/pipeline.bench.ts)
 *
 * Uses the server DATABASE_URL names (a throw-away database on it), else an embedded one.
 */
import Parser from 'rss-parser';
import type { SummaryStats } from '@lyt/contracts';
import { FeedItemSpec, FeedServer } from '@lyt/testing';
import {
  freePort,
  LytProcess,
  runLyt,
  testLytEnv,
  waitForHealth,
} from '../test/support/lyt-process';
import { ADMIN_TOKEN } from '../test/support/test-app';
import { withBenchDatabase } from './bench-database';

const FEEDS = 100;
const ITEMS_PER_FEED = 200;
const RUNS = 3;
const FLOOR_RUNS = 5;
/** What the target allows: end to end within this many times the floor. */
const TARGET_RATIO = 6;

const PLACES = ['Kalundborg', 'Bagsværd', 'Aarhus', 'Odense', 'Aalborg'];
const NEWS = [
  'åbner en ny fabrik og ansætter flere medarbejdere',
  'melder om stærk vækst i salget af medicin mod diabetes',
  'investerer milliarder i grøn omstilling af produktionen',
  'får kritik for prisen på sin nye behandling',
  'samarbejder med universitetet om forskning i fedme',
];

/** Danish text, no language declared, two hashtags each, every item about the company. */
function feedItems(feed: number): FeedItemSpec[] {
  return Array.from({ length: ITEMS_PER_FEED }, (_, n) => {
    const place = PLACES[(feed + n) % PLACES.length]!;
    const news = NEWS[(feed * 7 + n) % NEWS.length]!;
    return {
      guid: `feed-${feed}-item-${n}`,
      title: `Novo Nordisk ${news} i ${place}`,
      text: `Novo Nordisk ${news}. Ifølge virksomheden sker det i ${place}, hvor ledelsen forventer, at de nye planer vil styrke både arbejdspladserne og eksporten i de kommende år (nr. ${n}). #dkbiz #sundhed${n % 10}`,
      publishedAt: new Date(
        Date.now() - (feed * ITEMS_PER_FEED + n) * 1000,
      ).toISOString(),
    };
  });
}

async function floor(urls: string[]): Promise<number> {
  const parser = new Parser();
  const started = performance.now();
  let items = 0;
  for (const url of urls) {
    const body = await (await fetch(url)).text();
    items += (await parser.parseString(body)).items.length;
  }
  const seconds = (performance.now() - started) / 1000;
  if (items !== FEEDS * ITEMS_PER_FEED)
    throw new Error(`floor parsed ${items} items`);
  return seconds;
}

async function api<T = unknown>(
  base: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${ADMIN_TOKEN}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Seconds from the first source's POST until the summary counts `expected` mentions. */
async function ingest(
  base: string,
  urls: string[],
  expected: number,
): Promise<number> {
  const started = performance.now();
  for (const url of urls)
    await api(base, '/api/sources', { url, intervalSeconds: 3600 });
  for (;;) {
    const { mentions } = await api<SummaryStats>(base, '/api/stats/summary');
    if (mentions >= expected) return (performance.now() - started) / 1000;
    if (performance.now() - started > 300_000)
      throw new Error(`only ${mentions} mentions after 5 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

interface PollTiming {
  newItems: number;
  steps: Record<string, number>;
}

function pollTimings(lyt: LytProcess): PollTiming[] {
  const polls: PollTiming[] = [];
  for (const line of lyt.output().split('\n')) {
    const at = line.indexOf('poll timings ');
    if (at < 0) continue;
    let record: { message?: string };
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    const message = String(record.message ?? '');
    const json = message.slice(
      message.indexOf('poll timings ') + 'poll timings '.length,
    );
    polls.push(JSON.parse(json));
  }
  return polls;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Steps that contain others: shown with what they hold beyond them. */
const ORDER = [
  'host wait',
  'fetch',
  'parse',
  'enrich',
  'transaction',
  'insert',
  'match',
  'mention insert',
  'alerts',
  'outcome',
  'publish',
];
const INSIDE_TRANSACTION = [
  'insert',
  'match',
  'mention insert',
  'alerts',
  'outcome',
  'publish',
];

function stepTable(polls: PollTiming[], wall: number): string {
  const totals: Record<string, number> = {};
  const perPoll: Record<string, number[]> = {};
  for (const poll of polls)
    for (const [name, ms] of Object.entries(poll.steps)) {
      totals[name] = (totals[name] ?? 0) + ms;
      (perPoll[name] ??= []).push(ms);
    }
  const commit =
    (totals['transaction'] ?? 0) -
    INSIDE_TRANSACTION.reduce((sum, name) => sum + (totals[name] ?? 0), 0);
  const rows = ORDER.filter((name) => totals[name] !== undefined).map(
    (name) => {
      const label =
        name === 'transaction'
          ? 'transaction (all of it)'
          : `${INSIDE_TRANSACTION.includes(name) ? '  ' : ''}${name}`;
      return [label, totals[name]!, median(perPoll[name]!)] as const;
    },
  );
  rows.splice(
    rows.findIndex(([label]) => label.startsWith('transaction')) +
      1 +
      INSIDE_TRANSACTION.filter((n) => totals[n] !== undefined).length,
    0,
    ['  begin, commit (seq), rest', commit, commit / Math.max(1, polls.length)],
  );
  const lines = [
    `  ${'step'.padEnd(28)} ${'sum over polls'.padStart(15)} ${'median per poll'.padStart(16)}`,
    ...rows.map(
      ([label, total, perPollMs]) =>
        `  ${label.padEnd(28)} ${`${(total / 1000).toFixed(2)} s`.padStart(15)} ${`${perPollMs.toFixed(1)} ms`.padStart(16)}`,
    ),
    `  (${polls.length} polls; sums add up time of polls that overlap, against ${wall.toFixed(2)} s of wall time)`,
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  await withBenchDatabase('pipeline', async ({ url }) => {
    const feeds = await new FeedServer().start();
    const port = await freePort();
    const lyt = runLyt({
      ...testLytEnv(port),
      DATABASE_URL: url,
      LYT_LOG_LEVEL: 'debug',
    });
    try {
      await waitForHealth(port, lyt);
      const base = `http://127.0.0.1:${port}`;
      await api(base, '/api/topics', {
        name: 'Novo Nordisk',
        kind: 'company',
        query: 'novo',
      });

      const runs: { floor: number; ingest: number }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const urls = Array.from({ length: FEEDS }, (_, feed) =>
          feeds.serve(`/run-${run}/feed-${feed}.xml`, {
            items: feedItems(feed),
            language: null,
          }),
        );
        const floors: number[] = [];
        for (let n = 0; n < FLOOR_RUNS; n++) floors.push(await floor(urls));
        const seconds = await ingest(
          base,
          urls,
          (run + 1) * FEEDS * ITEMS_PER_FEED,
        );
        runs.push({ floor: median(floors), ingest: seconds });
        console.log(
          `run ${run + 1}: ingest ${seconds.toFixed(2)} s, floor ${median(floors).toFixed(3)} s: ${(seconds / median(floors)).toFixed(1)}× the floor`,
        );
      }
      const ratios = runs.map((run) => run.ingest / run.floor);
      const best = runs[ratios.indexOf(median(ratios))]!;
      console.log(
        `\nend-to-end ingest of ${FEEDS} feeds × ${ITEMS_PER_FEED} items: ${best.ingest.toFixed(2)} s against a floor of ${best.floor.toFixed(3)} s (bare fetch + rss-parser, one process): ${median(ratios).toFixed(1)}× the floor (median of ${RUNS}; target ≤ ${TARGET_RATIO}×)`,
      );
      const polls = pollTimings(lyt).filter((poll) => poll.newItems > 0);
      console.log(
        `\nwhere a poll's time goes (all ${RUNS} runs):\n${stepTable(
          polls,
          runs.reduce((sum, run) => sum + run.ingest, 0),
        )}`,
      );
    } finally {
      lyt.child.kill('SIGTERM');
      await lyt.exited;
      await feeds.stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
