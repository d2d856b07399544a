import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Source, Topic } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import {
  eventually,
  expectEveryItemOnceOnEveryScreen,
  GrowingFeeds,
  healthStatus,
  post,
  Screen,
} from './support/ingestion';
import {
  freePort,
  LytProcess,
  runLyt,
  testLytEnv,
  waitForHealth,
} from './support/lyt-process';
import { PostgresCluster } from './support/postgres-cluster';
import { ADMIN_TOKEN } from './support/test-app';

const SOURCES = 4;

const samplers: { stop(): Promise<void> }[] = [];
afterAll(() => Promise.all(samplers.map((sampler) => sampler.stop())));

/** Health answers, sampled every 20 ms until stopped (at most a minute): what a load balancer would have seen. */
function sampleHealth(base: string) {
  const statuses: number[] = [];
  const until = Date.now() + 60_000;
  let running = true;
  const done = (async () => {
    while (running && Date.now() < until) {
      statuses.push(await healthStatus(base));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const sampler = {
    statuses,
    stop: async () => {
      running = false;
      await done;
    },
  };
  samplers.push(sampler);
  return sampler;
}

/**
 * Everything a running Lyt holds while the database goes away in the middle of
 * ingestion: the process lives, health says 503 and then ok, no source is
 * blamed, polls that were in flight are stored once it is back, and screens —
 * one that stayed connected, one that dropped off and resumed with `since` —
 * end with exactly the mentions stored, in order, none twice.
 */
class OutageScenario {
  readonly feeds: FeedServer = new FeedServer();
  readonly steady = new Screen();
  readonly resuming = new Screen();
  growing!: GrowingFeeds;
  base = '';

  constructor(private readonly lyt: () => LytProcess) {}

  async start(base: string, prefix: string): Promise<void> {
    this.base = base;
    await this.feeds.start();
    (await post(base, '/api/topics', {
      name: 'Novo',
      kind: 'company',
      query: 'novo',
    })) as Topic;
    await this.steady.connect(base);
    await this.resuming.connect(base);
    this.growing = new GrowingFeeds(this.feeds, prefix, SOURCES);
    this.growing.grow(250);
    for (const url of this.growing.urls)
      (await post(base, '/api/sources', { url, intervalSeconds: 5 })) as Source;
    await eventually(
      'mentions before the fault',
      () => this.steady.mentions.length,
      (count) => count >= 2 * SOURCES,
    );
  }

  /** Runs `fault` while at least one poll is in flight (its feed answer held back until after it). */
  async duringPolls(fault: () => Promise<void>): Promise<void> {
    this.feeds.hold();
    await eventually(
      'a poll in flight',
      () => this.feeds.heldCount,
      (held) => held >= 1,
      15_000,
    );
    await fault();
    this.feeds.release();
    this.resuming.disconnect();
  }

  async expectNothingLostOrRepeated(): Promise<void> {
    await this.resuming.connect(this.base);
    await expectEveryItemOnceOnEveryScreen(this.base, this.growing, [
      this.steady,
      this.resuming,
    ]);
    const sources = (await (
      await fetch(`${this.base}/api/sources`, {
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      })
    ).json()) as Source[];
    // Our database being away is not the feed's fault.
    expect(
      sources.map(({ health }) => [health.errorCount, health.lastError]),
    ).toEqual(sources.map(() => [0, null]));
    expect(this.lyt().child.exitCode).toBeNull();
    // An outage is news once, not an error per query or poll; and every line is one JSON object.
    const lines = this.lyt().output().trim().split('\n');
    const records = lines.map((line) => {
      try {
        return JSON.parse(line) as { level: string; context?: string };
      } catch {
        return { level: 'not JSON', line };
      }
    });
    expect(
      records.filter(
        (record) => !['log', 'warn', 'debug'].includes(record.level),
      ),
    ).toEqual([]);
    expect(
      records.filter((record) => record.level === 'warn').length,
    ).toBeLessThan(20);
  }

  async stop(): Promise<void> {
    this.growing?.freeze();
    this.steady.disconnect();
    this.resuming.disconnect();
    await this.feeds.stop();
  }
}

describe('a PostgreSQL server that stops in the middle of ingestion', () => {
  let cluster: PostgresCluster;
  let lyt: LytProcess;
  const scenario = new OutageScenario(() => lyt);

  beforeAll(async () => {
    cluster = await new PostgresCluster().create();
    const port = await freePort();
    // At debug level, to see that what is logged about the outage is JSON too.
    lyt = runLyt({
      ...testLytEnv(port),
      DATABASE_URL: cluster.url,
      LYT_LOG_LEVEL: 'debug',
    });
    await waitForHealth(port, lyt);
    await scenario.start(`http://127.0.0.1:${port}`, 'server');
  });
  afterAll(async () => {
    await scenario.stop();
    lyt?.child.kill('SIGKILL');
    await lyt?.exited;
    await cluster?.destroy();
  });

  it('keeps the api running, answers 503 while it is away, and loses or repeats nothing when it is back', async () => {
    await scenario.duringPolls(() => cluster.stop());
    await eventually(
      'health 503',
      () => healthStatus(scenario.base),
      (status) => status === 503,
      5000,
    );
    const during = sampleHealth(scenario.base);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await during.stop();
    expect(new Set(during.statuses)).toEqual(new Set([503]));
    const before = scenario.steady.mentions.length;

    await cluster.start();
    await eventually(
      'health ok',
      () => healthStatus(scenario.base),
      (status) => status === 200,
      10_000,
    );
    expect(scenario.steady.mentions.length).toBeGreaterThanOrEqual(before);
    await scenario.expectNothingLostOrRepeated();
  });

  it('answers 503 within 2.5 s while the server is frozen, at once after that, and ok when it thaws', async () => {
    cluster.freeze();
    try {
      const frozenAt = Date.now();
      expect(await healthStatus(scenario.base)).toBe(503);
      expect(Date.now() - frozenAt).toBeLessThan(2500);
      const known = Date.now();
      expect(await healthStatus(scenario.base)).toBe(503);
      expect(Date.now() - known).toBeLessThan(500);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    } finally {
      cluster.thaw();
    }
    await eventually(
      'health ok',
      () => healthStatus(scenario.base),
      (status) => status === 200,
      10_000,
    );
    expect(lyt.child.exitCode).toBeNull();
  });
});

describe('an embedded PostgreSQL whose server process dies in the middle of ingestion', () => {
  let parent: string;
  let lyt: LytProcess;
  const scenario = new OutageScenario(() => lyt);
  const postmaster = () =>
    Number(
      readFileSync(join(parent, 'data', 'pg', 'postmaster.pid'), 'utf8').split(
        '\n',
      )[0],
    );

  beforeAll(async () => {
    parent = mkdtempSync(join(tmpdir(), 'lyt-outage-'));
    chmodSync(parent, 0o755);
    const port = await freePort();
    lyt = runLyt({ ...testLytEnv(port), LYT_DATA_DIR: join(parent, 'data') });
    await waitForHealth(port, lyt);
    await scenario.start(`http://127.0.0.1:${port}`, 'embedded');
  });
  afterAll(async () => {
    await scenario.stop();
    lyt?.child.kill('SIGTERM');
    await lyt?.exited;
    rmSync(parent, { recursive: true, force: true });
  });

  it.each([
    ['a fast shutdown (SIGINT)', 'SIGINT'],
    ['a kill -9 (SIGKILL)', 'SIGKILL'],
  ] as const)(
    'is started again after %s: 503, then ok, and nothing lost',
    async (_, signal) => {
      const health = sampleHealth(scenario.base);
      const killed = postmaster();
      await scenario.duringPolls(async () => {
        process.kill(killed, signal);
      });
      await eventually(
        'a new server',
        () => postmaster(),
        (pid) => pid !== killed,
        15_000,
      );
      await eventually(
        'health ok',
        () => healthStatus(scenario.base),
        (status) => status === 200,
        10_000,
      );
      await health.stop();
      // Answered all along (never a hang or a refused connection): ok, then 503, then ok.
      expect(health.statuses).not.toContain(0);
      const firstDown = health.statuses.indexOf(503);
      expect(firstDown).toBeGreaterThan(-1);
      expect(health.statuses.slice(firstDown)).toContain(200);
      if (signal === 'SIGKILL') await scenario.expectNothingLostOrRepeated();
    },
  );
});
