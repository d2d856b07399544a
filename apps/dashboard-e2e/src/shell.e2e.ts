import type { Page } from 'playwright-core';
import { Browser, launchBrowser } from './support/browser';
import {
  ADMIN_TOKEN,
  LytServer,
  startLytServer,
  VIEWER_TOKEN,
} from './support/lyt-server';

describe('the dashboard shell', () => {
  let server: LytServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startLytServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => localStorage.clear());
  });
  afterEach(() => page.close());

  it('signs in from a ?token= link, drops the token from the address bar and keeps it across a reload', async () => {
    await page.goto(`${server.url}/?token=${ADMIN_TOKEN}`);

    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await page.getByTestId('summary-mentions').textContent()).toContain(
      '0',
    );

    await page.reload();
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.locator('.role').textContent()).toBe('Admin');
  });

  it('opens every route directly, as a bookmarked info-screen would', async () => {
    await page.goto(`${server.url}/settings?token=${VIEWER_TOKEN}`);
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.getByTestId('settings-role').textContent()).toBe(
      'Viewer',
    );

    for (const [path, heading] of [
      ['/explore', 'Explore'],
      ['/screen', 'Info-screen'],
      ['/', 'Overview'],
    ]) {
      await page.goto(`${server.url}${path}`);
      await page.getByRole('heading', { name: heading }).waitFor();
    }
  });

  it('navigates between pages and switches to Danish, remembering the choice', async () => {
    await page.goto(`${server.url}/?token=${ADMIN_TOKEN}`);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/settings');

    await page.getByRole('button', { name: 'DA' }).click();
    await page.getByRole('heading', { name: 'Indstillinger' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('da');

    await page.reload();
    await page.getByRole('link', { name: 'Overblik' }).click();
    await page.getByRole('heading', { name: 'Overblik' }).waitFor();
  });

  it('asks for a token when the link carries a wrong one, and accepts a right one', async () => {
    await page.goto(`${server.url}/?token=not-a-valid-token-123456`);

    await page
      .getByRole('alert')
      .filter({ hasText: 'That token was not accepted.' })
      .waitFor();
    await page.getByLabel('Access token').fill(VIEWER_TOKEN);
    await page.getByRole('button', { name: 'Open dashboard' }).click();

    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.locator('.role').textContent()).toBe('Viewer');
  });
});
