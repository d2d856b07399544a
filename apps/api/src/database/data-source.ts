import { Logger } from '@nestjs/common';
import { DataSource, DataSourceOptions } from 'typeorm';
import { isDatabaseUnavailable } from './database-errors.util';
import { AccessTokenEntity } from '../modules/auth/entities/access-token.entity';
import { SourceEntity } from '../modules/sources/entities/source.entity';
import { TopicEntity } from '../modules/topics/entities/topic.entity';
import { migrations } from './migrations';
import { TypeOrmNestLogger } from './typeorm-logger';

export const entities = [AccessTokenEntity, SourceEntity, TopicEntity];

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    logger: new TypeOrmNestLogger(),
    // Connecting must fail, not hang, when the server is frozen or unreachable; keep-alive notices a dead peer.
    connectTimeoutMS: 5000,
    // Each idle connection reports a restart; DatabaseAvailability logs the outage once instead.
    poolErrorHandler: (error: unknown) => {
      if (!isDatabaseUnavailable(error))
        new Logger('TypeORM').warn(
          `idle database connection failed: ${String(error)}`,
        );
    },
    extra: { max: 20, application_name: 'lyt', keepAlive: true },
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
