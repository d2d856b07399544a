import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../../..');
const run = promisify(execFile);

/** Production source files under a folder: what a build reads from it. */
function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((entry) => join(folder, entry))
    .filter(
      (path) =>
        /\.tsx?$/.test(path) &&
        !/\.spec\.tsx?$/.test(path) &&
        !path.includes('/test/'),
    );
}

/** The libraries an app's sources import, directly or through another library. */
function importedLibraries(appSources: string): string[] {
  const found = new Set<string>();
  const pending = [appSources];
  while (pending.length > 0) {
    for (const file of sources(pending.pop()!)) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const [, name] of text.matchAll(/from '@lyt\/([a-z-]+)'/g))
        if (!found.has(name!)) {
          found.add(name!);
          pending.push(`libs/${name}/src`);
        }
    }
  }
  return [...found].sort();
}

/** The files Nx hashes for a target: a change to any of them rebuilds instead of restoring the cache. */
async function buildInputs(project: string): Promise<Set<string>> {
  const { stdout } = await run(
    join(ROOT, 'node_modules/.bin/nx'),
    ['show', 'target', 'inputs', `${project}:build`, '--json'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NX_DAEMON: 'false',
        NX_NO_CLOUD: 'true',
        NX_TUI: 'false',
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const { files } = JSON.parse(stdout) as { files: string[] };
  return new Set(files.map((file) => relative('.', file)));
}

describe('the build npm start runs', () => {
  it.each([
    ['api', 'apps/api/src'],
    ['dashboard', 'apps/dashboard/src'],
  ])(
    'rebuilds %s after a change in any library it imports, not a cached build',
    async (project, appSources) => {
      const libraries = importedLibraries(appSources);
      expect(libraries).toContain('contracts');

      const inputs = await buildInputs(project);

      for (const library of libraries) {
        const files = sources(`libs/${library}/src`);
        expect(files.length).toBeGreaterThan(0);
        expect(files.filter((file) => !inputs.has(file))).toEqual([]);
      }
    },
  );
});
