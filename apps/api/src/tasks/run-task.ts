// The command line's way into Lyt's database (`lyt demo --remove`, `lyt seed`):
// run by apps/cli in a process of its own, so that the CLI needs no server code.
// Usage: run-task.ts <task> [JSON arguments]; prints one JSON line on stdout.
import '../paths';
import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '../config/app-config';
import { EmbeddedPostgres } from '../database/embedded-postgres';
import { BulkHistory } from '../modules/demo/bulk-history.service';
import { DemoRepository } from '../modules/demo/demo.repository';
import { ProgressBar } from './progress-bar';
import { TaskModule } from './task.module';

interface SeedArguments {
  items: number;
  days: number;
}

async function main([task, rawArguments]: string[]): Promise<void> {
  const config = { ...loadConfig(process.env), demo: false };
  // A running Lyt's embedded server is used as it is; otherwise one is started for the task.
  const embedded = config.databaseUrl
    ? null
    : new EmbeddedPostgres({ dir: config.dataDir });
  const running = embedded?.runningUrl() ?? null;
  const databaseUrl =
    config.databaseUrl ?? running ?? (await embedded!.start());
  const app = await NestFactory.createApplicationContext(
    TaskModule.forRoot(config, databaseUrl),
    { logger: new ConsoleLogger({ logLevels: ['error', 'fatal'] }) },
  );
  try {
    switch (task) {
      case 'demo-remove':
        print(await app.get(DemoRepository).remove());
        break;
      case 'seed': {
        const { items, days } = JSON.parse(
          rawArguments ?? '{}',
        ) as SeedArguments;
        const bar = new ProgressBar(process.stderr, items, 'items');
        const began = Date.now();
        const stored = await app
          .get(BulkHistory)
          .seed({ items, days, onProgress: (count) => bar.update(count) });
        bar.done();
        const seconds = (Date.now() - began) / 1000;
        print({
          items: stored,
          days,
          seconds: Math.round(seconds * 10) / 10,
          itemsPerSecond: Math.round(stored / seconds),
        });
        break;
      }
      default:
        throw new Error(`unknown task ${task}`);
    }
  } finally {
    await app.close();
    if (!running) await embedded?.stop();
  }
}

function print(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message =
    error instanceof ConfigError || error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`error: ${message.split('\n').join(' ')}\n`);
  process.exit(2);
});
