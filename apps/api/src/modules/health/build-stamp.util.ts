import { BUILD_FILE } from '@lyt/contracts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** At most this long: an id, not a document. */
const MAX_BUILD_LENGTH = 64;

/**
 * The build id written beside the built dashboard (`build.json`, stamped by
 * the dashboard's build), or null when there is none or it is unreadable.
 * Read once at start: every replica of one deployment serves the same files
 * and so tells the same id, and a page reloads only when a new version is
 * really deployed.
 */
export function readBuildStamp(dashboardDir: string): string | null {
  let text: string;
  try {
    text = readFileSync(join(dashboardDir, BUILD_FILE), 'utf8');
  } catch {
    return null;
  }
  try {
    const { build } = JSON.parse(text) as { build?: unknown };
    return typeof build === 'string' &&
      build.length > 0 &&
      build.length <= MAX_BUILD_LENGTH &&
      /^[\w.-]+$/.test(build)
      ? build
      : null;
  } catch {
    return null;
  }
}
