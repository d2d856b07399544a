import type { DemoStatus, SummaryStats } from '@lyt/contracts';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import { LANGUAGES, screenshot, VIEWPORTS } from './support/screenshots';
import { openAs } from './support/session';

// Seeding two weeks of history on a machine shared with other test runs.
jest.setTimeout(300_000);

/** A first start as a newcomer sees it: the demo workspace, offline, with nothing configured. */
describe('the demo workspace', () => {
  let server: LytServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startLytServer({ env: { LYT_DEMO: 'true' }, startTimeoutMs: 180_000 }),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    expect(await cspViolations(page)).toEqual([]);
  });

  it('shows an overview with charts from its history and the demo banner', async () => {
    expect(await server.api<DemoStatus>('/demo')).toEqual({ active: true });
    const summary = await server.api<SummaryStats>('/stats/summary');
    expect(summary.mentions).toBeGreaterThan(10_000);

    for (const language of LANGUAGES) {
      await openAs(page, server, 'admin', '/?period=7d', language);
      const banner = page.getByTestId('demo-banner');
      await banner.waitFor();
      expect(await banner.textContent()).toContain(
        language === 'da' ? 'demo-arbejdsområde' : 'demo workspace',
      );
      // Charts drawn from the history: lines with points, not an empty state.
      await page.waitForSelector('.recharts-line-curve');
      await expectAccessible(page, `demo overview (${language})`);
      for (const viewport of VIEWPORTS)
        await screenshot(page, 'demo-overview', viewport, language);
    }

    // The banner leads to where the demo is removed.
    await page.getByTestId('demo-banner').getByRole('link').click();
    await page.waitForURL(/\/settings/);
  });

  it('is removed for good from settings, after the admin confirms', async () => {
    await openAs(page, server, 'admin', '/settings', 'en');
    await page.getByRole('button', { name: 'Remove the demo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Remove the demo' }).click();
    await page
      .getByText(/The demo is removed: 4 topics, 5 sources and/)
      .waitFor();

    expect(await server.api<DemoStatus>('/demo')).toEqual({ active: false });
    const summary = await server.api<SummaryStats>('/stats/summary');
    expect(summary).toMatchObject({
      items: 0,
      mentions: 0,
      sources: 0,
      topics: 0,
    });
    // The overview no longer says it is a demo: it asks for the company topic.
    await openAs(page, server, 'admin', '/', 'en');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getByTestId('demo-banner').count()).toBe(0);
  });
});
