import { createHmac } from 'node:crypto';
import { blockPrivateAddresses } from '@lyt/feeds';
import { WebhookReceiver } from '@lyt/testing';
import { postWebhook, signature } from './webhook.sender';

describe(postWebhook.name, () => {
  let receiver: WebhookReceiver;
  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
  });
  afterAll(() => receiver.stop());
  beforeEach(() => {
    receiver.answer = () => ({ status: 200, body: 'ok' });
  });

  const post = (extra: Partial<Parameters<typeof postWebhook>[0]> = {}) =>
    postWebhook({
      url: `${receiver.url}/services/T0/B0/hemmelig`,
      body: '{"text":"Hej æøå"}',
      deliveryId: 'd-1',
      secret: 'hemmelig-nøgle',
      ...extra,
    });

  it('posts the body byte for byte, signed', async () => {
    expect(await post()).toEqual({ ok: true });
    const hook = receiver.received.at(-1)!;
    expect(hook.body).toBe('{"text":"Hej æøå"}');
    expect(hook.headers['content-length']).toBe(
      String(Buffer.byteLength(hook.body)),
    );
    expect(hook.headers['x-lyt-signature']).toBe(
      `sha256=${createHmac('sha256', 'hemmelig-nøgle').update(hook.body).digest('hex')}`,
    );
    expect(signature('hemmelig-nøgle', hook.body)).toBe(
      hook.headers['x-lyt-signature'],
    );
  });

  it('sends no signature without a secret', async () => {
    await post({ secret: null });
    expect(
      receiver.received.at(-1)!.headers['x-lyt-signature'],
    ).toBeUndefined();
  });

  it.each([
    [
      'a redirect',
      { status: 301, headers: { Location: 'https://example.dk/' } },
      'answered HTTP 301 Moved Permanently',
    ],
    [
      'a 429 with Retry-After',
      { status: 429, headers: { 'Retry-After': '120' }, body: 'slow down' },
      'answered HTTP 429 Too Many Requests: slow down',
    ],
    [
      'a 500 with a huge body',
      { status: 500, body: 'x'.repeat(100_000) },
      'answered HTTP 500 Internal Server Error: xxxx',
    ],
  ])(
    'takes %s as a failure, saying so without the secret path',
    async (_, answer, said) => {
      receiver.answer = () => answer;
      const outcome = await post();
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.error).toContain(`${new URL(receiver.url).host} ${said}`);
      expect(outcome.error).not.toContain('hemmelig');
      expect(outcome.error.length).toBeLessThan(300);
      if (answer.status === 429) expect(outcome.retryAfterMs).toBe(120_000);
    },
  );

  it('gives up on a receiver that does not answer in time', async () => {
    receiver.answer = () => ({ status: 200, delayMs: 2000 });
    const started = Date.now();
    const outcome = await post({ timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(1500);
    expect(outcome).toMatchObject({
      ok: false,
      error: `no answer from ${new URL(receiver.url).host} within 0.3 s`,
    });
  });

  it('refuses a private address under the guard, before connecting', async () => {
    const before = receiver.received.length;
    const outcome = await post({ guard: blockPrivateAddresses });
    expect(outcome).toMatchObject({ ok: false });
    if (!outcome.ok)
      expect(outcome.error).toMatch(
        /127\.0\.0\.1 is a loopback, private or otherwise non-public address/,
      );
    const viaName = await post({
      url: receiver.url.replace('127.0.0.1', 'localhost'),
      guard: blockPrivateAddresses,
    });
    expect(viaName.ok).toBe(false);
    expect(receiver.received.length).toBe(before);
  });
});
