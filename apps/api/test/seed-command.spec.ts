import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type {
  DemoStatus,
  MentionPage,
  SummaryStats,
  Topic,
  VolumeStats,
} from '@lyt/contracts';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

jest.setTimeout(180_000);

const ROOT = resolve(__dirname, '../../..');
const exec = promisify(execFile);

/** `npm run -s lyt -- <args>` as a user runs it, against `databaseUrl`. */
async function lyt(
  databaseUrl: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/cli/src/main.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return failed;
  }
}

describe('lyt seed and lyt demo --remove', () => {
  let database: TestDatabase;
  let app: TestApp;
  let db: Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Lyt runs while the commands work on its database.
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await database.drop();
  });

  const json = async <T>(path: string): Promise<T> =>
    (await (await app.request(path)).json()) as T;

  it('refuses a count that is not a whole positive number, naming the option', async () => {
    const result = await lyt(database.url, ['seed', '--items', '-5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: .*--items/m);
  });

  it('writes exactly N items over D days, and the statistics agree with them', async () => {
    const result = await lyt(database.url, [
      'seed',
      '--items',
      '3000',
      '--days',
      '5',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ items: 3000, days: 5 });
    expect(report.itemsPerSecond).toBeGreaterThan(0);
    // Not a terminal here: the progress comes as plain lines.
    expect(result.stderr).toMatch(/100% 3,000\/3,000 items/);

    const summary = await json<SummaryStats>('/api/stats/summary');
    expect(summary).toMatchObject({ items: 3000, sources: 5, topics: 4 });
    const { rows } = await db.query(
      `SELECT min(published_at) AS first, max(published_at) AS last, count(DISTINCT guid)::int AS guids FROM item`,
    );
    expect(rows[0].guids).toBe(3000);
    const spanDays =
      (new Date(rows[0].last).getTime() - new Date(rows[0].first).getTime()) /
      86_400_000;
    expect(spanDays).toBeGreaterThan(4.5);
    expect(spanDays).toBeLessThanOrEqual(5);

    // The hourly rollups hold every mention: per topic, the series add up to what the list shows.
    const from = new Date(Date.now() - 6 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 3_600_000).toISOString();
    const volume = await json<VolumeStats>(
      `/api/stats/volume?from=${from}&to=${to}&bucket=hour`,
    );
    const topics = await json<Topic[]>('/api/topics');
    for (const topic of topics) {
      const series = volume.series.find(
        (entry) => entry.topic.id === topic.id,
      )!;
      const { rows: counted } = await db.query(
        `SELECT count(*)::int AS mentions FROM mention WHERE topic_id = $1`,
        [topic.id],
      );
      expect(series.total).toBe(counted[0].mentions);
      expect(series.points.reduce((sum, point) => sum + point.count, 0)).toBe(
        series.total,
      );
    }
    expect(summary.mentions).toBeGreaterThan(2000);
  });

  it('adds up: a second run writes N more', async () => {
    const result = await lyt(database.url, [
      'seed',
      '--items',
      '500',
      '--days',
      '2',
    ]);
    expect(result.code).toBe(0);
    expect((await json<SummaryStats>('/api/stats/summary')).items).toBe(3500);
  });

  it('removes the demo while Lyt runs; the running api answers with what is left', async () => {
    await app.request('/api/topics', {
      method: 'POST',
      body: { name: 'Mit firma', kind: 'custom', query: 'vindmølle*' },
    });
    expect(await json<DemoStatus>('/api/demo')).toEqual({ active: true });

    const result = await lyt(database.url, ['demo', '--remove']);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      removed: { topics: 4, sources: 5, items: 3500 },
    });
    expect(await json<DemoStatus>('/api/demo')).toEqual({ active: false });
    expect(await json<SummaryStats>('/api/stats/summary')).toEqual({
      items: 0,
      mentions: 0,
      sources: 0,
      topics: 1,
    });
    expect((await json<MentionPage>('/api/mentions')).items).toEqual([]);
  });
});
