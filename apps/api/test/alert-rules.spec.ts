import { createHmac } from 'node:crypto';
import type { AlertDelivery, AlertRule, Topic } from '@lyt/contracts';
import { AlertOutboxRepository } from '../src/modules/alerts/alert-outbox.repository';
import { AlertRulesController } from '../src/modules/alerts/alert-rules.controller';
import { SmtpReceiver, WebhookReceiver } from '@lyt/testing';
import { startTestApp, TestApp, VIEWER_TOKEN } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

const SECRET = 'whsec-0123456789abcdef';

/** The rules API on one api-only process (no worker, so nothing is delivered behind the test's back). */
describe(AlertRulesController.name, () => {
  let database: TestDatabase;
  let app: TestApp;
  let receiver: WebhookReceiver;
  let smtp: SmtpReceiver;
  let company: Topic;

  beforeAll(async () => {
    database = await createTestDatabase();
    [receiver, smtp] = await Promise.all([
      new WebhookReceiver().start(),
      new SmtpReceiver().start(),
    ]);
    app = await startTestApp(database.url, {
      LYT_ROLES: 'api',
      LYT_SMTP_URL: smtp.url,
      LYT_MAIL_FROM: 'Lyt <lyt@lyt.test>',
    });
    company = (await (
      await app.request('/api/topics', {
        method: 'POST',
        body: { name: 'Nordlys', kind: 'company', query: 'nordlys' },
      })
    ).json()) as Topic;
  });
  afterAll(async () => {
    await app.close();
    await Promise.all([receiver.stop(), smtp.stop()]);
    await database.drop();
  });

  const post = (body: unknown, token?: string) =>
    app.request('/api/alert-rules', { method: 'POST', body, token });
  const create = async (body: Record<string, unknown>) => {
    const response = await post(body);
    expect(response.status).toBe(201);
    return (await response.json()) as AlertRule;
  };
  const negativeOfCompany = () => ({
    name: 'Negative omtaler af Nordlys',
    trigger: 'mention',
    selection: { kinds: 'company', sentiment: ['negative'] },
    channel: {
      type: 'webhook',
      url: `${receiver.url}/hooks/slack`,
      secret: SECRET,
    },
  });

  describe('create', () => {
    it('stores a rule with its defaults and never shows the secret back', async () => {
      const response = await post(negativeOfCompany());
      expect(response.status).toBe(201);
      const text = await response.text();
      expect(text).not.toContain(SECRET);
      const rule = JSON.parse(text) as AlertRule;
      expect(rule).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Negative omtaler af Nordlys',
        trigger: 'mention',
        every: 'instant',
        language: 'da',
        enabled: true,
        failingForMinutes: null,
        digestHour: null,
        selection: {
          topics: [],
          kinds: ['company'],
          hashtags: [],
          sentiment: ['negative'],
          language: [],
          sources: [],
          lists: [],
        },
        channel: {
          type: 'webhook',
          url: `${receiver.url}/hooks/slack`,
          hasSecret: true,
          secretHint: '••••cdef',
        },
        lastDelivery: null,
      });

      const listed = await app.request('/api/alert-rules');
      const listText = await listed.text();
      expect(listText).not.toContain(SECRET);
      expect((JSON.parse(listText) as AlertRule[]).map((r) => r.id)).toContain(
        rule.id,
      );
      const one = (await (
        await app.request(`/api/alert-rules/${rule.id}`)
      ).json()) as AlertRule;
      expect(one).toEqual(rule);
    });

    it('fills in what each trigger needs', async () => {
      const digest = await create({
        name: 'Dagligt overblik',
        trigger: 'digest',
        channel: { type: 'email', to: 'chef@nordlys.dk' },
      });
      expect(digest).toMatchObject({
        every: 'daily',
        digestHour: 7,
        channel: { type: 'email', to: ['chef@nordlys.dk'] },
      });
      const failing = await create({
        name: 'Kilder',
        trigger: 'source-failing',
        language: 'en',
        channel: { type: 'email', to: ['a@nordlys.dk', 'b@nordlys.dk'] },
      });
      expect(failing).toMatchObject({
        every: 'instant',
        failingForMinutes: 60,
        language: 'en',
      });
      const spike = await create({
        name: 'Stigninger',
        trigger: 'spike',
        every: 'hourly',
        selection: { topics: [company.id], hashtags: ['#DKbiz'] },
        channel: { type: 'webhook', url: receiver.url },
      });
      expect(spike).toMatchObject({
        every: 'hourly',
        selection: { topics: [company.id], hashtags: ['dkbiz'] },
        channel: { hasSecret: false, secretHint: null },
      });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['no name', { name: undefined }, 'name'],
      ['an unknown trigger', { trigger: 'interest-list' }, 'trigger'],
      ['an unknown frequency', { every: 'sometimes' }, 'every'],
      [
        'a goal rule with a selection',
        { trigger: 'goal', selection: { kinds: ['company'] } },
        'selection.kinds: a goal rule does not use it',
      ],
      [
        'a digest sent instantly',
        { trigger: 'digest', selection: undefined, every: 'instant' },
        'every: a digest is daily or weekly',
      ],
      ['no channel', { channel: undefined }, 'channel'],
      [
        'an unknown channel',
        { channel: { type: 'sms', to: '+4512345678' } },
        'channel.type',
      ],
      [
        'a webhook without a URL',
        { channel: { type: 'webhook' } },
        'channel.url',
      ],
      [
        'a webhook that is no URL',
        { channel: { type: 'webhook', url: 'not a url' } },
        'channel.url: not a valid URL',
      ],
      [
        'a webhook over ftp',
        { channel: { type: 'webhook', url: 'ftp://example.dk/x' } },
        'channel.url',
      ],
      [
        'a short secret',
        {
          channel: {
            type: 'webhook',
            url: 'http://127.0.0.1:9',
            secret: 'kort',
          },
        },
        'channel.secret',
      ],
      [
        'an e-mail to no address',
        { channel: { type: 'email', to: 'chefen' } },
        'channel.to',
      ],
      [
        'an e-mail to nobody',
        { channel: { type: 'email', to: [] } },
        'channel.to',
      ],
      [
        'a topic that is no id',
        { selection: { topics: ['nordlys'] } },
        'selection.topics',
      ],
      [
        'a topic that does not exist',
        { selection: { topics: ['6f1c1d3e-2b4a-4c5d-9e8f-7a6b5c4d3e2f'] } },
        'selection.topics: there is no topic',
      ],
      [
        'a source that does not exist',
        { selection: { sources: ['6f1c1d3e-2b4a-4c5d-9e8f-7a6b5c4d3e2f'] } },
        'selection.sources: there is no source',
      ],
      [
        'an interest list that is no id',
        { selection: { lists: ['branchemedier'] } },
        'selection.lists: must be interest list ids (UUIDs)',
      ],
      [
        'an interest list that does not exist',
        { selection: { lists: ['6f1c1d3e-2b4a-4c5d-9e8f-7a6b5c4d3e2f'] } },
        'selection.lists: there is no interest list',
      ],
      [
        'an interest list on a spike rule',
        {
          trigger: 'spike',
          selection: { lists: ['6f1c1d3e-2b4a-4c5d-9e8f-7a6b5c4d3e2f'] },
        },
        'selection.lists: a spike rule does not use it',
      ],
      [
        'a hashtag that is none',
        { selection: { hashtags: ['dk biz'] } },
        'selection.hashtags',
      ],
      [
        'an unknown sentiment',
        { selection: { sentiment: 'happy' } },
        'selection.sentiment',
      ],
      [
        'a language that is no code',
        { selection: { language: 'dansk' } },
        'selection.language',
      ],
      [
        'a filter the trigger does not read',
        { trigger: 'spike', selection: { kinds: ['company'] } },
        'selection.kinds: a spike rule does not use it',
      ],
      [
        'failingForMinutes on a mention rule',
        { failingForMinutes: 30 },
        'failingForMinutes',
      ],
      [
        'failingForMinutes too short',
        {
          trigger: 'source-failing',
          selection: undefined,
          failingForMinutes: 1,
        },
        'failingForMinutes',
      ],
      [
        'digestHour 24',
        { trigger: 'digest', selection: undefined, digestHour: 24 },
        'digestHour',
      ],
      ['a language Lyt does not write', { language: 'de' }, 'language'],
      ['an unknown field', { colour: 'red' }, 'colour'],
      ['a selection that is no object', { selection: 'negative' }, 'selection'],
    ])('refuses %s with a 400 naming the field', async (_, changes, field) => {
      const response = await post({ ...negativeOfCompany(), ...changes });
      expect(response.status).toBe(400);
      const { message } = (await response.json()) as {
        message: string | string[];
      };
      expect([message].flat().join('; ')).toContain(field);
    });

    it('lets a viewer read the rules, but not where they send to, and change nothing', async () => {
      const rule = await create(negativeOfCompany());
      const mail = await create({
        name: 'Overblik',
        trigger: 'digest',
        channel: { type: 'email', to: ['chef@nordlys.dk'] },
      });
      const asViewer = (path: string, method = 'GET', body?: unknown) =>
        app.request(path, { method, body, token: VIEWER_TOKEN });

      const response = await asViewer('/api/alert-rules');
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain('/hooks/slack');
      expect(text).not.toContain('chef@nordlys.dk');
      expect(text).not.toContain(SECRET.slice(-4));
      const seen = JSON.parse(text) as AlertRule[];
      expect(seen.find((each) => each.id === rule.id)).toMatchObject({
        name: 'Negative omtaler af Nordlys',
        selection: { kinds: ['company'], sentiment: ['negative'] },
        channel: {
          type: 'webhook',
          url: `${receiver.url}/…`,
          hasSecret: true,
          secretHint: null,
        },
      });
      expect(seen.find((each) => each.id === mail.id)!.channel).toEqual({
        type: 'email',
        to: ['c•••@nordlys.dk'],
      });
      expect(
        (await (
          await asViewer(`/api/alert-rules/${rule.id}`)
        ).json()) as AlertRule,
      ).toMatchObject({ channel: { url: `${receiver.url}/…` } });
      expect(
        (await asViewer(`/api/alert-rules/${rule.id}/deliveries`)).status,
      ).toBe(200);

      expect((await post(negativeOfCompany(), VIEWER_TOKEN)).status).toBe(403);
      expect(
        (await asViewer(`/api/alert-rules/${rule.id}`, 'PATCH', { name: 'x' }))
          .status,
      ).toBe(403);
      expect(
        (await asViewer(`/api/alert-rules/${rule.id}`, 'DELETE')).status,
      ).toBe(403);
      expect(
        (await asViewer(`/api/alert-rules/${rule.id}/test`, 'POST')).status,
      ).toBe(403);
      expect(
        (await post(negativeOfCompany(), 'wrong-token-0123456789')).status,
      ).toBe(401);
      expect((await app.request(`/api/alert-rules/${rule.id}`)).status).toBe(
        200,
      );
    });
  });

  describe('update and delete', () => {
    it('keeps the secret unless told, and answers 404 for an unknown rule', async () => {
      const rule = await create(negativeOfCompany());
      const patch = (body: unknown) =>
        app.request(`/api/alert-rules/${rule.id}`, { method: 'PATCH', body });

      const renamed = (await (
        await patch({
          name: 'Kritik',
          channel: { type: 'webhook', url: `${receiver.url}/ny` },
        })
      ).json()) as AlertRule;
      expect(renamed).toMatchObject({
        name: 'Kritik',
        channel: { url: `${receiver.url}/ny`, hasSecret: true },
        selection: { sentiment: ['negative'] },
      });
      const cleared = (await (
        await patch({
          channel: { type: 'webhook', url: receiver.url, secret: null },
        })
      ).json()) as AlertRule;
      expect(cleared.channel).toMatchObject({
        hasSecret: false,
        secretHint: null,
      });
      expect((await patch({ every: 'weekly', enabled: false })).status).toBe(
        200,
      );
      expect((await patch({ digestHour: 3 })).status).toBe(400);

      expect(
        (await app.request(`/api/alert-rules/${rule.id}`, { method: 'DELETE' }))
          .status,
      ).toBe(204);
      expect((await app.request(`/api/alert-rules/${rule.id}`)).status).toBe(
        404,
      );
      expect((await patch({ name: 'x' })).status).toBe(404);
      expect((await app.request('/api/alert-rules/not-an-id')).status).toBe(
        404,
      );
      expect(
        (await app.request('/api/alert-rules/not-an-id', { method: 'DELETE' }))
          .status,
      ).toBe(404);
    });
  });

  describe('test', () => {
    it('sends a signed test to a webhook and lists it among the deliveries', async () => {
      const rule = await create(negativeOfCompany());
      const response = await app.request(`/api/alert-rules/${rule.id}/test`, {
        method: 'POST',
      });
      expect(response.status).toBe(200);
      const delivery = (await response.json()) as AlertDelivery;
      expect(delivery).toMatchObject({
        kind: 'test',
        status: 'sent',
        attempts: 1,
        error: null,
      });

      const hook = receiver.received.at(-1)!;
      expect(hook.path).toBe('/hooks/slack');
      expect(hook.headers['content-type']).toBe(
        'application/json; charset=utf-8',
      );
      expect(hook.headers['x-lyt-delivery']).toBe(delivery.id);
      expect(hook.headers['x-lyt-signature']).toBe(
        `sha256=${createHmac('sha256', SECRET).update(hook.body).digest('hex')}`,
      );
      const body = JSON.parse(hook.body);
      expect(body).toMatchObject({
        rule: { id: rule.id, name: rule.name },
        trigger: 'mention',
        test: true,
        mentions: [],
      });
      expect(body.text).toMatch(/^Test: Lyt kan nå denne kanal/);

      const deliveries = (await (
        await app.request(`/api/alert-rules/${rule.id}/deliveries`)
      ).json()) as AlertDelivery[];
      expect(deliveries).toEqual([delivery]);
      const again = (await (
        await app.request(`/api/alert-rules/${rule.id}`)
      ).json()) as AlertRule;
      expect(again.lastDelivery).toEqual(delivery);
    });

    it('says why a test failed', async () => {
      const down = await new WebhookReceiver().start();
      const url = down.url;
      await down.stop();
      const rule = await create({
        ...negativeOfCompany(),
        channel: { type: 'webhook', url },
      });
      const delivery = (await (
        await app.request(`/api/alert-rules/${rule.id}/test`, {
          method: 'POST',
        })
      ).json()) as AlertDelivery;
      expect(delivery).toMatchObject({
        status: 'failed',
        error: `${new URL(url).host} refused the connection`,
      });

      receiver.answer = () => ({ status: 404, body: 'no_service' });
      const gone = await create({
        ...negativeOfCompany(),
        channel: {
          type: 'webhook',
          url: `${receiver.url}/services/T0/B0/secret-path`,
        },
      });
      const refused = (await (
        await app.request(`/api/alert-rules/${gone.id}/test`, {
          method: 'POST',
        })
      ).json()) as AlertDelivery;
      receiver.answer = () => ({ status: 200, body: 'ok' });
      expect(refused.error).toBe(
        `${new URL(receiver.url).host} answered HTTP 404 Not Found: no_service`,
      );
      expect(refused.error).not.toContain('secret-path');
    });

    it('tells settings that e-mail can be used, and from which sender', async () => {
      const response = await app.request('/api/alert-channels');
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        webhook: { available: true, reason: null },
        email: { available: true, reason: null, from: 'Lyt <lyt@lyt.test>' },
      });
      expect(
        (await app.request('/api/alert-channels', { token: VIEWER_TOKEN }))
          .status,
      ).toBe(403);
    });

    it('answers 400 for a bad limit and 404 for an unknown rule', async () => {
      const rule = await create(negativeOfCompany());
      expect(
        (await app.request(`/api/alert-rules/${rule.id}/deliveries?limit=0`))
          .status,
      ).toBe(400);
      expect(
        (await app.request(`/api/alert-rules/${rule.id}/deliveries?limit=x`))
          .status,
      ).toBe(400);
      expect(
        (
          await app.request(
            '/api/alert-rules/6f1c1d3e-2b4a-4c5d-9e8f-7a6b5c4d3e2f/test',
            { method: 'POST' },
          )
        ).status,
      ).toBe(404);
    });
  });

  it('makes one message of a rule’s waiting events when two workers form it at the same moment', async () => {
    const rule = await create({
      name: 'Stigninger',
      trigger: 'spike',
      channel: { type: 'webhook', url: receiver.url },
    });
    const outbox = app.app.get(AlertOutboxRepository);
    await outbox.addEvents(undefined, [
      { ruleId: rule.id, dedupeKey: 'spike:a', payload: {} },
      { ruleId: rule.id, dedupeKey: 'spike:b', payload: {} },
    ]);
    // Each worker holds its transaction open until both are inside, or one has finished.
    let inside = 0;
    let release!: () => void;
    const together = new Promise<void>((resolve) => (release = resolve));
    const compose = async () => {
      if (++inside === 2) release();
      await together;
      return {
        kind: 'spike' as const,
        headline: 'x',
        count: 2,
        payload: {
          rule: { id: rule.id, name: rule.name },
          trigger: 'spike' as const,
          test: false,
          text: 'x',
          count: 2,
          mentions: [],
        },
      };
    };
    const form = () =>
      outbox.formDelivery(rule.id, () => true, compose).finally(release);
    const formed = await Promise.all([form(), form()]);

    expect(formed.filter(Boolean)).toHaveLength(1);
    expect(inside).toBe(1);
    expect(await outbox.recent(rule.id, 10)).toHaveLength(1);
  });

  it('lists its routes with request bodies in the OpenAPI document', async () => {
    const document = (await (
      await app.request('/api/docs/openapi.json', { token: null })
    ).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<string, { schema: { $ref: string } }>;
            };
          }
        >
      >;
      components: {
        schemas: Record<
          string,
          { properties?: Record<string, unknown>; required?: string[] }
        >;
      };
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/alert-rules',
        '/api/alert-rules/{id}',
        '/api/alert-rules/{id}/test',
        '/api/alert-rules/{id}/deliveries',
      ]),
    );
    const ref =
      document.paths['/api/alert-rules']!['post']!.requestBody!.content[
        'application/json'
      ]!.schema.$ref;
    const create = document.components.schemas[ref.split('/').at(-1)!]!;
    expect(create.required).toEqual(
      expect.arrayContaining(['name', 'trigger', 'channel']),
    );
    expect(create.properties!['trigger']).toMatchObject({
      enum: ['mention', 'spike', 'source-failing', 'digest', 'goal'],
    });
    expect(
      document.components.schemas['AlertChannelDto']!.properties,
    ).toHaveProperty('secret');
    const patchRef =
      document.paths['/api/alert-rules/{id}']!['patch']!.requestBody!.content[
        'application/json'
      ]!.schema.$ref;
    const update = document.components.schemas[patchRef.split('/').at(-1)!]!;
    expect(Object.keys(update.properties!)).toEqual(
      Object.keys(create.properties!),
    );
    expect(update.required ?? []).toEqual([]);
  });
});

describe('alert rules on a server without mail and with the address guard', () => {
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database.url, {
      LYT_ROLES: 'api',
      LYT_ALLOW_PRIVATE_FEEDS: 'false',
    });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const post = (channel: unknown) =>
    app.request('/api/alert-rules', {
      method: 'POST',
      body: { name: 'x', trigger: 'mention', channel },
    });

  it('tells settings that e-mail is off and what to configure, before anyone tries', async () => {
    const response = await app.request('/api/alert-channels');
    expect(await response.json()).toEqual({
      webhook: { available: true, reason: null },
      email: {
        available: false,
        reason:
          'e-mail needs LYT_SMTP_URL and LYT_MAIL_FROM to be set on the server',
        from: null,
      },
    });
  });

  it('refuses e-mail channels, saying what to configure', async () => {
    const response = await post({ type: 'email', to: 'chef@nordlys.dk' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      'channel: e-mail needs LYT_SMTP_URL and LYT_MAIL_FROM to be set on the server',
    );
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost/hook',
    'http://[::1]/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://10.0.0.7/hook',
    'http://2130706433/hook',
  ])('refuses the webhook %s, as it refuses such feeds', async (url) => {
    const response = await post({ type: 'webhook', url });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(
      /^channel\.url: /,
    );
  });
});
