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
  });
});
