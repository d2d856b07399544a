import './paths';
import 'reflect-metadata';
import type { ConsoleLogger } from '@nestjs/common';
import { ConfigError, loadConfig } from './config/app-config';
import { EmbeddedPostgres } from './database/embedded-postgres';
import { EmbeddedPostgresSupervisor } from './database/embedded-postgres-supervisor';
import { startLyt } from './bootstrap';
import {
  createLogger,
  printForPeople,
  rawLogFormat,
  routeProcessOutput,
} from './logging';
import type { GeneratedTokens } from './modules/auth/auth.service';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger(rawLogFormat(process.env), 'error').fatal(
      error.message,
      'Config',
    );
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
  printTokens(logger, config, running.generatedTokens);

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

/** Shown once, as Jupyter does: only the hashes are stored. */
function printTokens(
  logger: ConsoleLogger,
  { publicUrl, logFormat }: { publicUrl: string; logFormat: 'json' | 'text' },
  tokens: GeneratedTokens,
): void {
  if (!tokens.admin && !tokens.viewer) return;
  const lines = [
    '',
    'Lyt is ready. These tokens are shown only now (Lyt stores their hashes):',
  ];
  if (tokens.admin)
    lines.push(
      '',
      '  Admin — open the dashboard:',
      `    ${publicUrl}/?token=${tokens.admin}`,
    );
  if (tokens.viewer)
    lines.push(
      '',
      '  Viewer — for the info-screen and read-only dashboards:',
      `    ${publicUrl}/screen?token=${tokens.viewer}`,
    );
  lines.push(
    '',
    'Set LYT_ADMIN_TOKEN / LYT_VIEWER_TOKEN to choose tokens yourself.',
    '',
  );
  printForPeople(logger, logFormat, lines);
}

main().catch((error: unknown) => {
  createLogger(rawLogFormat(process.env), 'error').fatal(
    `start failed: ${error instanceof Error ? error.message : String(error)}`,
    'Bootstrap',
  );
  process.exit(1);
});
