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

  describe('security headers', () => {
    const csp = (response: Response) =>
      new Map(
        (response.headers.get('content-security-policy') ?? '')
          .split(';')
          .map((directive) => directive.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      );

    it.each(['/', '/screen', '/assets/app.js'])(
      "lets %s run only Lyt's own scripts, load mention images over http(s) and never be framed",
      async (path) => {
        const response = await page(path);
        const policy = csp(response);
        expect(policy.get('script-src')).toEqual(["'self'"]);
        expect(policy.get('default-src')).toEqual(["'self'"]);
        expect(policy.get('style-src')).not.toContain("'unsafe-inline'");
        expect(policy.get('img-src')).toEqual(
          expect.arrayContaining(['https:', 'http:']),
        );
        expect(policy.get('object-src')).toEqual(["'none'"]);
        expect(policy.get('base-uri')).toEqual(["'none'"]);
        expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
        expect(response.headers.get('x-frame-options')).toBe('DENY');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      },
    );

    it('refuses sniffing and framing on API answers too', async () => {
      const response = await fetch(`${app.url}/api/health`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    });

    it('leaves the API document its own page scripts', async () => {
      const response = await page('/api/docs');
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toBeNull();
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    });
  });

  it('keeps unknown API routes as API errors, not the app', async () => {
    const response = await page('/api/nope');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/json/);
  });
});
