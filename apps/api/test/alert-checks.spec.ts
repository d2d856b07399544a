import { Client } from 'pg';
import type { AlertRule, AlertWebhookPayload } from '@lyt/contracts';
import { AlertChecks } from '../src/modules/alerts/alert-checks.service';
import { WebhookReceiver } from '@lyt/testing';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const HOUR = 3_600_000;

/** The checks that run every minute in a collector, on rows seeded as the collector would have stored them. */
describe(AlertChecks.name, () => {
  let database: TestDatabase;
  let db: Client;
  let app: TestApp;
  let receiver: WebhookReceiver;
  let checks: AlertChecks;
  let topic = '';
  let source = '';
  let guid = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    receiver = await new WebhookReceiver().start();
    app = await startTestApp(database.url);
    checks = app.app.get(AlertChecks);
    db = new Client({ connectionString: database.url });
    await db.connect();
    topic = (
      await db.query(
        `INSERT INTO topic (name, kind, query, color) VALUES ('Nordlys', 'company', 'nordlys', '#0057b8') RETURNING id`,
      )
    ).rows[0].id;
    source = (
      await db.query(
        `INSERT INTO source (name, url, next_poll_at) VALUES ('Nyheder', 'https://nyheder.dk/rss', now() + interval '1 day') RETURNING id`,
      )
    ).rows[0].id;
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await receiver.stop();
    await database.drop();
  });

  const rule = async (body: Record<string, unknown>) => {
    const response = await app.request('/api/alert-rules', {
      method: 'POST',
      body: { channel: { type: 'webhook', url: receiver.url }, ...body },
    });
    expect(response.status).toBe(201);
    return (await response.json()) as AlertRule;
  };
  const hooksFor = (ruleId: string) =>
    receiver.accepted
      .map((hook) => JSON.parse(hook.body) as AlertWebhookPayload)
      .filter((body) => body.rule.id === ruleId);
  const events = async (ruleId: string) =>
    (
      await db.query(
        `SELECT count(*)::int AS n FROM alert_event WHERE rule_id = $1`,
        [ruleId],
      )
    ).rows[0].n;

  /** `count` mentions of Nordlys tagged `hashtags`, published `hoursAgo` hours ago. */
  async function mentions(
    count: number,
    hoursAgo: number,
    hashtags: string[] = [],
  ): Promise<void> {
    for (let n = 0; n < count; n++) {
      const { rows } = await db.query(
        `WITH i AS (INSERT INTO item (source_id, guid, title, text, published_at, hashtags)
         VALUES ($1, $2, 'Nordlys', 'Nordlys', $3, $4) RETURNING id), st AS (INSERT INTO item_stream (seq, item_id) SELECT nextval('item_seq'), id FROM i) SELECT id FROM i`,
        [
          source,
          `g${++guid}`,
          new Date(Date.now() - hoursAgo * HOUR),
          hashtags,
        ],
      );
      await db.query(
        `INSERT INTO mention (item_id, topic_id) VALUES ($1, $2)`,
        [rows[0].id, topic],
      );
    }
  }

  it('reports a spike of a topic and of a hashtag once, however often the check runs', async () => {
    // A quiet day, two an hour, then twenty in the last hour.
    for (let hours = 1; hours <= 24; hours++)
      await mentions(2, hours, ['dkbiz']);
    await mentions(20, 0, ['dkbiz']);
    const spikes = await rule({
      name: 'Stigninger',
      trigger: 'spike',
      selection: { topics: [topic], hashtags: ['dkbiz'] },
    });

    await checks.spikes(new Date());
    await checks.spikes(new Date());
    await receiver.waitForAccepted(1);
    const [message] = hooksFor(spikes.id);
    expect(message!.trigger).toBe('spike');
    expect(message!.spikes).toEqual([
      expect.objectContaining({
        topic: expect.objectContaining({ name: 'Nordlys' }),
        hashtag: null,
        count: 20,
        baseline: 2,
        bucket: 'hour',
      }),
      expect.objectContaining({
        topic: null,
        hashtag: 'dkbiz',
        count: 20,
        baseline: 2,
      }),
    ]);
    expect(message!.text.split('\n')[0]).toBe(
      '2 stigninger: Nordlys og #dkbiz',
    );
    expect(message!.text).toMatch(
      /• 20 omtaler af Nordlys i timen fra kl\. \d\d\.00 \(normalt 2\)/,
    );
    expect(await events(spikes.id)).toBe(2);
  });

  it('reports a goal reached and a goal falling behind, each once', async () => {
    const goal = async (name: string, hashtag: string, target: number) => {
      const response = await app.request('/api/goals', {
        method: 'POST',
        body: {
          name,
          metric: 'hashtag-uses',
          hashtag,
          target,
          startsAt: new Date(Date.now() - 2 * 24 * HOUR).toISOString(),
          deadline: new Date(Date.now() + 24 * HOUR).toISOString(),
        },
      });
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const reached = await goal(
      'Kampagnen #givlivetvidere',
      'givlivetvidere',
      3,
    );
    const behind = await goal('1.000 omtaler af #nyhed', 'nyhed', 1000);
    await mentions(3, 1, ['givlivetvidere']);
    await mentions(1, 1, ['nyhed']);
    const watcher = await rule({ name: 'Mål', trigger: 'goal' });

    const before = receiver.accepted.length;
    await checks.goals(new Date());
    await checks.goals(new Date());
    expect(await events(watcher.id)).toBe(2);
    await receiver.waitForAccepted(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const told = hooksFor(watcher.id).flatMap((body) => body.goals ?? []);
    expect(told.map((state) => [state.goal.id, state.state]).sort()).toEqual(
      [
        [reached, 'reached'],
        [behind, 'behind'],
      ].sort(),
    );
    const texts = hooksFor(watcher.id)
      .map((body) => body.text)
      .join('\n');
    expect(texts).toMatch(/• Kampagnen #givlivetvidere: 3 af 3/);
    expect(texts).toMatch(
      /• 1\.000 omtaler af #nyhed: 1 af 1\.000, i dette tempo [\d.]+ for lidt, inden \d+\. \w+/,
    );

    await checks.goals(new Date());
    expect(await events(watcher.id)).toBe(2);
  });

  it('reports a source failing for longer than the rule allows, once, and again when it works', async () => {
    const { rows } = await db.query(
      `INSERT INTO source (name, url, next_poll_at, error_count, last_error, last_ok_at)
       VALUES ('Børsen RSS', 'https://borsen.dk/rss', now() + interval '1 day', 5,
               'HTTP 503 Service Unavailable from https://borsen.dk/rss', now() - interval '2 hours')
       RETURNING id`,
    );
    const failing = rows[0].id;
    // Failing 20 minutes: too short for this rule.
    await db.query(
      `INSERT INTO source (name, url, next_poll_at, error_count, last_error, last_ok_at)
       VALUES ('Kort udfald', 'https://kort.dk/rss', now() + interval '1 day', 1, 'timeout', now() - interval '20 minutes')`,
    );
    const watcher = await rule({
      name: 'Kilder',
      trigger: 'source-failing',
      failingForMinutes: 60,
    });

    await checks.failingSources(new Date());
    await checks.failingSources(new Date());
    await receiver.waitForAccepted(receiver.accepted.length + 1);
    const [report] = hooksFor(watcher.id);
    expect(report!.text.split('\n')[0]).toBe(
      'Kilde har fejlet i 2 timer: Børsen RSS',
    );
    expect(report!.sources).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ id: failing }),
        state: 'failing',
        errorCount: 5,
      }),
    ]);

    await db.query(
      `UPDATE source SET error_count = 0, last_error = NULL, last_ok_at = now() WHERE id = $1`,
      [failing],
    );
    await checks.failingSources(new Date());
    await checks.failingSources(new Date());
    await receiver.waitForAccepted(receiver.accepted.length + 1);
    const reports = hooksFor(watcher.id);
    expect(reports).toHaveLength(2);
    expect(reports[1]!.text.split('\n')[0]).toBe(
      'Kilden virker igen: Børsen RSS',
    );
    expect(reports[1]!.sources![0]).toMatchObject({
      state: 'recovered',
      errorCount: 0,
    });
    expect(await events(watcher.id)).toBe(2);
  });
});
