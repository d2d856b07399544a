import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';

const CHROMIUM = process.env['LYT_CHROMIUM'] ?? '/usr/bin/chromium';
/** Where the browser tests put theirs too (git-ignored, under dist/): look at them, never commit them. */
export const SCREENSHOTS = resolve(__dirname, '../../../../dist/screenshots');

/** Debian's Chromium, headless, fresh profile, no network of its own: for looking at what Lyt renders. */
export async function openChromium(): Promise<{
  context: BrowserContext;
  close(): Promise<void>;
}> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `no Chromium at ${CHROMIUM}: apt-get install chromium (or set LYT_CHROMIUM)`,
    );
  mkdirSync(SCREENSHOTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'lyt-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    offline: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
