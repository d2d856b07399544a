/** Where a command writes: stdout for its result, stderr for `error:` lines. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Resolves to the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** A failure the operator caused (bad arguments, unreachable feed): exit 2, one line, no stack. */
export class CommandError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 2;
