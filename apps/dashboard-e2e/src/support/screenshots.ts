import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Git-ignored (under dist/): look at them, do not commit them. */
export const SCREENSHOT_DIR = resolve(
  __dirname,
  '../../../../dist/screenshots',
);

export const VIEWPORTS = [
  { width: 1600, height: 900 },
  { width: 1024, height: 768 },
] as const;
export type Viewport = (typeof VIEWPORTS)[number];
export const LANGUAGES = ['da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Writes `<name>-<width>x<height>-<lang>.png` once the page has settled: no
 * skeletons left, fonts loaded. Returns the file's path.
 */
export async function screenshot(
  page: Page,
  name: string,
  viewport: Viewport,
  language: Language,
): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.setViewportSize(viewport);
  await page.waitForFunction(
    () =>
      !document.querySelector('.ui-skeleton') &&
      document.fonts.status === 'loaded',
  );
  // Charts follow a resize a moment later (ResizeObserver, debounced): until then
  // they keep the old width. A page that stays wider than the window is a defect.
  await page
    .waitForFunction(
      () => document.documentElement.scrollWidth <= window.innerWidth,
      undefined,
      { timeout: 5_000 },
    )
    .catch(async () => {
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      throw new Error(
        `${name} is ${width} px wide in a ${viewport.width} px window (${language})`,
      );
    });
  const path = join(
    SCREENSHOT_DIR,
    `${name}-${viewport.width}x${viewport.height}-${language}.png`,
  );
  await page.screenshot({ path, fullPage: true });
  return path;
}
