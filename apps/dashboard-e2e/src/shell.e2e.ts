import type { Mention, MentionPage, Source, Topic } from '@lyt/contracts';
import { FeedServer } from '@lyt/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import {
  type LytServer,
  startLytServer,
  VIEWER_TOKEN,
} from './support/lyt-server';
import { LANGUAGES, screenshot, VIEWPORTS } from './support/screenshots';
import { openAs } from './support/session';

describe('the dashboard shell', () => {
  let server: LytServer;
  let feeds: FeedServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, feeds, browser] = await Promise.all([
      startLytServer(),
      new FeedServer().start(),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await feeds?.stop();
    await server?.stop();
  });
  beforeEach(async () => {
    page = await browser.context.newPage();
  });
  afterEach(async () => {
    // Whatever a test did, the dashboard ran under its own policy.
    expect(await cspViolations(page)).toEqual([]);
    await page.close();
  });

  it('signs in from a ?token= link, drops the token from the address bar and keeps it across a reload', async () => {
    await openAs(page, server, 'admin');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    await page.getByText('Create your company topic').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getByTestId('role').textContent()).toBe('Admin');
  });

  it('opens every route directly, as a bookmarked link would; the info-screen has no navigation', async () => {
    await openAs(page, server, 'viewer', '/settings?section=access');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByTestId('settings-role').textContent()).toBe(
      'Viewer',
    );
    // The health answer is read as data: the database is up.
    await page.getByTestId('settings-database').getByText('Up').waitFor();

    for (const [path, heading] of [
      ['/explore', 'Explore'],
      ['/', 'Overview'],
      ['/no-such-page', 'Page not found'],
    ] as const) {
      await page.goto(`${server.url}${path}`);
      await page
        .getByRole('heading', { name: heading, exact: true })
        .first()
        .waitFor();
      expect(
        await page.getByRole('navigation', { name: 'Main navigation' }).count(),
      ).toBe(1);
    }

    await page.goto(`${server.url}/screen`);
    await page.getByRole('heading', { name: 'Info-screen' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
  });

  it('navigates with the sidebar and switches to Danish, remembering the choice', async () => {
    await openAs(page, server, 'admin');
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');
    expect(
      await page
        .getByRole('link', { name: 'Settings', exact: true })
        .getAttribute('aria-current'),
    ).toBe('page');

    await page.getByRole('radio', { name: 'DA' }).click();
    await page.getByRole('heading', { name: 'Indstillinger' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');

    await page.reload();
    await page.getByRole('link', { name: 'Overblik' }).click();
    await page.getByRole('heading', { name: 'Overblik' }).waitFor();
  });

  it('asks for a token when the link carries a wrong one, and accepts a right one', async () => {
    // In English, whatever an earlier test chose, and with no token kept.
    await page.goto(`${server.url}/api/health`);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('lyt.language', 'en');
    });
    await page.goto(`${server.url}/?token=not-a-valid-token-123456`);
    await page.getByText('That token was not accepted.').waitFor();
    await page.getByLabel('Access token').fill(VIEWER_TOKEN);
    await page.getByRole('button', { name: 'Open dashboard' }).click();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getByTestId('role').textContent()).toBe('Viewer');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You are signed out.').waitFor();
  });

  it('shows a viewer the settings read-only and no moderation', async () => {
    await openAs(page, server, 'viewer', '/settings');
    await page.getByText('only an admin can change them').waitFor();
  });

  describe('with mentions', () => {
    let source: Source;
    const publish = async (guid: string, text: string) => {
      const items = [
        ...(published.get('/lego') ?? []),
        { guid, title: text, text },
      ];
      published.set('/lego', items);
      feeds.serve('/lego', { items });
      await server.poll(source.id);
    };
    const published = new Map<
      string,
      { guid: string; title: string; text: string }[]
    >();

    beforeAll(async () => {
      await server.api<Topic>('/topics', {
        body: { name: 'LEGO', kind: 'company', query: 'lego' },
      });
      source = await server.api<Source>('/sources', {
        body: {
          url: feeds.serve('/lego', { items: [] }),
          name: 'Byggeklodser.dk',
        },
      });
      await publish(
        'first',
        'LEGO åbner en ny fabrik i Billund med plads til 500 medarbejdere',
      );
    });

    it('goes live, shows a new mention as it is collected, and drops it at once when it is hidden', async () => {
      await openAs(page, server, 'admin');
      await page
        .getByTestId('live-status')
        .and(page.locator('[data-status="live"]'))
        .waitFor();
      const live = page.getByTestId('live-mentions');
      await live.getByText('ny fabrik i Billund').first().waitFor();

      // Arrives over the socket: no reload.
      await publish('second', 'LEGO-aktien stiger efter regnskabet');
      await live.getByText('LEGO-aktien stiger').first().waitFor();

      const { items } = await server.api<MentionPage>('/mentions');
      const second = items.find((mention: Mention) =>
        mention.text.includes('LEGO-aktien'),
      )!;
      await server.api(`/mentions/${second.id}`, {
        method: 'PATCH',
        body: { hidden: true },
      });
      await live.getByText('LEGO-aktien stiger').waitFor({ state: 'detached' });
      expect(
        await live.getByText('ny fabrik i Billund').count(),
      ).toBeGreaterThan(0);
    });

    it('keeps the chosen period in the URL', async () => {
      await openAs(page, server, 'admin');
      await page.getByRole('radio', { name: '30 days' }).click();
      await page.waitForURL(/\?period=30d$/);
      await page.reload();
      expect(
        await page
          .getByRole('radio', { name: '30 days' })
          .getAttribute('aria-checked'),
      ).toBe('true');
      await page.goBack();
      expect(
        await page
          .getByRole('radio', { name: '7 days' })
          .getAttribute('aria-checked'),
      ).toBe('true');
    });

    it('lists the mentions in explore and lets the admin hide one there', async () => {
      await publish(
        'third',
        'Kan man genbruge LEGO-klodser? Spørgsmål til kundeservice',
      );
      await openAs(page, server, 'admin', '/explore');
      const feed = page.getByTestId('mention-feed');
      await feed.getByText('genbruge LEGO-klodser').waitFor();
      await page
        .getByRole('button', { name: /Hide the mention/ })
        .first()
        .click();
      await page.getByText('The mention is hidden everywhere.').waitFor();
      await feed
        .getByText('genbruge LEGO-klodser')
        .waitFor({ state: 'detached' });
      const { items } = await server.api<MentionPage>('/mentions');
      expect(items.map((mention: Mention) => mention.text)).not.toContainEqual(
        expect.stringContaining('genbruge'),
      );
    });

    it('has no serious accessibility violations on any shell page, in Danish and English, and is screenshotted', async () => {
      for (const language of LANGUAGES) {
        for (const [name, path] of [
          ['overview', '/'],
          ['explore', '/explore'],
          ['settings', '/settings'],
          ['not-found', '/no-such-page'],
          ['screen', '/screen'],
        ] as const) {
          await openAs(page, server, 'admin', path, language);
          await page.waitForFunction(
            () => !document.querySelector('.ui-skeleton'),
          );
          await expectAccessible(page, `${path} (${language})`);
          for (const viewport of VIEWPORTS)
            await screenshot(page, name, viewport, language);
        }
        await page.goto(`${server.url}/api/health`);
        await page.evaluate((lang) => {
          localStorage.clear();
          localStorage.setItem('lyt.language', lang);
        }, language);
        await page.goto(`${server.url}/?token=wrong-token-0123456789`);
        await page.locator('.sign-in').waitFor();
        await expectAccessible(page, `sign-in (${language})`);
        for (const viewport of VIEWPORTS)
          await screenshot(page, 'sign-in', viewport, language);
      }
    });
  });
});
