import { ConsoleLogger } from '@nestjs/common';
import type { LogLevel } from './config/app-config';

const ORDER = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

/** The process's one logger: with format json every line it writes is one JSON object. */
export function createLogger(
  format: 'json' | 'text',
  level: LogLevel,
): ConsoleLogger {
  return new ConsoleLogger('Lyt', {
    json: format === 'json',
    colors: format === 'text' && process.stdout.isTTY === true,
    logLevels: ['fatal', ...ORDER.slice(0, ORDER.indexOf(level) + 1)],
  });
}

/**
 * Without LYT_LOG_FORMAT, a person at a terminal (`npm start`) reads text, with
 * the first-start links as plain lines; anything else (docker, systemd, a pipe
 * into a log collector) gets one JSON object a line.
 */
export function withLogFormatDefault(
  env: NodeJS.ProcessEnv,
  terminal: boolean,
): NodeJS.ProcessEnv {
  if (!terminal || env['LYT_LOG_FORMAT']?.trim()) return env;
  return { ...env, LYT_LOG_FORMAT: 'text' };
}

/**
 * The format for messages written before the configuration is read (or when
 * it is invalid): the variable's own value when it names one, else the default.
 */
export function rawLogFormat(env: NodeJS.ProcessEnv): 'json' | 'text' {
  return env['LYT_LOG_FORMAT']?.trim() === 'text' ? 'text' : 'json';
}

/**
 * What Node itself would print as plain text goes through the logger too:
 * warnings, and errors nothing caught — after which the process ends, as Node
 * would end it, because its state is no longer known.
 */
export function routeProcessOutput(logger: ConsoleLogger): void {
  process.removeAllListeners('warning');
  process.on('warning', (warning) =>
    logger.warn(`${warning.name}: ${warning.message}`, 'Node'),
  );
  const fatal = (kind: string) => (error: unknown) => {
    logger.fatal(
      `${kind}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      'Node',
    );
    process.exit(1);
  };
  process.on('uncaughtException', fatal('uncaught exception'));
  process.on('unhandledRejection', fatal('unhandled rejection'));
}

/** Lines meant for a person (the first-start links): one JSON record in json format, as they are in text. */
export function printForPeople(
  logger: ConsoleLogger,
  format: 'json' | 'text',
  lines: string[],
): void {
  if (format === 'json') logger.log(lines.join('\n').trim(), 'Bootstrap');
  else process.stdout.write(`${lines.join('\n')}\n`);
}
