import type { Topic } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import { Client } from 'pg';
import { StatsCompactionService } from '../src/modules/stats/stats-compaction.service';
import { STATS_COMPACTION_INTERVAL_MS } from '../src/modules/stats/stats.constant';
import { eventually } from './support/ingestion';
import {
  freePort,
  LytProcess,
  runLyt,
  testLytEnv,
  waitForHealth,
} from './support/lyt-process';
import { startTestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const ITEMS = 40;

describe(StatsCompactionService.name, () => {
  let database: TestDatabase;
  let db: Client;
  let feeds: FeedServer;
  const processes: LytProcess[] = [];

  beforeAll(async () => {
    [database, feeds] = await Promise.all([
      createTestDatabase(),
      new FeedServer().start(),
    ]);
  });
  afterAll(async () => {
    for (const lyt of processes) {
      lyt.child.kill('SIGTERM');
      await lyt.exited;
    }
    await db?.end();
    await database.drop();
    await feeds.stop();
  });

  it('folds the pending changes in a deployment of collector processes only, with no api process running', async () => {
    // Topics and sources come from an api process that is gone before any item arrives.
    const setup = await startTestApp(database.url, { LYT_ROLES: 'api' });
    const topic = await setup
      .request('/api/topics', {
        method: 'POST',
        body: { name: 'Novo', kind: 'company', query: 'novo' },
      })
      .then((response) => response.json() as Promise<Topic>);
    const items = Array.from({ length: ITEMS }, (_, index) => ({
      guid: `n${index}`,
      title: `Novo ${index}`,
      text: `Novo nyhed #dkbiz ${index}`,
    }));
    const created = await setup.request('/api/sources', {
      method: 'POST',
      body: { url: feeds.serve('/novo', { items }), intervalSeconds: 60 },
    });
    expect(created.status).toBe(201);
    await setup.close();

    const port = await freePort();
    const collector = runLyt({
      ...testLytEnv(port),
      DATABASE_URL: database.url,
      LYT_ROLES: 'collector',
      LYT_DEMO: 'false',
    });
    processes.push(collector);
    await waitForHealth(port, collector);
    db = new Client({ connectionString: database.url });
    await db.connect();
    const count = async (sql: string) =>
      Number((await db.query<{ n: string }>(sql)).rows[0]!.n);

    await eventually(
      'every item a mention',
      () => count(`SELECT count(*) AS n FROM mention`),
      (mentions) => mentions === ITEMS,
    );

    await eventually(
      'no pending changes',
      () =>
        count(
          `SELECT (SELECT count(*) FROM stats.topic_change) + (SELECT count(*) FROM stats.facet_change) AS n`,
        ),
      (pending) => pending === 0,
      3 * STATS_COMPACTION_INTERVAL_MS,
    );
    expect(
      await count(
        `SELECT coalesce(sum(mentions), 0) AS n FROM stats.topic_hour WHERE topic_id = '${topic.id}'`,
      ),
    ).toBe(ITEMS);
  });
});
