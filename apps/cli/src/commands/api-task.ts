import { spawn } from 'node:child_process';
import path from 'node:path';
import { CommandError, CommandIo, EXIT_FAILURE, EXIT_OK } from '../command';

const ROOT = path.resolve(__dirname, '../../../..');
const RUN_TASK = 'apps/api/src/tasks/run-task.ts';

/**
 * Runs one of the api's database tasks (apps/api/src/tasks) in a process of
 * its own, with this process's environment (DATABASE_URL or LYT_DATA_DIR):
 * its stderr (progress, `error:` lines) goes straight to the terminal, its
 * one line of JSON on stdout becomes this command's output.
 */
export function runApiTask(
  task: string,
  taskArguments: unknown,
  io: CommandIo,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        RUN_TASK,
        task,
        JSON.stringify(taskArguments),
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.once('error', (error) =>
      reject(new CommandError(`could not run ${RUN_TASK}: ${error.message}`)),
    );
    child.once('close', (code) => {
      for (const line of output.split('\n').filter(Boolean)) io.out(line);
      resolve(code === 0 ? EXIT_OK : EXIT_FAILURE);
    });
  });
}
