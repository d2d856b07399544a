import './paths';
import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { EmbeddedPostgres } from './database/embedded-postgres';
import { EmbeddedPostgresSupervisor } from './database/embedded-postgres-supervisor';
import { startLyt } from './bootstrap';
import { describeDatabaseUrl, startBanner } from './start-banner';
import {
  createLogger,
  printForPeople,
  rawLogFormat,
  routeProcessOutput,
  withLogFormatDefault,
} from './logging';

const env = withLogFormatDefault(process.env, process.stdout.isTTY === true);

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger(rawLogFormat(env), 'error').fatal(error.message, 'Config');
    process.exit(1);
  }
  const logger = createLogger(config.logFormat, config.logLevel);
  routeProcessOutput(logger);

  const embedded = config.databaseUrl
    ? null
    : new EmbeddedPostgres({
        dir: config.dataDir,
        log: (message) => logger.log(message, 'EmbeddedPostgres'),
      });
  const databaseUrl = config.databaseUrl ?? (await embedded!.start());
  const supervisor = embedded
    ? new EmbeddedPostgresSupervisor(embedded, {
        log: (message) => logger.log(message, 'EmbeddedPostgres'),
        warn: (message) => logger.warn(message, 'EmbeddedPostgres'),
        error: (message) => logger.error(message, 'EmbeddedPostgres'),
      }).start()
    : null;

  let running;
  try {
    running = await startLyt(config, databaseUrl, logger);
  } catch (error) {
    logger.fatal(
      `start failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    await supervisor?.stop();
    await embedded?.stop();
    process.exit(1);
  }
  logger.log(
    `listening on ${config.host}:${config.port}, roles ${[...config.roles].join(',')}`,
    'Bootstrap',
  );
  printForPeople(
    logger,
    config.logFormat,
    startBanner({
      publicUrl: publicUrl(config, running.url),
      roles: config.roles,
      data: embedded
        ? `${embedded.location} (embedded PostgreSQL, kept between starts)`
        : describeDatabaseUrl(databaseUrl),
      tokens: running.generatedTokens,
      demo: running.demoActive,
    }),
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down`, 'Bootstrap');
    try {
      await running.app.close();
      await supervisor?.stop();
      await embedded?.stop();
      logger.log('stopped', 'Bootstrap');
      process.exit(0);
    } catch (error) {
      logger.error(`shutdown failed: ${String(error)}`, 'Bootstrap');
      process.exit(1);
    }
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
}

/** With PORT=0 and no LYT_PUBLIC_URL the links name the port the OS chose. */
function publicUrl(
  config: { publicUrl: string; port: number },
  listening: string,
): string {
  if (config.port !== 0 || config.publicUrl !== 'http://localhost:0')
    return config.publicUrl;
  return `http://localhost:${new URL(listening).port}`;
}

main().catch((error: unknown) => {
  createLogger(rawLogFormat(env), 'error').fatal(
    `start failed: ${error instanceof Error ? error.message : String(error)}`,
    'Bootstrap',
  );
  process.exit(1);
});
