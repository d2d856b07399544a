import { DataSource, DataSourceOptions } from 'typeorm';
import { AccessTokenEntity } from '../modules/auth/entities/access-token.entity';
import { SourceEntity } from '../modules/sources/entities/source.entity';
import { TopicEntity } from '../modules/topics/entities/topic.entity';
import { migrations } from './migrations';

export const entities = [AccessTokenEntity, SourceEntity, TopicEntity];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: 20, application_name: 'lyt' },
  };
}

// Any 64-bit constant works; this one spells "lyt" so it is recognisable in pg_locks.
const MIGRATION_LOCK = 0x6c7974;

/**
 * Applies pending migrations under an advisory lock, so replicas that start
 * together never run the same migration twice. Returns the names applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await lock
      .query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
      .catch(() => undefined);
    await lock.release();
  }
}
