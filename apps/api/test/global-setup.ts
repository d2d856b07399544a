import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';

declare global {
  var lytTestServer: EmbeddedPostgres | undefined;
}

/**
 * One PostgreSQL server for the run: the one DATABASE_URL names, or an embedded
 * one. Each spec file creates its own database on it (test/support/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    process.env['LYT_TEST_SERVER_URL'] = process.env['DATABASE_URL'];
    return;
  }
  const parent = mkdtempSync(join(tmpdir(), 'lyt-test-'));
  chmodSync(parent, 0o755);
  const server = new EmbeddedPostgres({
    dir: join(parent, 'db'),
    ephemeral: true,
  });
  process.env['LYT_TEST_SERVER_URL'] = await server.start();
  globalThis.lytTestServer = server;
}
