import type { BlindSpotStats, Source } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import { Client } from 'pg';
import { PollHistoryPruner } from '../src/modules/sources/poll-history-pruner.service';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('poll history and blind spots', () => {
  let database: TestDatabase;
  let app: TestApp;
  let feeds: FeedServer;
  let db: Client;

  beforeAll(async () => {
    feeds = await new FeedServer().start();
    database = await createTestDatabase();
    // The api alone: no collector ticks, so only "poll now" fetches.
    app = await startTestApp(database.url, { LYT_ROLES: 'api' });
    db = new Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await database.drop();
    await feeds.stop();
  });

  const json = async <T>(path: string, token?: string): Promise<T> => {
    const response = await app.request(path, { token });
    const body = await response.json();
    if (response.status !== 200)
      throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  };
  const createSource = async (path: string, name: string) =>
    (await (
      await app.request('/api/sources', {
        method: 'POST',
        body: { url: feeds.serve(path, { items: [] }), name },
      })
    ).json()) as Source;
  /** Polls now and returns the moments just before and after. */
  const poll = async (source: Source) => {
    const before = new Date();
    const response = await app.request(`/api/sources/${source.id}/poll`, {
      method: 'POST',
    });
    expect(response.status).toBe(200);
    return { before, after: new Date() };
  };
  const blindSpots = (query = '') =>
    json<BlindSpotStats>(`/api/stats/blind-spots?${query}`);
  const within = (
    instant: string | null,
    { before, after }: { before: Date; after: Date },
  ) => {
    expect(instant).not.toBeNull();
    const at = Date.parse(instant!);
    expect(at).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(at).toBeLessThanOrEqual(after.getTime() + 1000);
  };

  it('keeps a failing stretch from its first failed poll to the first good one after, with the latest error', async () => {
    const source = await createSource('/reddit', 'Reddit-søgning');
    await poll(source);
    feeds.serve('/reddit', { status: 503 });
    const firstFailure = await poll(source);
    feeds.serve('/reddit', { status: 404 });
    await poll(source);
    feeds.serve('/reddit', { items: [] });
    const recovered = await poll(source);
    await poll(source);

    const { sources } = await blindSpots();
    expect(sources).toHaveLength(1);
    expect(sources[0]!.source).toEqual({
      id: source.id,
      name: 'Reddit-søgning',
    });
    const [outage, ...more] = sources[0]!.outages;
    expect(more).toEqual([]);
    within(outage!.from, firstFailure);
    within(outage!.to, recovered);
    expect(outage).toMatchObject({
      failedPolls: 2,
      status: 'http-status',
      error: expect.stringMatching(/404/),
    });
    // Every poll is kept: two good ones before and after, two failed.
    const { rows } = await db.query(
      `SELECT ok, polls FROM poll_run WHERE source_id = $1 ORDER BY started_at`,
      [source.id],
    );
    expect(rows).toEqual([
      { ok: true, polls: 1 },
      { ok: false, polls: 2 },
      { ok: true, polls: 2 },
    ]);
  });

  it('shows an outage that still lasts without an end, and only outages that overlap the period', async () => {
    const source = await createSource('/down', 'Nede');
    feeds.serve('/down', { status: 500 });
    const failed = await poll(source);

    const now = await blindSpots();
    const down = now.sources.find((entry) => entry.source.id === source.id)!;
    expect(down.outages).toHaveLength(1);
    within(down.outages[0]!.from, failed);
    expect(down.outages[0]!.to).toBeNull();

    // A period that ended before the outage began.
    const earlier = await blindSpots(
      `from=${new Date(Date.now() - 7 * 86_400_000).toISOString()}&to=${new Date(failed.before.getTime() - 60_000).toISOString()}`,
    );
    expect(earlier.sources.map((entry) => entry.source.id)).not.toContain(
      source.id,
    );
    // A period after a finished outage holds none of it.
    const after = await blindSpots(
      `from=${new Date().toISOString()}&to=${new Date(Date.now() + 3_600_000).toISOString()}`,
    );
    expect(after.sources.map((entry) => entry.source.name)).toEqual(['Nede']);
  });

  it('forgets stretches that ended more than 400 days ago, and a deleted source with its history', async () => {
    const source = await createSource('/old', 'Gammel');
    await db.query(
      `INSERT INTO poll_run (source_id, ok, started_at, last_at, ended_at, polls, status, error)
       VALUES ($1, false, now() - interval '402 days', now() - interval '401 days', now() - interval '401 days', 3, 'timeout', 'too slow'),
              ($1, true, now() - interval '401 days', now() - interval '399 days', now() - interval '399 days', 9, 'ok', NULL),
              ($1, false, now() - interval '399 days', now() - interval '2 days', now() - interval '1 day', 40, 'timeout', 'too slow')`,
      [source.id],
    );
    expect(await app.app.get(PollHistoryPruner).prune()).toBe(1);
    const { rows } = await db.query(
      `SELECT polls FROM poll_run WHERE source_id = $1 ORDER BY started_at`,
      [source.id],
    );
    expect(rows).toEqual([{ polls: 9 }, { polls: 40 }]);

    expect(
      (await app.request(`/api/sources/${source.id}`, { method: 'DELETE' }))
        .status,
    ).toBe(204);
    const left = await db.query(`SELECT 1 FROM poll_run WHERE source_id = $1`, [
      source.id,
    ]);
    expect(left.rowCount).toBe(0);
  });

  it('validates its parameters and is readable with the viewer token', async () => {
    const response = await app.request('/api/stats/blind-spots?bucket=hour');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^bucket: unknown parameter/,
    );
    expect(
      (await app.request('/api/stats/blind-spots?from=later')).status,
    ).toBe(400);
    expect(
      (await app.request('/api/stats/blind-spots', { token: null })).status,
    ).toBe(401);
    await json<BlindSpotStats>('/api/stats/blind-spots', VIEWER_TOKEN);
  });
});
