import type { Source, Topic } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import {
  eventually,
  expectEveryItemOnceOnEveryScreen,
  GrowingFeeds,
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
import { createTestDatabase, TestDatabase } from './support/test-database';

const INTERVAL_SECONDS = 5;

/**
 * The api process killed with SIGKILL in the middle of polls, then started
 * again on the same database: nothing is lost, the screen resumes from its
 * last mention, and the sources the dead process was polling are polled again
 * within their interval plus five seconds.
 */
describe('an api process killed with SIGKILL and started again', () => {
  let database: TestDatabase;
  const feeds = new FeedServer();
  const screen = new Screen();
  const processes: LytProcess[] = [];
  let growing: GrowingFeeds;

  const launch = async () => {
    const port = await freePort();
    const lyt = runLyt({ ...testLytEnv(port), DATABASE_URL: database.url });
    processes.push(lyt);
    await waitForHealth(port, lyt);
    return { lyt, base: `http://127.0.0.1:${port}` };
  };

  beforeAll(async () => {
    await feeds.start();
    database = await createTestDatabase();
  });
  afterAll(async () => {
    growing?.freeze();
    screen.disconnect();
    for (const lyt of processes) {
      lyt.child.kill('SIGKILL');
      await lyt.exited;
    }
    await feeds.stop();
    await database.drop();
  });

  it('loses nothing, resumes the screen, and polls the interrupted sources again within interval + 5 s', async () => {
    const first = await launch();
    (await post(first.base, '/api/topics', {
      name: 'Novo',
      kind: 'company',
      query: 'novo',
    })) as Topic;
    await screen.connect(first.base);
    growing = new GrowingFeeds(feeds, 'crash', 4);
    growing.grow(250);
    for (const url of growing.urls)
      (await post(first.base, '/api/sources', {
        url,
        intervalSeconds: INTERVAL_SECONDS,
      })) as Source;
    await eventually(
      'mentions before the crash',
      () => screen.mentions.length,
      (count) => count >= 8,
    );

    feeds.hold();
    await eventually(
      'a poll in flight',
      () => feeds.heldCount,
      (held) => held >= 1,
      15_000,
    );
    const inFlight = new Set(
      feeds.requests.slice(-feeds.heldCount).map((request) => request.path),
    );
    first.lyt.child.kill('SIGKILL');
    await first.lyt.exited;
    feeds.release();

    const second = await launch();
    const restartedAt = Date.now();
    await screen.connect(second.base);
    for (const path of inFlight) {
      await eventually(
        `a poll of ${path} after the restart`,
        () =>
          feeds.requestsFor(path).filter((request) => request.at >= restartedAt)
            .length,
        (polls) => polls > 0,
        (INTERVAL_SECONDS + 5) * 1000,
      );
    }

    await expectEveryItemOnceOnEveryScreen(second.base, growing, [screen]);
  });
});
