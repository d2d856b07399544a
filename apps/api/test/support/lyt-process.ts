import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { ADMIN_TOKEN, VIEWER_TOKEN } from './test-app';

const ROOT = resolve(__dirname, '../../../..');
const MAIN = 'apps/api/src/main.ts';

export interface LytProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** The real entry point, as `npm start` runs it (from source, so no build is needed). */
export function runLyt(env: Record<string, string>): LytProcess {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '/tmp',
      LYT_LOG_FORMAT: 'json',
      // Tests start from a database they fill themselves; the demo's own specs turn it on.
      LYT_DEMO: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) =>
    child.on('exit', (code) => resolveExit(code)),
  );
  return { child, output: () => output, exited };
}

export async function waitForHealth(
  port: string,
  lyt: LytProcess,
): Promise<unknown> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (lyt.child.exitCode !== null)
      throw new Error(`lyt exited early:\n${lyt.output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`lyt did not become healthy:\n${lyt.output()}`);
}

/** What a test's Lyt process needs: a port on loopback, the test tokens, local feeds allowed. */
export function testLytEnv(port: string): Record<string, string> {
  return {
    PORT: port,
    HOST: '127.0.0.1',
    LYT_ADMIN_TOKEN: ADMIN_TOKEN,
    LYT_VIEWER_TOKEN: VIEWER_TOKEN,
    LYT_ALLOW_PRIVATE_FEEDS: 'true',
  };
}

/** A port nothing listens on now, asked of the OS (a random pick collided with other tests' servers). */
export function freePort(): Promise<string> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        resolvePort(
          String(typeof address === 'object' && address ? address.port : 0),
        ),
      );
    });
  });
}
