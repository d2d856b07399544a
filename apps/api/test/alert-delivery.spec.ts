import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import type {
  AlertDelivery,
  AlertRule,
  AlertWebhookPayload,
  Source,
  Topic,
} from '@lyt/contracts';
import { AlertWorker } from '../src/modules/alerts/alert-worker.service';
import {
  FeedItemSpec,
  FeedServer,
  SmtpReceiver,
  WebhookReceiver,
} from '@lyt/testing';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';
import { until } from './support/until';

const SECRET = 'whsec-nordlys-0123456789';
const negative = (
  guid: string,
  title = `Nordlys svigter igen ${guid}`,
): FeedItemSpec => ({
  guid,
  title,
  text: 'Nordlys er elendig, kunderne er vrede og skuffede over den dårlige service',
});
const positive = (guid: string): FeedItemSpec => ({
  guid,
  title: `Nordlys roses ${guid}`,
  text: 'Nordlys er fantastisk, glade kunder roser den gode service',
});

/** One Lyt process with both roles against real webhook and SMTP servers on loopback. */
describe(AlertWorker.name, () => {
  let database: TestDatabase;
  let db: Client;
  let app: TestApp;
  let feeds: FeedServer;
  let receiver: WebhookReceiver;
  let smtp: SmtpReceiver;
  let company: Topic;
  let feed = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    [feeds, receiver, smtp] = await Promise.all([
      new FeedServer().start(),
      new WebhookReceiver().start(),
      new SmtpReceiver().start(),
    ]);
    app = await startTestApp(database.url, {
      LYT_SMTP_URL: smtp.url,
      LYT_MAIL_FROM: 'Lyt <lyt@lyt.test>',
    });
    db = new Client({ connectionString: database.url });
    await db.connect();
    company = await json<Topic>(
      app.request('/api/topics', {
        method: 'POST',
        body: { name: 'Nordlys', kind: 'company', query: 'nordlys' },
      }),
    );
  });
  afterAll(async () => {
    await db.end();
    await app.close();
    await Promise.all([feeds.stop(), receiver.stop(), smtp.stop()]);
    await database.drop();
  });
  beforeEach(() => {
    receiver.answer = () => ({ status: 200, body: 'ok' });
  });

  async function json<T>(response: Promise<Response>): Promise<T> {
    const answer = await response;
    const body = await answer.json();
    if (answer.status >= 300)
      throw new Error(`${answer.status} ${JSON.stringify(body)}`);
    return body as T;
  }
  const rule = (body: Record<string, unknown>) =>
    json<AlertRule>(app.request('/api/alert-rules', { method: 'POST', body }));
  /** The rule's newest delivery, once it has `status`. */
  const newest = (ruleId: string, status: AlertDelivery['status']) =>
    until(
      async () => {
        const [delivery] = await deliveries(ruleId);
        return delivery?.status === status && delivery;
      },
      15_000,
      `a delivery ${status}`,
    );
  /** A loopback address where nothing listens: every connection is refused. */
  const refusingUrl = async () => {
    const receiver = await new WebhookReceiver().start();
    const { url } = receiver;
    await receiver.stop();
    return url;
  };
  const deliveries = (ruleId: string) =>
    json<AlertDelivery[]>(app.request(`/api/alert-rules/${ruleId}/deliveries`));
  /** A new source serving `items`; the collector polls it within a second. */
  const source = (items: FeedItemSpec[]) => {
    const path = `/feed-${++feed}`;
    const url = feeds.serve(path, { items });
    return {
      path,
      created: json<Source>(
        app.request('/api/sources', { method: 'POST', body: { url } }),
      ),
      /** Serves more and polls now. */
      more: async (id: string, next: FeedItemSpec[]) => {
        feeds.serve(path, { items: next });
        await json<Source>(
          app.request(`/api/sources/${id}/poll`, { method: 'POST' }),
        );
      },
    };
  };
  const hooksFor = (ruleId: string) =>
    receiver.accepted
      .map((hook) => ({
        hook,
        body: JSON.parse(hook.body) as AlertWebhookPayload,
      }))
      .filter(({ body }) => body.rule.id === ruleId && !body.test);

  it('sends negative mentions of the company to a webhook as they happen, signed, each once', async () => {
    const rule1 = await rule({
      name: 'Negativt om Nordlys',
      trigger: 'mention',
      selection: { kinds: ['company'], sentiment: 'negative' },
      channel: {
        type: 'webhook',
        url: `${receiver.url}/hooks/nordlys`,
        secret: SECRET,
      },
    });
    const feed1 = source([
      negative('n1'),
      positive('p1'),
      { guid: 'x1', title: 'Vejret', text: 'Sol i hele landet' },
    ]);
    const created = await feed1.created;
    await until(
      async () => hooksFor(rule1.id).length >= 1,
      10_000,
      'the first webhook',
    );

    const [{ hook, body }] = hooksFor(rule1.id);
    expect(body.mentions.map((mention) => mention.title)).toEqual([
      'Nordlys svigter igen n1',
    ]);
    expect(body).toMatchObject({
      rule: { id: rule1.id, name: 'Negativt om Nordlys' },
      trigger: 'mention',
      test: false,
      count: 1,
      mentions: [
        {
          sentiment: { label: 'negative' },
          topics: [{ id: company.id }],
          source: { id: created.id },
        },
      ],
    });
    expect(body.text.split('\n')).toEqual([
      '1 ny omtale af Nordlys',
      `• Nordlys svigter igen n1 — ${created.name}`,
      `  https://example.dk${feed1.path}/n1`,
      '— Lyt: Negativt om Nordlys',
    ]);
    expect(hook!.headers['x-lyt-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(hook!.body).digest('hex')}`,
    );
    const delivery = await newest(rule1.id, 'sent');
    expect(delivery).toMatchObject({
      id: hook!.headers['x-lyt-delivery'],
      kind: 'mention',
      status: 'sent',
      attempts: 1,
      count: 1,
      headline: '1 ny omtale af Nordlys',
    });

    // The next negative mention is a new message: the first was not sent again.
    await feed1.more(created.id, [
      negative('n1'),
      positive('p1'),
      negative('n2'),
    ]);
    await until(
      async () => hooksFor(rule1.id).length >= 2,
      10_000,
      'the second webhook',
    );
    const sent = hooksFor(rule1.id);
    expect(sent.map(({ body }) => body.mentions.map((m) => m.title))).toEqual([
      ['Nordlys svigter igen n1'],
      ['Nordlys svigter igen n2'],
    ]);
    expect(
      new Set(sent.map(({ hook }) => hook.headers['x-lyt-delivery'])).size,
    ).toBe(2);
    await app.request(`/api/alert-rules/${rule1.id}`, { method: 'DELETE' });
  });

  it('sends a list rule the mentions of the list’s sources as the list is when they are polled, and nothing once the list is deleted', async () => {
    const weather = [{ guid: 'w', title: 'Vejret', text: 'Sol i hele landet' }];
    const list = await json<{ id: string }>(
      app.request('/api/lists', {
        method: 'POST',
        body: { name: 'Branchemedier', sourceIds: [] },
      }),
    );
    const listRule = await rule({
      name: 'Branchen om Nordlys',
      trigger: 'mention',
      selection: { lists: [list.id] },
      channel: { type: 'webhook', url: `${receiver.url}/hooks/branchen` },
    });
    // Every mention: it shows what the list rule would have been sent.
    const everyRule = await rule({
      name: 'Alt om Nordlys',
      trigger: 'mention',
      channel: { type: 'webhook', url: `${receiver.url}/hooks/alt` },
    });
    const member = source(weather);
    const other = source(weather);
    const [memberSource, otherSource] = await Promise.all([
      member.created,
      other.created,
    ]);
    await json(
      app.request(`/api/lists/${list.id}`, {
        method: 'PATCH',
        body: { sourceIds: [memberSource.id] },
      }),
    );
    const titles = (ruleId: string) =>
      hooksFor(ruleId).flatMap(({ body }) => body.mentions.map((m) => m.title));
    const sentToEvery = (...wanted: string[]) =>
      until(
        async () =>
          wanted.every((title) => titles(everyRule.id).includes(title)),
        15_000,
        `${wanted.join(', ')} sent`,
      );

    await other.more(otherSource.id, [...weather, negative('b1')]);
    await member.more(memberSource.id, [...weather, negative('a1')]);
    await sentToEvery('Nordlys svigter igen a1', 'Nordlys svigter igen b1');
    await until(
      async () => titles(listRule.id).length > 0,
      15_000,
      'the list rule’s message',
    );
    expect(titles(listRule.id)).toEqual(['Nordlys svigter igen a1']);

    // The other source joins the list: its next mention is the list's.
    await json(
      app.request(`/api/lists/${list.id}`, {
        method: 'PATCH',
        body: { sourceIds: [memberSource.id, otherSource.id] },
      }),
    );
    await other.more(otherSource.id, [
      ...weather,
      negative('b1'),
      negative('b2'),
    ]);
    await sentToEvery('Nordlys svigter igen b2');
    await until(
      async () => titles(listRule.id).length > 1,
      15_000,
      'the list rule’s second message',
    );
    expect(titles(listRule.id)).toEqual([
      'Nordlys svigter igen a1',
      'Nordlys svigter igen b2',
    ]);

    // A deleted list matches nothing.
    const deleted = await app.request(`/api/lists/${list.id}`, {
      method: 'DELETE',
    });
    expect(deleted.status).toBe(204);
    await member.more(memberSource.id, [
      ...weather,
      negative('a1'),
      negative('a3'),
    ]);
    // The poll has returned, so its alerts are written: none is the list rule's.
    const { rows: events } = await db.query(
      `SELECT i.title FROM alert_event e JOIN item i ON i.id = e.item_id
        WHERE e.rule_id = $1 ORDER BY i.title`,
      [listRule.id],
    );
    expect(events.map((row) => row.title)).toEqual([
      'Nordlys svigter igen a1',
      'Nordlys svigter igen b2',
    ]);
    await sentToEvery('Nordlys svigter igen a3');
    expect(titles(listRule.id)).toEqual([
      'Nordlys svigter igen a1',
      'Nordlys svigter igen b2',
    ]);
    await app.request(`/api/alert-rules/${listRule.id}`, { method: 'DELETE' });
    await app.request(`/api/alert-rules/${everyRule.id}`, { method: 'DELETE' });
  });

  it('turns a burst into one message, and an hourly rule holds the rest until the hour has passed', async () => {
    const burst = Array.from({ length: 12 }, (_, index) =>
      negative(`b${index}`, `Nordlys-nyhed ${index + 1}`),
    );
    const instant = await rule({
      name: 'Alt om Nordlys',
      trigger: 'mention',
      language: 'en',
      selection: { topics: [company.id] },
      channel: { type: 'webhook', url: receiver.url },
    });
    const hourly = await rule({
      name: 'Nordlys hver time',
      trigger: 'mention',
      every: 'hourly',
      selection: { topics: [company.id] },
      channel: { type: 'webhook', url: receiver.url },
    });
    const feed2 = source(burst.slice(0, 12));
    const created = await feed2.created;
    await until(
      async () =>
        hooksFor(instant.id).length >= 1 && hooksFor(hourly.id).length >= 1,
    );

    const [{ body }] = hooksFor(instant.id);
    expect(body.count).toBe(12);
    expect(body.mentions).toHaveLength(12);
    const lines = body.text.split('\n');
    expect(lines[0]).toBe('12 new mentions of Nordlys');
    expect(lines.filter((line) => line.startsWith('• '))).toHaveLength(5);
    expect(lines).toContain('… and 7 more');

    // Within the hour, what arrives waits: the worker forms no message however often it looks.
    await feed2.more(created.id, [
      ...burst,
      negative('late-1'),
      negative('late-2'),
      negative('late-3'),
    ]);
    await until(async () => hooksFor(instant.id).length >= 2);
    const worker = app.app.get(AlertWorker);
    await worker.formMessages();
    await worker.formMessages();
    expect(await deliveries(hourly.id)).toHaveLength(1);
    const { rows } = await db.query(
      `SELECT count(*)::int AS waiting FROM alert_event WHERE rule_id = $1 AND delivery_id IS NULL`,
      [hourly.id],
    );
    expect(rows[0].waiting).toBe(3);

    // A moderator hides one meanwhile: it never goes out.
    const { rows: hidden } = await db.query(
      `SELECT st.seq::text AS id FROM item i JOIN item_stream st ON st.item_id = i.id WHERE i.guid = 'late-2'`,
    );
    expect(
      (
        await app.request(`/api/mentions/${hidden[0].id}`, {
          method: 'PATCH',
          body: { hidden: true },
        })
      ).status,
    ).toBe(200);

    // An hour later the rest go out together.
    await db.query(
      `UPDATE alert_rule SET last_message_at = last_message_at - interval '1 hour' WHERE id = $1`,
      [hourly.id],
    );
    await until(async () => hooksFor(hourly.id).length >= 2);
    const second = hooksFor(hourly.id)[1]!.body;
    expect(second.count).toBe(2);
    expect(second.mentions.map((mention) => mention.title)).toEqual([
      'Nordlys svigter igen late-1',
      'Nordlys svigter igen late-3',
    ]);
    expect(second.text.split('\n')[0]).toBe('2 nye omtaler af Nordlys');
    expect(hooksFor(hourly.id)).toHaveLength(2);
    for (const id of [instant.id, hourly.id])
      await app.request(`/api/alert-rules/${id}`, { method: 'DELETE' });
  });

  it('retries a receiver that is down, then delivers once, late, with the same delivery id, and what came meanwhile after it', async () => {
    const flaky = await new WebhookReceiver().start();
    const url = flaky.url;
    await flaky.stop();
    const watched = await rule({
      name: 'Nordlys',
      trigger: 'mention',
      selection: { topics: [company.id] },
      channel: { type: 'webhook', url: `${url}/hook`, secret: SECRET },
    });
    const feed = source([negative('down-1')]);
    const created = await feed.created;

    // Down: connections are refused, and settings says so.
    const refused = await newest(watched.id, 'retrying');
    expect(refused.error).toBe(`${new URL(url).host} refused the connection`);
    expect(refused.nextAttemptAt).not.toBeNull();
    // A mention that arrives meanwhile waits behind the one being retried.
    await feed.more(created.id, [negative('down-1'), negative('down-2')]);

    // Up, but failing once more (503), then it takes the delivery.
    let failures = 0;
    flaky.answer = () =>
      failures++ < 1
        ? { status: 503, body: 'maintenance' }
        : { status: 202, body: 'accepted' };
    await flaky.start();
    await flaky.waitForAccepted(2, 20_000);
    const [later, delivery] = await until(async () => {
      const list = await deliveries(watched.id);
      return (
        list.length === 2 && list.every((d) => d.status === 'sent') && list
      );
    });
    expect(delivery).toMatchObject({ status: 'sent', error: null, count: 1 });
    // At least one attempt was refused before the receiver came back.
    const first = flaky.received.filter(
      (hook) => hook.headers['x-lyt-delivery'] === delivery!.id,
    );
    expect(first.map((hook) => hook.status)).toEqual([503, 202]);
    expect(delivery!.attempts).toBeGreaterThan(first.length);
    expect(new Set(first.map((hook) => hook.body)).size).toBe(1);
    // In order: the one that waited went out after the first, never before it.
    expect(
      flaky.received.map((hook) => hook.headers['x-lyt-delivery']),
    ).toEqual([delivery!.id, delivery!.id, later!.id]);
    expect(
      flaky.accepted.map((hook) =>
        (JSON.parse(hook.body) as AlertWebhookPayload).mentions.map(
          (m) => m.title,
        ),
      ),
    ).toEqual([
      ['Nordlys svigter igen down-1'],
      ['Nordlys svigter igen down-2'],
    ]);
    expect(flaky.received[0]!.headers['x-lyt-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(flaky.received[0]!.body).digest('hex')}`,
    );
    await flaky.stop();
    await app.request(`/api/alert-rules/${watched.id}`, { method: 'DELETE' });
  });

  it('gives up a delivery only after a day, keeping the reason', async () => {
    const url = await refusingUrl();
    const watched = await rule({
      name: 'Nordlys til en død kanal',
      trigger: 'mention',
      selection: { topics: [company.id] },
      channel: { type: 'webhook', url },
    });
    await source([negative('gone-1')]).created;
    const retrying = await newest(watched.id, 'retrying');
    // Still retrying a day less a minute after it was written.
    await db.query(
      `UPDATE alert_delivery SET created_at = now() - interval '23 hours 59 minutes', next_attempt_at = now() WHERE id = $1`,
      [retrying.id],
    );
    const later = await until(async () => {
      const [delivery] = await deliveries(watched.id);
      return delivery!.attempts > retrying.attempts && delivery;
    });
    expect(later.status).toBe('retrying');
    // A day old: the next failure is the last.
    await db.query(
      `UPDATE alert_delivery SET created_at = now() - interval '24 hours', next_attempt_at = now() WHERE id = $1`,
      [retrying.id],
    );
    const failed = await newest(watched.id, 'failed');
    expect(failed.error).toBe(
      `gave up after ${failed.attempts} attempts in 24 hours: ${new URL(url).host} refused the connection`,
    );
    expect(failed.nextAttemptAt).toBeNull();
    await app.request(`/api/alert-rules/${watched.id}`, { method: 'DELETE' });
  });

  it('stops retrying when the rule is turned off, and sends nothing old when it is turned on again', async () => {
    const url = await refusingUrl();
    const watched = await rule({
      name: 'Slås fra',
      trigger: 'mention',
      every: 'hourly',
      selection: { topics: [company.id] },
      channel: { type: 'webhook', url },
    });
    const feed = source([negative('off-1')]);
    const created = await feed.created;
    await newest(watched.id, 'retrying');
    await feed.more(created.id, [negative('off-1'), negative('off-2')]);

    const patch = (enabled: boolean) =>
      json<AlertRule>(
        app.request(`/api/alert-rules/${watched.id}`, {
          method: 'PATCH',
          body: { enabled },
        }),
      );
    expect((await patch(false)).enabled).toBe(false);
    const [cancelled] = await deliveries(watched.id);
    expect(cancelled).toMatchObject({
      status: 'failed',
      error: 'cancelled: the rule was turned off',
    });
    const { rows } = await db.query(
      `SELECT count(*)::int AS n FROM alert_event WHERE rule_id = $1 AND delivery_id IS NULL`,
      [watched.id],
    );
    expect(rows[0].n).toBe(0);

    await patch(true);
    await app.app.get(AlertWorker).formMessages();
    expect(await deliveries(watched.id)).toHaveLength(1);
    await app.request(`/api/alert-rules/${watched.id}`, { method: 'DELETE' });
  });

  it('e-mails a mention in Danish with both parts, the delivery id and æøå intact', async () => {
    const ærø = await json<Topic>(
      app.request('/api/topics', {
        method: 'POST',
        body: { name: 'Søstjerne Ærø', kind: 'competitor', query: 'søstjerne' },
      }),
    );
    const mailed = await rule({
      name: 'Søstjerne på mail',
      trigger: 'mention',
      selection: { topics: [ærø.id] },
      channel: { type: 'email', to: 'chef@nordlys.dk' },
    });
    const before = smtp.mails.length;
    await source([
      {
        guid: 's1',
        title: 'Søstjerne åbner ny fabrik på Ærø — større end før',
        text: 'Søstjerne åbner en fabrik i Ærøskøbing med 120 nye job. Øens borgmester glæder sig.',
      },
    ]).created;
    await smtp.waitForMails(before + 1);
    const mail = smtp.mails.at(-1)!;
    const delivery = await newest(mailed.id, 'sent');

    expect(mail.user).toBe('lyt');
    expect(mail.envelope).toEqual({
      from: 'lyt@lyt.test',
      to: ['chef@nordlys.dk'],
    });
    const { parsed } = mail;
    expect(parsed.from?.value).toEqual([
      { name: 'Lyt', address: 'lyt@lyt.test' },
    ]);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : null).toBe(
      'chef@nordlys.dk',
    );
    expect(parsed.subject).toBe('1 ny omtale af Søstjerne Ærø');
    expect(parsed.messageId).toBe(`<${delivery!.id}@lyt.test>`);
    expect(parsed.headers.get('x-lyt-delivery')).toBe(delivery!.id);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headers.get('content-language')).toBe('da');
    // Non-ASCII headers travel encoded, as RFC 2047 requires.
    expect(mail.raw).toMatch(/^Subject: =\?UTF-8\?/im);
    expect(mail.raw).toMatch(/Content-Type: multipart\/alternative/i);
    expect(parsed.text).toContain(
      '• Søstjerne åbner ny fabrik på Ærø — større end før',
    );
    expect(parsed.text).toContain('— Lyt: Søstjerne på mail');
    const html = parsed.html as string;
    expect(html).toContain('<html lang="da">');
    expect(html).toContain('Søstjerne åbner ny fabrik på Ærø — større end før');
    expect(html).toContain('Øens borgmester glæder sig.');
    expect(html).toMatch(/<a href="https:\/\/example\.dk\/feed-\d+\/s1"/);
    expect(html).toContain('Ret eller slå den fra under Indstillinger');
    await app.request(`/api/alert-rules/${mailed.id}`, { method: 'DELETE' });
  });

  it('gives up at once on a mailbox the server refuses, saying why', async () => {
    smtp.refuse.add('ingen@nordlys.dk');
    const refused = await rule({
      name: 'Forkert adresse',
      trigger: 'mention',
      selection: { topics: [company.id] },
      channel: { type: 'email', to: 'ingen@nordlys.dk' },
    });
    await source([negative('mail-refused')]).created;
    const delivery = await newest(refused.id, 'failed');
    expect(delivery!.attempts).toBe(1);
    expect(delivery!.error).toMatch(/550/);
    await app.request(`/api/alert-rules/${refused.id}`, { method: 'DELETE' });
  });

  it('stores no mention without its alert: a failing outbox fails the whole poll, and the next poll sends it', async () => {
    const watched = await rule({
      name: 'Alt om Nordlys',
      trigger: 'mention',
      selection: { topics: [company.id] },
      channel: { type: 'webhook', url: receiver.url },
    });
    await db.query(`
      CREATE FUNCTION refuse_alert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'the outbox is unavailable'; END $$`);
    await db.query(
      `CREATE TRIGGER refuse_alert BEFORE INSERT ON alert_event FOR EACH ROW EXECUTE FUNCTION refuse_alert()`,
    );
    const feed3 = source([negative('atomic-1')]);
    const created = await feed3.created;
    const failed = await until(async () => {
      const current = await json<Source>(
        app.request(`/api/sources/${created.id}`),
      );
      return current.health.lastStatus === 'internal' && current;
    });
    expect(failed.health.lastError).toContain('the outbox is unavailable');
    const { rows: stored } = await db.query(
      `SELECT count(*)::int AS n FROM item WHERE source_id = $1`,
      [created.id],
    );
    expect(stored[0].n).toBe(0);

    await db.query(`DROP TRIGGER refuse_alert ON alert_event`);
    await db.query(`DROP FUNCTION refuse_alert()`);
    await feed3.more(created.id, [negative('atomic-1')]);
    await until(async () => hooksFor(watched.id).length >= 1);
    expect(hooksFor(watched.id)[0]!.body.mentions.map((m) => m.title)).toEqual([
      'Nordlys svigter igen atomic-1',
    ]);
    await app.request(`/api/alert-rules/${watched.id}`, { method: 'DELETE' });
  });
});
