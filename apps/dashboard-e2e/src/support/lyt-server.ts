import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../../..');
const ENTRY = join(ROOT, 'dist/apps/api/apps/api/src/main.js');

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789';
export const VIEWER_TOKEN = 'e2e-viewer-token-0123456789';

export interface LytServer {
  url: string;
  /** A request to the api as admin (or with `token`), failing loudly on an error status. */
  api<T = unknown>(
    path: string,
    init?: { method?: string; body?: unknown; token?: string },
  ): Promise<T>;
  /**
   * Polls a source now and waits for the poll to finish (while its first poll
   * runs, Lyt waits for that one and polls again).
   */
  poll(sourceId: string): Promise<void>;
  /** Stops the process (SIGTERM), keeping its database and port, as a deploy or a crash-restart does. */
  stopProcess(): Promise<void>;
  /** Starts the process again on the same database and port; `env` adds to (and wins over) the first start's. */
  startProcess(env?: Record<string, string>): Promise<void>;
  stop(): Promise<void>;
}

export interface LytServerOptions {
  /** More environment for the process (they win over the defaults). */
  env?: Record<string, string>;
  /** How long the start may take until /api/health answers (default 60 s; seeding the demo takes longer). */
  startTimeoutMs?: number;
}

/**
 * The built application exactly as `npm start` runs it: on a fresh database of
 * the server DATABASE_URL names, or else on its own embedded PostgreSQL.
 */
export async function startLytServer({
  env: extra = {},
  startTimeoutMs = 60_000,
}: LytServerOptions = {}): Promise<LytServer> {
  if (!existsSync(ENTRY))
    throw new Error(`${ENTRY} is missing: build first (npm run build)`);
  const cleanups: (() => Promise<void>)[] = [];
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '/tmp',
    PORT: String(21000 + Math.floor(Math.random() * 20000)),
    HOST: '127.0.0.1',
    LYT_ADMIN_TOKEN: ADMIN_TOKEN,
    LYT_VIEWER_TOKEN: VIEWER_TOKEN,
    LYT_LOG_LEVEL: 'warn',
    // The tests' feeds are served from 127.0.0.1.
    LYT_ALLOW_PRIVATE_FEEDS: 'true',
    // Tests start from a database they fill themselves; the demo's own test turns it on.
    LYT_DEMO: 'false',
    ...extra,
  };
  const serverUrl = process.env['DATABASE_URL'];
  if (serverUrl) {
    const name = `lyt_e2e_${randomBytes(6).toString('hex')}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env['DATABASE_URL'] = url.toString();
    cleanups.push(() =>
      adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    );
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'lyt-e2e-'));
    chmodSync(dataDir, 0o755);
    env['LYT_DATA_DIR'] = dataDir;
    cleanups.push(async () =>
      rmSync(dataDir, { recursive: true, force: true }),
    );
  }

  const url = `http://127.0.0.1:${env['PORT']}`;
  let child: ChildProcess | null = null;
  const startProcess = async (more: Record<string, string> = {}) => {
    const started = spawn(process.execPath, [ENTRY], {
      cwd: ROOT,
      env: { ...env, ...more },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let output = '';
    started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntilHealthy(url, started, () => output, startTimeoutMs);
  };
  const stopProcess = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolveExit) =>
      running.once('exit', resolveExit),
    );
    running.kill('SIGTERM');
    await exited;
  };
  await startProcess();

  return {
    url,
    api: async <T>(
      path: string,
      init: { method?: string; body?: unknown; token?: string } = {},
    ) => {
      const response = await fetch(`${url}/api${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers: {
          Authorization: `Bearer ${init.token ?? ADMIN_TOKEN}`,
          ...(init.body === undefined
            ? {}
            : { 'Content-Type': 'application/json' }),
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      });
      const text = await response.text();
      if (!response.ok)
        throw new Error(
          `${init.method ?? 'GET'} ${path}: ${response.status} ${text}`,
        );
      return (text ? JSON.parse(text) : undefined) as T;
    },
    poll: async (sourceId: string) => {
      const response = await fetch(`${url}/api/sources/${sourceId}/poll`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      if (!response.ok)
        throw new Error(
          `POST /sources/${sourceId}/poll: ${response.status} ${await response.text()}`,
        );
    },
    stopProcess,
    startProcess,
    stop: async () => {
      await stopProcess();
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
}

async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`lyt exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  child.kill('SIGKILL');
  throw new Error(
    `lyt did not become healthy within ${timeoutMs / 1000} s:\n${output()}`,
  );
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
