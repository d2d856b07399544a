/** Where a command writes: stdout for its result, stderr for `error:` lines. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  /** The command line after `lyt`, e.g. `parse <url-or-file>`. */
  usage: string;
  /** One line for the list of commands. */
  summary: string;
  /** Each option and what it does, for `lyt <command> --help`. */
  options?: readonly (readonly [flag: string, meaning: string])[];
  /** Lines that show typical use, for `lyt <command> --help`. */
  examples?: readonly string[];
  /** Resolves to the process exit code. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** A failure the operator caused (bad arguments, unreachable feed): exit 2, one line, no stack. */
export class CommandError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 2;
