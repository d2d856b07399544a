import type { Page } from 'playwright-core';
import { ADMIN_TOKEN, type LytServer, VIEWER_TOKEN } from './lyt-server';
import type { Language } from './screenshots';

export type Role = 'admin' | 'viewer';

/**
 * Opens `path` signed in as `role`, the way a printed link does (`?token=`),
 * in `language`, and waits until the app is in (past the token check).
 */
export async function openAs(
  page: Page,
  server: LytServer,
  role: Role,
  path = '/',
  language: Language = 'en',
): Promise<void> {
  await page.goto(`${server.url}/api/health`);
  await page.evaluate((lang) => {
    localStorage.clear();
    localStorage.setItem('lyt.language', lang);
  }, language);
  const url = new URL(path, server.url);
  url.searchParams.set('token', role === 'admin' ? ADMIN_TOKEN : VIEWER_TOKEN);
  await page.goto(url.toString());
  await page.waitForSelector(
    path.startsWith('/screen') ? '.screen' : '[data-testid="role"]',
  );
}
