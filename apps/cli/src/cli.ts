import {
  Command,
  CommandError,
  CommandIo,
  EXIT_FAILURE,
  EXIT_OK,
} from './command';

export function helpText(commands: Command[]): string {
  return [
    'lyt — self-hosted social listening',
    '',
    'Usage: npm run -s lyt -- <command> [options]',
    '',
    'Commands:',
    ...commands.flatMap((command) => [
      `  ${command.usage}`,
      `      ${command.summary}`,
    ]),
    '',
    'Options:',
    '  -h, --help  show this help',
  ].join('\n');
}

/** Runs one command line; never throws: every failure becomes one `error:` line and exit 2. */
export async function runCli(
  argv: string[],
  commands: Command[],
  io: CommandIo,
): Promise<number> {
  const [name, ...args] = argv;
  if (
    name === undefined ||
    name === '--help' ||
    name === '-h' ||
    name === 'help'
  ) {
    io.out(helpText(commands));
    return name === undefined ? EXIT_FAILURE : EXIT_OK;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`error: unknown command "${name}" (see --help)`);
    return EXIT_FAILURE;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.out(`Usage: lyt ${command.usage}\n\n${command.summary}`);
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
