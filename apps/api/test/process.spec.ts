import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, runLyt, waitForHealth } from './support/lyt-process';

describe('the lyt process', () => {
  it('refuses to start on a bad configuration, naming every bad variable', async () => {
    const lyt = runLyt({
      PORT: 'eighty',
      LYT_ROLES: 'api,printer',
      LYT_ALLOW_PRIVATE_FEEDS: 'maybe',
    });

    expect(await lyt.exited).toBe(1);
    expect(lyt.output()).toMatch(/PORT: must be a port number/);
    expect(lyt.output()).toMatch(/LYT_ROLES: must list roles/);
    expect(lyt.output()).toMatch(
      /LYT_ALLOW_PRIVATE_FEEDS: must be true or false/,
    );
    expect(lyt.output()).not.toMatch(/\n\s+at /);
    // One JSON record, as every line is with LYT_LOG_FORMAT=json (the default).
    expect(JSON.parse(lyt.output())).toMatchObject({
      level: 'fatal',
      context: 'Config',
    });
  });

  describe('on the embedded database', () => {
    let dataDir: string;
    beforeEach(() => {
      const parent = mkdtempSync(join(tmpdir(), 'lyt-process-'));
      // As root the server runs as `postgres`, which must be able to reach the folder.
      chmodSync(parent, 0o755);
      dataDir = join(parent, 'data');
    });
    afterEach(() =>
      rmSync(join(dataDir, '..'), { recursive: true, force: true }),
    );

    it('prints a ready-to-open admin link, stops cleanly on SIGTERM and keeps its data for the next start', async () => {
      const port = await freePort();
      const first = runLyt({ PORT: port, LYT_DATA_DIR: dataDir });
      expect(await waitForHealth(port, first)).toMatchObject({
        status: 'ok',
        db: 'up',
      });
      const adminToken = /\/\?token=([\w-]+)/.exec(first.output())?.[1];
      expect(adminToken).toBeDefined();
      expect(first.output()).toMatch(
        new RegExp(`http://localhost:${port}/screen\\?token=[\\w-]+`),
      );
      expect(first.output()).toContain(
        `Data: ${dataDir} (embedded PostgreSQL, kept between starts)`,
      );

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('"message":"stopped"');
      expect(existsSync(join(dataDir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(dataDir, 'pg', 'postmaster.pid'))).toBe(false);

      const second = runLyt({ PORT: port, LYT_DATA_DIR: dataDir });
      await waitForHealth(port, second);
      const me = await fetch(`http://127.0.0.1:${port}/api/me`, {
        headers: { Authorization: `Bearer ${adminToken}` },
      });
      expect(await me.json()).toEqual({ role: 'admin' });
      expect(second.output()).not.toContain('?token=');

      second.child.kill('SIGINT');
      expect(await second.exited).toBe(0);
    });

    it('writes text to a terminal, with the links as plain lines, when LYT_LOG_FORMAT is not set', async () => {
      const port = await freePort();
      // `script` gives the process a pseudo-terminal, as `npm start` in a shell has.
      const lyt = spawn(
        'script',
        [
          '-qfec',
          `${process.execPath} -r @swc-node/register apps/api/src/main.ts`,
          '/dev/null',
        ],
        {
          cwd: join(__dirname, '../../..'),
          env: {
            PATH: process.env['PATH'] ?? '',
            HOME: process.env['HOME'] ?? '/tmp',
            PORT: port,
            HOST: '127.0.0.1',
            LYT_DATA_DIR: dataDir,
            LYT_DEMO: 'false',
          },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      let output = '';
      lyt.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise((resolveExit) =>
        lyt.once('exit', resolveExit),
      );
      try {
        const deadline = Date.now() + 45_000;
        while (!output.includes('Set LYT_ADMIN_TOKEN') && Date.now() < deadline)
          await new Promise((resolveWait) => setTimeout(resolveWait, 100));

        const lines = output.split(/\r?\n/);
        expect(lines).toContain(`Lyt is ready at http://localhost:${port}/`);
        expect(lines).toContain(
          `  Data: ${dataDir} (embedded PostgreSQL, kept between starts)`,
        );
        expect(lines).toContainEqual(
          expect.stringMatching(
            new RegExp(`^ {4}http://localhost:${port}/\\?token=[\\w-]+$`),
          ),
        );
        expect(output).not.toContain('{"level"');
      } finally {
        // Ctrl+C at the terminal.
        lyt.stdin.write('\x03');
        await exited;
      }
    });
  });
});
