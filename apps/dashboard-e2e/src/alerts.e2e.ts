import { createHmac } from 'node:crypto';
import type {
  AlertRule,
  AlertWebhookPayload,
  Source,
  Topic,
} from '@lyt/contracts';
import {
  type FeedItemSpec,
  FeedServer,
  SmtpReceiver,
  WebhookReceiver,
} from '@lyt/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import {
  type Language,
  LANGUAGES,
  screenshot,
  VIEWPORTS,
} from './support/screenshots';
import { openAs } from './support/session';

const SECRET = 'whsec-nordlys-0123456789';
const ALERTS = '/settings?section=alerts';
const DAY = 24 * 3_600_000;

/** The "done when", in Chromium: both rules set up in settings, both messages at the local receivers. */
describe('alerts in settings', () => {
  let server: LytServer;
  let feeds: FeedServer;
  let webhook: WebhookReceiver;
  let smtp: SmtpReceiver;
  let browser: Browser;
  let page: Page;
  let source: Source;
  const items: FeedItemSpec[] = [];

  const poll = () =>
    server.api(`/sources/${source.id}/poll`, { method: 'POST' });
  const publish = async (...added: FeedItemSpec[]) => {
    const now = new Date().toISOString();
    items.push(...added.map((item) => ({ publishedAt: now, ...item })));
    feeds.serve('/nordlys.rss', { items });
    await poll();
  };
  const open = async (language: Language = 'en') => {
    await openAs(page, server, 'admin', ALERTS, language);
    await page.getByTestId('alerts-section').waitFor();
  };
  const screenshots = async (name: string, prepare?: () => Promise<void>) => {
    for (const language of LANGUAGES) {
      await open(language);
      await prepare?.();
      await expectAccessible(page, `${name} (${language})`);
      for (const viewport of VIEWPORTS)
        await screenshot(page, name, viewport, language);
    }
  };
  const card = (name: string) =>
    page.getByTestId('alert-rule').filter({
      has: page.getByRole('heading', { name, exact: true }),
    });
  const rules = () => server.api<AlertRule[]>('/alert-rules');

  beforeAll(async () => {
    [feeds, webhook, smtp, browser] = await Promise.all([
      new FeedServer().start(),
      new WebhookReceiver().start(),
      new SmtpReceiver().start(),
      launchBrowser(),
    ]);
    server = await startLytServer({
      env: { LYT_SMTP_URL: smtp.url, LYT_MAIL_FROM: 'Lyt <lyt@nordlys.test>' },
    });
    await recordCspViolations(browser.context);
    page = await browser.context.newPage();
    await server.api<Topic>('/topics', {
      body: { name: 'Nordlys', kind: 'company', query: 'nordlys' },
    });
    await server.api<Topic>('/topics', {
      body: { name: 'Solvarme', kind: 'competitor', query: 'solvarme' },
    });
    // Yesterday's news, for the daily digest.
    const yesterday = Date.now() - DAY;
    items.push(
      {
        guid: 'y1',
        title: 'Nordlys åbner nyt solcelleanlæg',
        text: 'Nordlys åbner et fantastisk nyt solcelleanlæg i Esbjerg #grønenergi',
        publishedAt: new Date(yesterday).toISOString(),
      },
      {
        guid: 'y2',
        title: 'Solvarme hæver priserne',
        text: 'Solvarme hæver priserne igen. Dårligt nyt for kunderne #energi',
        publishedAt: new Date(yesterday + 60_000).toISOString(),
      },
    );
    feeds.serve('/nordlys.rss', { items });
    source = await server.api<Source>('/sources', {
      body: { url: `${feeds.url}/nordlys.rss`, name: 'Nordlys-nyheder' },
    });
    await poll();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await Promise.all([feeds?.stop(), webhook?.stop(), smtp?.stop()]);
  });
  afterEach(async () => {
    expect(await cspViolations(page)).toEqual([]);
  });

  it('tells a new admin what to set up first', async () => {
    await open();
    await page.getByText('No alerts yet').waitFor();
    await screenshots('alerts-empty');
  });

  it('sets up "negative mentions of the company → webhook, as it happens", refusing a bad URL at its field', async () => {
    await open();
    await page.getByRole('button', { name: 'Set up the first alert' }).click();
    const dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Name', { exact: false })
      .first()
      .fill('Negative mentions of Nordlys');
    await dialog.getByRole('button', { name: 'Company', exact: true }).click();
    await dialog.getByRole('button', { name: 'Negative', exact: true }).click();
    const url = dialog.getByLabel(/^Webhook URL/);
    await url.fill('ftp://hooks.nordlys.test/lyt');
    await dialog.getByLabel(/^Secret for the signature/).fill(SECRET);
    await expectAccessible(page, 'the alert form');
    for (const viewport of VIEWPORTS)
      await screenshot(page, 'alerts-form', viewport, 'en');
    await dialog.getByRole('button', { name: 'Create alert' }).click();

    await dialog.getByText('only http and https URLs can be reached').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(
      await url.evaluate((input) => input === document.activeElement),
    ).toBe(true);
    expect(await rules()).toEqual([]);

    await url.fill(`${webhook.url}/hooks/lyt`);
    await dialog.getByRole('button', { name: 'Create alert' }).click();
    await dialog.waitFor({ state: 'detached' });
    const rule = card('Negative mentions of Nordlys');
    await rule.getByText('company · negative').waitFor();
    await rule.getByText(/As it happens/).waitFor();
    await rule.getByText(/signed \(secret ••••6789\)/).waitFor();
    expect(await page.content()).not.toContain(SECRET);
  });

  it('sets up "daily digest → e-mail" at 7 o’clock', async () => {
    await open();
    await page.getByRole('button', { name: 'New alert' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Digest/ }).check();
    await dialog.getByLabel(/^Name/).fill('Morning digest for the leaders');
    await dialog.getByRole('radio', { name: 'Daily', exact: true }).waitFor();
    await dialog.getByRole('radio', { name: 'E-mail', exact: true }).check();
    await dialog.getByLabel(/^E-mail addresses/).fill('chef@nordlys.dk');
    await dialog.getByRole('button', { name: 'Create alert' }).click();
    await dialog.waitFor({ state: 'detached' });
    const digest = card('Morning digest for the leaders');
    await digest.getByText('Daily at 07:00', { exact: false }).waitFor();
    await digest.getByText('chef@nordlys.dk').waitFor();
    expect(await rules()).toMatchObject([
      {
        name: 'Negative mentions of Nordlys',
        trigger: 'mention',
        every: 'instant',
        selection: { kinds: ['company'], sentiment: ['negative'] },
        channel: { type: 'webhook', url: `${webhook.url}/hooks/lyt` },
      },
      {
        name: 'Morning digest for the leaders',
        trigger: 'digest',
        every: 'daily',
        digestHour: 7,
        channel: { type: 'email', to: ['chef@nordlys.dk'] },
      },
    ]);
  });

  it('brings a negative mention of Nordlys to the webhook once, signed, and lists it as sent', async () => {
    await publish(
      {
        guid: 'n1',
        title: 'Skuffet over Nordlys',
        text: 'Elendig kundeservice hos Nordlys i dag, skuffende ventetid #energi',
      },
      {
        guid: 'p1',
        title: 'Tak til Nordlys',
        text: 'Fantastisk og venlig hjælp fra Nordlys i dag, tak! #energi',
      },
    );
    await webhook.waitForAccepted(1);
    const [hook] = webhook.accepted;
    const body = JSON.parse(hook!.body) as AlertWebhookPayload;
    expect(body.mentions.map((mention) => mention.title)).toEqual([
      'Skuffet over Nordlys',
    ]);
    expect(body.text).toContain('Skuffet over Nordlys');
    expect(hook!.headers['x-lyt-signature']).toBe(
      `sha256=${createHmac('sha256', SECRET).update(hook!.body).digest('hex')}`,
    );

    await open();
    const rule = card('Negative mentions of Nordlys');
    await rule.getByRole('button', { name: 'Recent messages' }).click();
    const sent = rule.getByTestId('alert-delivery').first();
    await sent.getByText('Sent', { exact: true }).waitFor();
    await sent
      .getByText(/Skuffet over Nordlys|Nordlys/)
      .first()
      .waitFor();
  });

  it('shows a message retrying while the receiver is down, and why; delivered once when it is back', async () => {
    await webhook.stop();
    await publish({
      guid: 'n2',
      title: 'Nordlys svarer ikke',
      text: 'Elendig og dårlig service, Nordlys svarer aldrig på mails #energi',
    });
    await open();
    const rule = card('Negative mentions of Nordlys');
    await rule.getByRole('button', { name: 'Recent messages' }).click();
    const retrying = rule
      .getByTestId('alert-delivery')
      .filter({ has: page.getByText('Retrying', { exact: true }) });
    await retrying.waitFor({ timeout: 20_000 });
    await retrying.getByText('Why:').waitFor();
    await retrying.getByText(/next attempt/).waitFor();
    await screenshots('alerts-retrying', async () => {
      await card('Negative mentions of Nordlys')
        .getByRole('button', { name: /Recent messages|Seneste beskeder/ })
        .click();
      await page.getByTestId('alert-delivery').first().waitFor();
    });

    await webhook.start();
    await webhook.waitForAccepted(2, 40_000);
    await open();
    await card('Negative mentions of Nordlys')
      .getByRole('button', { name: 'Recent messages' })
      .click();
    await page
      .getByTestId('alert-delivery')
      .first()
      .getByText('Sent', { exact: true })
      .waitFor({ timeout: 10_000 });
    const ids = webhook.accepted.map((hook) => hook.headers['x-lyt-delivery']);
    expect(new Set(ids).size).toBe(2);
    expect(
      (
        JSON.parse(webhook.accepted[1]!.body) as AlertWebhookPayload
      ).mentions.map((mention) => mention.title),
    ).toEqual(['Nordlys svarer ikke']);
  });

  it('sends the daily digest as a test to the mailbox, with yesterday in it, and says it arrived', async () => {
    await open();
    const digest = card('Morning digest for the leaders');
    await digest.getByRole('button', { name: 'Send a test' }).click();
    await digest.getByText('The test arrived: the channel answered.').waitFor();
    await smtp.waitForMails(1);
    const [mail] = smtp.mails;
    expect(mail!.envelope.to).toEqual(['chef@nordlys.dk']);
    expect(mail!.parsed.from?.text).toContain('lyt@nordlys.test');
    expect(mail!.parsed.text).toContain('Nordlys');
    expect(mail!.parsed.html).toContain('Nordlys');
    expect(mail!.parsed.html).toContain('Solvarme');
    await screenshots('alerts-rules');
  });

  it('opens a stored rule in the form as it was set, its secret only hinted', async () => {
    for (const language of LANGUAGES) {
      await open(language);
      // By keyboard: Enter on Edit opens the form with the focus inside it.
      await card('Negative mentions of Nordlys')
        .getByRole('button', { name: language === 'en' ? 'Edit' : 'Redigér' })
        .press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      expect(
        await dialog.evaluate((node) => node.contains(document.activeElement)),
      ).toBe(true);
      const pressed = dialog.locator('[aria-pressed="true"]');
      expect(await pressed.allTextContents()).toEqual(
        language === 'en'
          ? ['Company', 'Negative']
          : ['Virksomheden', 'Negativ'],
      );
      await dialog.getByText(/••••6789/).waitFor();
      expect(await dialog.locator('input[type="password"]').inputValue()).toBe(
        '',
      );
      await expectAccessible(page, `the alert form (${language})`);
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'alerts-form-edit', viewport, language);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await rules()).toHaveLength(2);
    }
  });

  it('says why a test did not arrive', async () => {
    webhook.answer = () => ({ status: 500, body: 'down for maintenance' });
    await open();
    const rule = card('Negative mentions of Nordlys');
    await rule.getByRole('button', { name: 'Send a test' }).click();
    await rule.getByText(/The test did not arrive: .*500/).waitFor();
    await rule.getByRole('button', { name: 'Recent messages' }).click();
    const failed = rule.getByTestId('alert-delivery').first();
    await failed.getByText('Failed', { exact: true }).waitFor();
    await failed.getByText('Test', { exact: true }).waitFor();
    await failed.getByText(/500/).waitFor();
    webhook.answer = () => ({ status: 200, body: 'ok' });
  });

  it('shows a viewer the rules read-only, without where they send to', async () => {
    for (const language of LANGUAGES) {
      await openAs(page, server, 'viewer', ALERTS, language);
      await card('Morning digest for the leaders').waitFor();
      await page
        .getByText(
          language === 'en'
            ? 'Where each alert is sent is shown in full to admins only.'
            : 'Hvor hvert varsel sendes hen, vises kun fuldt ud for administratorer.',
          { exact: false },
        )
        .waitFor();
      await card('Morning digest for the leaders')
        .getByText('c•••@nordlys.dk')
        .waitFor();
      await card('Negative mentions of Nordlys')
        .getByText(`${new URL(webhook.url).host}/…`, { exact: true })
        .waitFor();
      const html = await page.content();
      expect(html).not.toContain('/hooks/lyt');
      expect(html).not.toContain('chef@nordlys.dk');
      const panel = page.getByRole('tabpanel');
      expect(await panel.getByRole('button').count()).toBe(0);
      expect(await panel.locator('input, textarea, select').count()).toBe(0);
      await expectAccessible(page, `alerts as viewer (${language})`);
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'alerts-viewer', viewport, language);
    }
  });
});
