import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canRun,
  findPostgresBinaries,
  installPostgresBinaries,
} from '../src/database/postgres-binaries';

const isRoot = process.getuid?.() === 0;

function postgresUser() {
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}

describe(installPostgresBinaries.name, () => {
  const found = findPostgresBinaries();
  let root: string;

  beforeEach(() => {
    root = join(mkdtempSync(join(tmpdir(), 'lyt-binaries-')), 'data');
    chmodSync(join(root, '..'), 0o755);
  });
  afterEach(() => rmSync(join(root, '..'), { recursive: true, force: true }));

  it('copies bin, lib and share into a folder named by the version, and the copy runs', () => {
    const copy = installPostgresBinaries({ ...found, version: '1.0.0' }, root);

    expect(copy.binDir).toBe(join(root, 'postgres-1.0.0', 'bin'));
    expect(readdirSync(join(root, 'postgres-1.0.0')).sort()).toEqual([
      'bin',
      'lib',
      'share',
    ]);
    // initdb needs share/ (postgres.bki) and every program needs lib/ through its RUNPATH.
    expect(
      execFileSync(join(copy.binDir, 'initdb'), ['--version'], {
        encoding: 'utf8',
      }),
    ).toMatch(/PostgreSQL/);
    expect(
      existsSync(
        join(root, 'postgres-1.0.0', 'share', 'postgresql', 'postgres.bki'),
      ),
    ).toBe(true);
    expect(readdirSync(root)).toEqual(['postgres-1.0.0']);
  });

  it('keeps the copy while the version stays, and replaces it when the version changes', () => {
    const first = installPostgresBinaries({ ...found, version: '1.0.0' }, root);
    const inode = statSync(join(first.binDir, 'postgres')).ino;

    const again = installPostgresBinaries({ ...found, version: '1.0.0' }, root);
    expect(statSync(join(again.binDir, 'postgres')).ino).toBe(inode);

    const next = installPostgresBinaries({ ...found, version: '1.1.0' }, root);
    expect(next.binDir).toBe(join(root, 'postgres-1.1.0', 'bin'));
    expect(readdirSync(root)).toEqual(['postgres-1.1.0']);
  });

  it('never takes a half-made copy for a complete one, and clears one a killed start left behind', () => {
    mkdirSync(root, { recursive: true });
    // What a start killed in the middle of copying leaves: a temporary folder, an hour old.
    const abandoned = join(root, '.postgres-1.0.0-abcdef');
    mkdirSync(join(abandoned, 'bin'), { recursive: true });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(abandoned, anHourAgo, anHourAgo);
    // One that another start is still copying right now.
    const inProgress = join(root, '.postgres-1.0.0-123456');
    mkdirSync(inProgress);

    const copy = installPostgresBinaries({ ...found, version: '1.0.0' }, root);

    expect(existsSync(join(copy.binDir, 'pg_ctl'))).toBe(true);
    expect(readdirSync(root).sort()).toEqual([
      '.postgres-1.0.0-123456',
      'postgres-1.0.0',
    ]);
  });

  (isRoot ? it : it.skip)(
    'gives the postgres user binaries it can run when the package sits in a private folder (as root)',
    () => {
      const user = postgresUser();
      const privateFolder = mkdtempSync(join(tmpdir(), 'lyt-private-'));
      try {
        const hidden = join(privateFolder, 'native');
        mkdirSync(hidden);
        for (const part of ['bin', 'lib', 'share'])
          execFileSync('cp', ['-a', join(found.binDir, '..', part), hidden]);
        const unreachable = { binDir: join(hidden, 'bin'), version: '1.0.0' };
        expect(canRun(unreachable.binDir, user)).toBe(false);

        const copy = installPostgresBinaries(unreachable, root);

        expect(canRun(copy.binDir, user)).toBe(true);
      } finally {
        rmSync(privateFolder, { recursive: true, force: true });
      }
    },
  );
});
