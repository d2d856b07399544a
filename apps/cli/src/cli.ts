import {
  Command,
  CommandError,
  CommandIo,
  EXIT_FAILURE,
  EXIT_OK,
} from './command';

const PREFIX = 'npm run -s lyt --';

/** `lyt --help`: every command on one line, then how to learn more. */
export function helpText(commands: Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'lyt — self-hosted social listening',
    '',
    `Usage: ${PREFIX} <command> [options]`,
    '',
    'Commands:',
    ...commands.map(
      (command) => `  ${command.name.padEnd(width)}  ${command.summary}`,
    ),
    '',
    `Run \`${PREFIX} <command> --help\` for a command's options.`,
    'Exit codes: 0 done, 2 failed (one "error:" line on stderr).',
  ].join('\n');
}

/** `lyt <command> --help`: its usage, what it does, its options and examples. */
export function commandHelpText(command: Command): string {
  const lines = [`Usage: ${PREFIX} ${command.usage}`, '', command.summary];
  const options = command.options ?? [];
  if (options.length > 0) {
    const width = Math.max(...options.map(([flag]) => flag.length));
    lines.push(
      '',
      'Options:',
      ...options.map(
        ([flag, meaning]) => `  ${flag.padEnd(width)}  ${meaning}`,
      ),
    );
  }
  const examples = command.examples ?? [];
  if (examples.length > 0)
    lines.push(
      '',
      'Examples:',
      ...examples.map((example) => `  ${PREFIX} ${example}`),
    );
  return lines.join('\n');
}

/** Runs one command line; never throws: every failure becomes one `error:` line and exit 2. */
export async function runCli(
  argv: string[],
  commands: Command[],
  io: CommandIo,
): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    io.out(helpText(commands));
    return name === undefined ? EXIT_FAILURE : EXIT_OK;
  }
  // `lyt help` and `lyt help <command>` read as the --help forms do.
  if (name === 'help' && args[0] === undefined) {
    io.out(helpText(commands));
    return EXIT_OK;
  }
  const wanted = name === 'help' ? args[0] : name;
  const command = commands.find((candidate) => candidate.name === wanted);
  if (!command) {
    io.err(`error: unknown command "${wanted}" (see --help)`);
    return EXIT_FAILURE;
  }
  if (name === 'help' || args.includes('--help') || args.includes('-h')) {
    io.out(commandHelpText(command));
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`error: ${firstLine(message)}`);
    if (!(error instanceof CommandError) && process.env['LYT_DEBUG']) {
      io.err(String(error instanceof Error ? error.stack : error));
    }
    return EXIT_FAILURE;
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0] ?? message;
}
