import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../src/database/data-source';
import { migrations } from '../src/database/migrations';
import { createTestDatabase, TestDatabase } from './support/test-database';

const CORE_TABLES = [
  'access_token',
  'item',
  'mention',
  'socket_io_attachments',
  'source',
  'topic',
];

async function tables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

describe('database migrations', () => {
  let database: TestDatabase;
  const open: DataSource[] = [];
  const connect = async () => {
    const dataSource = await new DataSource(
      dataSourceOptions(database.url),
    ).initialize();
    open.push(dataSource);
    return dataSource;
  };

  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((dataSource) => dataSource.destroy()));
    await database.drop();
  });

  it('creates the core schema in an empty database', async () => {
    const dataSource = await connect();
    expect(await tables(dataSource)).toEqual([]);

    const applied = await runMigrations(dataSource);

    expect(applied).toEqual(migrations.map((migration) => migration.name));
    expect(await tables(dataSource)).toEqual(
      expect.arrayContaining(CORE_TABLES),
    );
  });

  it('applies nothing twice when the application starts again', async () => {
    await runMigrations(await connect());
    const restarted = await connect();

    expect(await runMigrations(restarted)).toEqual([]);
    const [{ count }] = await restarted.query(
      'SELECT count(*)::int AS count FROM migrations',
    );
    expect(count).toBe(migrations.length);
  });

  it('applies each migration once when several processes start at the same moment', async () => {
    const replicas = await Promise.all([connect(), connect(), connect()]);

    const applied = await Promise.all(
      replicas.map((replica) => runMigrations(replica)),
    );

    expect(applied.flat().sort()).toEqual(
      migrations.map((migration) => migration.name).sort(),
    );
  });

  it('reverts to an empty database with the down migrations', async () => {
    const dataSource = await connect();
    await runMigrations(dataSource);

    for (let step = 0; step < migrations.length; step++)
      await dataSource.undoLastMigration();

    expect(await tables(dataSource)).toEqual([]);
  });
});
