import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createTestDatabase, TestDatabase } from './support/test-database';

function run(script: string, env: Record<string, string>): Promise<string> {
  return new Promise((resolveOutput) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', script],
      {
        cwd: resolve(__dirname, '../../..'),
        env: { PATH: process.env['PATH'] ?? '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', () => resolveOutput(output));
  });
}

describe('logs with LYT_LOG_FORMAT=json', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it("writes TypeORM's failed queries as one JSON object a line, through Nest's logger", async () => {
    const output = await run('apps/api/test/support/log-a-failed-query.ts', {
      DATABASE_URL: database.url,
      LYT_LOG_FORMAT: 'json',
    });
    const records = output
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toContainEqual(
      expect.objectContaining({
        level: 'error',
        context: 'TypeORM',
        message: expect.stringMatching(
          /^query failed: SELECT no_such_column FROM pg_class: 42703 column "no_such_column" does not exist$/,
        ),
      }),
    );
  });
});
