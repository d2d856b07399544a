import type {
  AlertRule,
  AlertWebhookPayload,
  Source,
  Topic,
} from '@lyt/contracts';
import {
  freePort,
  LytProcess,
  runLyt,
  waitForHealth,
} from './support/lyt-process';
import { FeedServer, WebhookReceiver } from '@lyt/testing';
import { ADMIN_TOKEN, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const RULES = 8;

/** Separate OS processes on one database, as docker-compose runs them: restarts and two collectors. */
describe('alert delivery across processes', () => {
  let database: TestDatabase;
  let feeds: FeedServer;
  let receiver: WebhookReceiver;
  const processes: LytProcess[] = [];

  const launch = async (roles = 'api,collector') => {
    const port = await freePort();
    const lyt = runLyt({
      LYT_ROLES: roles,
      PORT: port,
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      LYT_ADMIN_TOKEN: ADMIN_TOKEN,
      LYT_VIEWER_TOKEN: VIEWER_TOKEN,
      LYT_ALLOW_PRIVATE_FEEDS: 'true',
      LYT_LOG_LEVEL: 'error',
    });
    processes.push(lyt);
    await waitForHealth(port, lyt);
    return { lyt, base: `http://127.0.0.1:${port}` };
  };
  const stop = async (lyt: LytProcess) => {
    lyt.child.kill('SIGTERM');
    await lyt.exited;
  };
  const post = async <T>(
    base: string,
    path: string,
    body: unknown,
  ): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${ADMIN_TOKEN}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(body),
    });
    if (response.status >= 300)
      throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  /** Accepted webhooks per delivery id. */
  const acceptedIds = () => {
    const counts = new Map<string, number>();
    for (const hook of receiver.accepted) {
      const id = String(hook.headers['x-lyt-delivery']);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    feeds = await new FeedServer().start();
    receiver = await new WebhookReceiver().start();
  });
  afterAll(async () => {
    for (const lyt of processes)
      if (lyt.child.exitCode === null) await stop(lyt);
    await receiver.stop();
    await feeds.stop();
    await database.drop();
  });

  it('delivers what a stopped process stored, and two collectors send each alert once, retries included', async () => {
    // An api-only process stores the mention and its outbox ("poll now"), delivers nothing, and stops.
    const first = await launch('api');
    const topic = await post<Topic>(first.base, '/api/topics', {
      name: 'Nordlys',
      kind: 'company',
      query: 'nordlys',
    });
    const rules: AlertRule[] = [];
    for (let n = 0; n < RULES; n++)
      rules.push(
        await post<AlertRule>(first.base, '/api/alert-rules', {
          name: `Regel ${n}`,
          trigger: 'mention',
          selection: { topics: [topic.id] },
          channel: { type: 'webhook', url: `${receiver.url}/hook/${n}` },
        }),
      );
    const path = '/nordlys';
    const item = (guid: string, title: string) => ({
      guid,
      title,
      text: `${title} i Kalundborg`,
    });
    const source = await post<Source>(first.base, '/api/sources', {
      url: feeds.serve(path, { items: [item('n1', 'Nordlys åbner')] }),
    });
    await post<Source>(first.base, `/api/sources/${source.id}/poll`, {});
    await stop(first.lyt);

    // Two collectors come up against a slow receiver that turns each delivery's first attempt
    // away: an answer takes longer than a worker's tick, so each worker finds every delivery due
    // while the other one is sending it, on the first attempt and on the retry.
    const seen = new Set<string>();
    receiver.answer = ({ headers }) => {
      const id = String(headers['x-lyt-delivery']);
      const refuse = !seen.has(id);
      seen.add(id);
      return {
        status: refuse ? 503 : 200,
        body: refuse ? 'busy' : 'ok',
        delayMs: 1200,
      };
    };
    const [second] = await Promise.all([launch(), launch()]);
    await receiver.waitForAccepted(RULES, 30_000);

    // A second mention is a barrier: once its messages are in, a duplicate of the first would be too.
    feeds.serve(path, {
      items: [item('n1', 'Nordlys åbner'), item('n2', 'Nordlys ansætter')],
    });
    await post<Source>(second.base, `/api/sources/${source.id}/poll`, {});
    await receiver.waitForAccepted(2 * RULES, 30_000);
    const counts = acceptedIds();
    expect(receiver.accepted).toHaveLength(2 * RULES);
    expect([...counts.values()].every((count) => count === 1)).toBe(true);
    // Each delivery was turned away once and taken once, under one id, one attempt after the other.
    expect(receiver.overlapping).toEqual([]);
    expect(receiver.received).toHaveLength(4 * RULES);
    const byRule = new Map<string, string[]>();
    for (const hook of receiver.accepted) {
      const body = JSON.parse(hook.body) as AlertWebhookPayload;
      byRule.set(body.rule.id, [
        ...(byRule.get(body.rule.id) ?? []),
        ...body.mentions.map((m) => m.title!),
      ]);
    }
    for (const rule of rules)
      expect(byRule.get(rule.id)?.sort()).toEqual([
        'Nordlys ansætter',
        'Nordlys åbner',
      ]);
  });
});
