import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import {
  chownSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from './support/browser';
import { launchBrowser } from './support/browser';

const ROOT = resolve(__dirname, '../../..');
const isRoot = process.getuid?.() === 0;
const NORMAL_USER = 'lyt-test';

interface OsUser {
  uid: number;
  gid: number;
}

/** What `npm start` runs once the build is done: the last command of the start script. */
function startCommand(): string {
  const { scripts } = JSON.parse(
    readFileSync(join(ROOT, 'package.json'), 'utf8'),
  ) as { scripts: { start: string } };
  const run = scripts.start.split(' && ').at(-1)!;
  expect(run).toMatch(/^node dist\//);
  return run;
}

/**
 * A clone as `mktemp -d` + `git clone` + `npm ci` + the build leave it: in a
 * folder only its owner may enter (mode 700), with node_modules (hard links to
 * this checkout's, so nothing is installed again) and the built dist.
 */
function privateClone(owner?: OsUser): { folder: string; clone: string } {
  const folder = mkdtempSync(join(tmpdir(), 'lyt-quick-start-'));
  expect(statSync(folder).mode & 0o777).toBe(0o700);
  const clone = join(folder, 'lyt');
  mkdirSync(join(clone, 'dist', 'apps'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(clone, 'package.json'));
  execFileSync('cp', ['-al', join(ROOT, 'node_modules'), clone]);
  for (const app of ['api', 'dashboard'])
    cpSync(join(ROOT, 'dist', 'apps', app), join(clone, 'dist', 'apps', app), {
      recursive: true,
    });
  if (owner)
    for (const path of [folder, clone]) chownSync(path, owner.uid, owner.gid);
  return { folder, clone };
}

function normalUser(): OsUser {
  const id = (flag: string) =>
    execFileSync('id', [flag, NORMAL_USER], { encoding: 'utf8' }).trim();
  try {
    id('-u');
  } catch {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      NORMAL_USER,
    ]);
  }
  return { uid: Number(id('-u')), gid: Number(id('-g')) };
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolvePort(typeof address === 'object' && address ? address.port : 0),
      );
    });
  });
}

interface Started {
  child: ChildProcess;
  output(): string;
  port: number;
}

/** Process groups started here, so that a failing test leaves none behind. */
const groups = new Set<number>();

/** The start script's run step in the clone, as its owner runs it from a terminal. */
async function start(clone: string, user?: OsUser): Promise<Started> {
  const port = await freePort();
  const child = spawn('/bin/sh', ['-c', startCommand()], {
    cwd: clone,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: user ? clone : (process.env['HOME'] ?? '/root'),
      PORT: String(port),
      HOST: '127.0.0.1',
      LYT_LOG_FORMAT: 'text',
    },
    ...user,
    // Its own process group, so that Ctrl+C can be sent to the whole of it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  groups.add(child.pid!);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the start exited with ${child.exitCode}:\n${output}`);
    const health = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      async (response) => (response.ok ? response.json() : null),
      () => null,
    );
    if (health) {
      expect(health).toMatchObject({ status: 'ok', db: 'up' });
      break;
    }
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`not healthy within 60 s:\n${output}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  // The banner follows the listening line: wait until its links are out.
  while (!/Lyt is ready at/.test(output))
    await new Promise((resolveWait) => setTimeout(resolveWait, 50));
  return { child, output: () => output, port };
}

/**
 * Ctrl+C in the terminal: SIGINT to the whole process group. Resolves when
 * every process of the group is gone, with what Lyt logged meanwhile.
 */
async function interrupt({ child, output }: Started): Promise<string> {
  const before = output().length;
  process.kill(-child.pid!, 'SIGINT');
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      process.kill(-child.pid!, 0);
    } catch {
      groups.delete(child.pid!);
      return output().slice(before);
    }
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`still running 30 s after Ctrl+C:\n${output()}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

async function expectDashboardOpens(
  browser: Browser,
  { output, port }: Started,
): Promise<void> {
  const adminLink = new RegExp(
    `http://localhost:${port}/\\?token=([\\w-]+)`,
  ).exec(output());
  expect(adminLink).not.toBeNull();
  expect(output()).toMatch(
    new RegExp(`http://localhost:${port}/screen\\?token=[\\w-]+`),
  );
  const me = await fetch(`http://127.0.0.1:${port}/api/me`, {
    headers: { Authorization: `Bearer ${adminLink![1]}` },
  });
  expect(await me.json()).toEqual({ role: 'admin' });

  const page = await browser.context.newPage();
  try {
    await page.goto(adminLink![0].replace('localhost', '127.0.0.1'));
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    expect(await page.getByTestId('role').textContent()).toBe('Admin');
  } finally {
    await page.close();
  }
}

describe('the quick start (npm ci && npm start)', () => {
  let browser: Browser;
  const folders: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const group of groups) {
      // A test that failed midway: stop its Lyt as Ctrl+C would, then make sure.
      for (const signal of ['SIGINT', 'SIGKILL'] as const) {
        try {
          process.kill(-group, signal);
        } catch {
          break;
        }
        await new Promise((resolveWait) => setTimeout(resolveWait, 3000));
      }
      groups.delete(group);
    }
    for (const folder of folders.splice(0))
      rmSync(folder, { recursive: true, force: true });
  });

  (isRoot ? it : it.skip)(
    isRoot
      ? 'runs as root from a clone in a private folder: the data and the PostgreSQL binaries move where the postgres user can reach them'
      : `(skipped: the tests run as uid ${process.getuid?.()}, and this one needs root) runs as root from a clone in a private folder`,
    async () => {
      const { folder, clone } = privateClone();
      folders.push(folder);

      // Where Lyt keeps a cluster the postgres user could not reach in the clone.
      const moved = join(
        '/var/lib/lyt',
        createHash('sha256')
          .update(join(clone, '.lyt'))
          .digest('hex')
          .slice(0, 16),
      );
      folders.push(moved);

      const first = await start(clone);

      expect(first.output()).toContain(
        `Data: ${moved} (embedded PostgreSQL, kept between starts)`,
      );
      expect(first.output()).toContain(`running a copy in ${moved}/postgres-`);
      await expectDashboardOpens(browser, first);
      expect(await interrupt(first)).toMatch(/stopped$/m);

      // The next start finds the same cluster and the same copy of the binaries.
      const second = await start(clone);
      expect(second.output()).toContain(`Data: ${moved} (embedded`);
      expect(second.output()).not.toContain('initialising');
      expect(second.output()).not.toContain('?token=');
      expect(await interrupt(second)).toMatch(/stopped$/m);
    },
  );

  it(
    isRoot
      ? `runs as a normal user (${NORMAL_USER}) from a clone in that user's private folder, keeping the data in .lyt/`
      : 'runs as a normal user from a clone in a private folder, keeping the data in .lyt/',
    async () => {
      const user = isRoot ? normalUser() : undefined;
      const { folder, clone } = privateClone(user);
      folders.push(folder);

      const started = await start(clone, user);

      expect(started.output()).toContain(
        `Data: ${join(clone, '.lyt')} (embedded PostgreSQL`,
      );
      expect(started.output()).not.toContain('running a copy');
      await expectDashboardOpens(browser, started);
      expect(await interrupt(started)).toMatch(/stopped$/m);
      if (user) expect(statSync(join(clone, '.lyt', 'pg')).uid).toBe(user.uid);
    },
  );
});
