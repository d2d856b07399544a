import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';
import { createTestDatabase, TestDatabase } from './support/test-database';

describe('serving the dashboard', () => {
  let database: TestDatabase;
  let app: TestApp;
  let dashboardDir: string;

  beforeAll(async () => {
    dashboardDir = mkdtempSync(join(tmpdir(), 'lyt-dashboard-'));
    mkdirSync(join(dashboardDir, 'assets'));
    writeFileSync(
      join(dashboardDir, 'index.html'),
      '<!doctype html><title>Lyt</title><div id="root"></div>',
    );
    writeFileSync(join(dashboardDir, 'assets', 'app.js'), 'console.log("lyt")');
    database = await createTestDatabase();
    app = await startTestApp(database.url, { LYT_DASHBOARD_DIR: dashboardDir });
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
    rmSync(dashboardDir, { recursive: true, force: true });
  });

  const page = (path: string) =>
    fetch(`${app.url}${path}`, { headers: { Accept: 'text/html' } });

  it.each(['/', '/explore', '/screen?topics=a', '/settings'])(
    'serves the app at %s without a token',
    async (path) => {
      const response = await page(path);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="root">');
    },
  );

  it('serves the built assets', async () => {
    const response = await fetch(`${app.url}/assets/app.js`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('lyt');
  });

  it('keeps unknown API routes as API errors, not the app', async () => {
    const response = await page('/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});
