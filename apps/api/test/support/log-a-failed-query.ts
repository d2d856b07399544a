// A process that logs as Lyt does (LYT_LOG_FORMAT) and runs one query that fails.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source';
import { createLogger, rawLogFormat } from '../../src/logging';

async function main(): Promise<void> {
  Logger.overrideLogger(createLogger(rawLogFormat(process.env), 'log'));
  const dataSource = await new DataSource(
    dataSourceOptions(process.env['DATABASE_URL']!),
  ).initialize();
  await dataSource
    .query('SELECT no_such_column FROM pg_class')
    .catch(() => undefined);
  await dataSource.destroy();
}

void main();
