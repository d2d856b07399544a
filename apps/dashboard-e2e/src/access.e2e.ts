import type { ViewerToken } from '@lyt/contracts';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser } from './support/browser';
import { cspViolations, recordCspViolations } from './support/csp';
import { type LytServer, startLytServer } from './support/lyt-server';
import { openAs } from './support/session';

/** With a generated viewer token (not LYT_VIEWER_TOKEN), which the admin can replace. */
describe('replacing the viewer token', () => {
  let server: LytServer;
  let browser: Browser;
  const pages: Page[] = [];
  const newPage = async () => {
    const page = await browser.context.newPage();
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    [server, browser] = await Promise.all([
      startLytServer({ env: { LYT_VIEWER_TOKEN: '' } }),
      launchBrowser(),
    ]);
    await recordCspViolations(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  afterEach(async () => {
    for (const page of pages.splice(0)) {
      expect(await cspViolations(page)).toEqual([]);
      await page.close();
    }
  });

  const rotate = () =>
    server.api<ViewerToken>('/access/viewer-token', { method: 'POST' });
  const openScreen = async (token: string) => {
    const page = await newPage();
    await page.goto(`${server.url}/api/health`);
    await page.evaluate(() => {
      localStorage.clear();
      localStorage.setItem('lyt.language', 'en');
    });
    await page.goto(`${server.url}/screen?token=${token}`);
    await page
      .getByTestId('screen-connection')
      .and(page.locator('[data-status="live"]'))
      .waitFor({ state: 'attached' });
    return page;
  };

  it('disconnects the open info-screen on the old token at once, while the admin stays live and the new token opens a screen', async () => {
    const { token: old } = await rotate();
    const screen = await openScreen(old);
    const admin = await newPage();
    await openAs(admin, server, 'admin', '/settings?section=access');
    await admin
      .getByText('Lyt keeps only a fingerprint of each token')
      .waitFor();

    const { token: fresh } = await rotate();
    await screen.getByText('This screen’s link is no longer valid').waitFor();
    expect(
      await admin
        .getByTestId('live-status')
        .first()
        .getAttribute('data-status'),
    ).toBe('live');

    const next = await openScreen(fresh);
    expect(
      await next.getByText('This screen’s link is no longer valid').count(),
    ).toBe(0);
  });
});
