import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('GET /api/health', () => {
  let database: TestDatabase;
  let dashboardDir: string;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    dashboardDir = mkdtempSync(join(tmpdir(), 'lyt-dashboard-'));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database.drop();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  it('tells the build stamped beside the dashboard, the same from every replica, without a token', async () => {
    writeFileSync(
      join(dashboardDir, 'build.json'),
      JSON.stringify({ build: '5e1f0c2d9a7b3e44' }),
    );
    for (let replica = 0; replica < 2; replica++)
      apps.push(
        await startTestApp(database.url, { LYT_DASHBOARD_DIR: dashboardDir }),
      );
    for (const app of apps) {
      const response = await app.request('/api/health', { token: null });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        status: 'ok',
        db: 'up',
        build: '5e1f0c2d9a7b3e44',
      });
    }
  });

  it('tells null when no dashboard is built there', async () => {
    const app = await startTestApp(database.url, {
      LYT_DASHBOARD_DIR: join(dashboardDir, 'not-built'),
    });
    apps.push(app);
    const response = await app.request('/api/health', { token: null });
    expect(await response.json()).toEqual({
      status: 'ok',
      db: 'up',
      build: null,
    });
  });
});
