import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe(EmbeddedPostgres.name, () => {
  let dir: string;
  const started: EmbeddedPostgres[] = [];
  const start = async (at = dir) => {
    const server = new EmbeddedPostgres({ dir: at });
    started.push(server);
    return { server, url: await server.start() };
  };

  beforeEach(() => {
    const parent = mkdtempSync(join(tmpdir(), 'lyt-embedded-'));
    chmodSync(parent, 0o755);
    dir = join(parent, 'data');
  });
  afterEach(async () => {
    for (const server of started.splice(0))
      await server.stop().catch(() => undefined);
    rmSync(dirname(dir), { recursive: true, force: true });
  });

  it('keeps its data across a restart', async () => {
    const first = await start();
    await query(
      first.url,
      `CREATE TABLE note (body text); INSERT INTO note VALUES ('kept')`,
    );
    await first.server.stop();

    const second = await start();

    expect(await query(second.url, 'SELECT body FROM note')).toEqual([
      { body: 'kept' },
    ]);
  });

  it('starts although a killed run left its server behind', async () => {
    const abandoned = await start();
    await query(
      abandoned.url,
      `CREATE TABLE note (body text); INSERT INTO note VALUES ('survived')`,
    );

    // A new process knows nothing of the old one: same folder, new instance.
    const next = await start();

    expect(await query(next.url, 'SELECT body FROM note')).toEqual([
      { body: 'survived' },
    ]);
    await expect(query(abandoned.url, 'SELECT 1')).rejects.toThrow();
  });

  it('starts although a stale pid file points at a process that is not PostgreSQL', async () => {
    const first = await start();
    await first.server.stop();
    writeFileSync(
      join(first.server.dataDir, 'postmaster.pid'),
      `${process.pid}\n${first.server.dataDir}\n`,
    );

    const second = await start();

    expect(await query(second.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  const asRoot = process.getuid?.() === 0 ? it : it.skip;
  asRoot(
    'keeps the cluster where the postgres user can reach it when the folder is private',
    async () => {
      const privateDir = join(dirname(dir), 'private');
      mkdirSync(privateDir, { mode: 0o700 });
      const first = await start(join(privateDir, 'data'));
      expect(first.server.dataDir).toMatch(/^\/var\/lib\/lyt\//);
      await query(
        first.url,
        `CREATE TABLE note (body text); INSERT INTO note VALUES ('found again')`,
      );
      await first.server.stop();

      const second = await start(join(privateDir, 'data'));

      expect(second.server.dataDir).toBe(first.server.dataDir);
      expect(await query(second.url, 'SELECT body FROM note')).toEqual([
        { body: 'found again' },
      ]);
      await second.server.stop();
      rmSync(join(second.server.dataDir, '..'), {
        recursive: true,
        force: true,
      });
    },
  );
});
