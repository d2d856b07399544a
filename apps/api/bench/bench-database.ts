import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/database/data-source';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';

export interface BenchDatabase {
  dataSource: DataSource;
  /** Its connection URL, for plain pg clients. */
  url: string;
}

/**
 * Runs `work` on a throw-away database with every migration applied: on the
 * server DATABASE_URL names, else on an embedded one. Drops it afterwards.
 */
export async function withBenchDatabase<T>(
  label: string,
  work: (database: BenchDatabase) => Promise<T>,
): Promise<T> {
  let embedded: EmbeddedPostgres | null = null;
  let serverUrl = process.env['DATABASE_URL'];
  if (!serverUrl) {
    const parent = mkdtempSync(join(tmpdir(), 'lyt-bench-'));
    chmodSync(parent, 0o755);
    embedded = new EmbeddedPostgres({
      dir: join(parent, 'db'),
      ephemeral: true,
    });
    serverUrl = await embedded.start();
  }
  const name = `lyt_bench_${label}_${Date.now()}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await new DataSource(
    dataSourceOptions(url.toString()),
  ).initialize();
  try {
    await runMigrations(dataSource);
    return await work({ dataSource, url: url.toString() });
  } finally {
    await dataSource.destroy();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  }
}
