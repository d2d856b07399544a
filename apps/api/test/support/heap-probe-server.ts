// The real application in a child process started with --expose-gc, answering
// "heap" over IPC with its heap after a full collection: for memory tests.
import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { startLyt } from '../../src/bootstrap';
import { loadConfig } from '../../src/config/app-config';

async function main(): Promise<void> {
  const running = await startLyt(
    loadConfig(process.env),
    process.env['DATABASE_URL']!,
    new ConsoleLogger({ logLevels: ['error', 'fatal'] }),
  );
  process.on('message', (message) => {
    if (message === 'heap') {
      for (let pass = 0; pass < 3; pass++) global.gc!();
      process.send!({ heapUsed: process.memoryUsage().heapUsed });
    } else if (message === 'stop') {
      void running.app.close().then(() => process.exit(0));
    }
  });
  process.send!({ url: running.url });
}

void main();
