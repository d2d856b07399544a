import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';
import { isDatabaseUnavailable } from './database-errors.util';

/** A query is logged this long at most: a poll's items travel as one JSON parameter of megabytes. */
const MAX_QUERY_LENGTH = 500;

/**
 * TypeORM's messages through Nest's logger, so that with LYT_LOG_FORMAT=json
 * they are JSON lines like every other. Failed queries are errors, except
 * while the database is unreachable: that outage is reported once, by
 * DatabaseAvailability, not once per query.
 */
export class TypeOrmNestLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('TypeORM');

  /** Called for every query, in the ingest's hot path: not logged. */
  logQuery(): void {}

  logQueryError(error: string | Error, query: string, parameters?: unknown[]) {
    const message = `query failed: ${describeQuery(query, parameters)}: ${describeError(error)}`;
    if (isDatabaseUnavailable(error)) this.logger.debug(message);
    else this.logger.error(message);
  }

  logQuerySlow(time: number, query: string, parameters?: unknown[]): void {
    this.logger.warn(
      `slow query (${time} ms): ${describeQuery(query, parameters)}`,
    );
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = typeof message === 'string' ? message : String(message);
    if (level === 'warn') this.logger.warn(text);
    else this.logger.log(text);
  }
}

function describeQuery(query: string, parameters?: unknown[]): string {
  const flat = query.replace(/\s+/g, ' ').trim();
  const text =
    flat.length > MAX_QUERY_LENGTH
      ? `${flat.slice(0, MAX_QUERY_LENGTH)}…`
      : flat;
  return parameters?.length
    ? `${text} (${parameters.length} parameters)`
    : text;
}

function describeError(error: string | Error): string {
  if (typeof error === 'string') return error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? `${code} ${error.message}` : error.message;
}
