import { parseArgs } from 'node:util';
import {
  compileQuery,
  QuerySyntaxError,
  type CompiledQuery,
  type MatchDocument,
} from '@lyt/matching';
import { Command, CommandError, EXIT_OK } from '../command';

const USAGE =
  'match --query <q> --text <t> [--title <t>] [--author <a>] [--hashtag <tag>]...';

const OPTIONS = {
  query: { type: 'string' },
  text: { type: 'string' },
  title: { type: 'string' },
  author: { type: 'string' },
  hashtag: { type: 'string', multiple: true },
} as const;

export const matchCommand: Command = {
  name: 'match',
  usage: USAGE,
  summary:
    'match one text against a topic query; prints {"matched","hits"} as JSON',
  options: [
    [
      '--query <q>',
      'the topic query: words, "phrases", #tags, @handles, OR, -term, ( )',
    ],
    ['--text <t>', 'the text to match'],
    ['--title <t>', 'a title, matched like the text'],
    ['--author <a>', "the author's handle, for @handle terms"],
    [
      '--hashtag <tag>',
      'a hashtag of the item (repeatable); tags in the text count too',
    ],
  ],
  examples: [
    `match --query 'lego -legoland' --text "LEGO's nye fabrik"`,
    `match --query '#dkbiz OR #dkpol' --text 'Ny rapport' --hashtag dkbiz`,
  ],
  async run(args, io) {
    const { query, text, title, author, hashtag } = parseOptions(args);
    if (query === undefined) throw usageError('missing --query');
    if (text === undefined) throw usageError('missing --text');
    // Hashtags written in the title or text count without being repeated here.
    const document: MatchDocument = {
      text,
      title: title ?? null,
      author: author ?? null,
      hashtags: hashtag ?? [],
    };
    io.out(JSON.stringify(compile(query).match(document)));
    return EXIT_OK;
  },
};

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args: attachValues(args),
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    // Not `instanceof Error`: parseArgs' TypeError may come from another realm (Jest's sandbox).
    const message = (error as { message?: unknown }).message;
    throw usageError(typeof message === 'string' ? message : String(error));
  }
}

/**
 * Every option takes a value, so the argument after one is its value even when
 * it starts with '-': parseArgs would refuse `--query -job` as ambiguous, and
 * queries often start with an exclusion.
 */
function attachValues(args: string[]): string[] {
  const attached: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const value = args[index + 1];
    if (
      arg.startsWith('--') &&
      Object.hasOwn(OPTIONS, arg.slice(2)) &&
      value !== undefined
    ) {
      attached.push(`${arg}=${value}`);
      index++;
    } else {
      attached.push(arg);
    }
  }
  return attached;
}

function compile(query: string): CompiledQuery {
  try {
    return compileQuery(query);
  } catch (error) {
    if (error instanceof QuerySyntaxError) {
      throw new CommandError(`${error.message} at ${error.position}`);
    }
    throw error;
  }
}

function usageError(problem: string): CommandError {
  const firstLine = problem.split('\n', 1)[0] ?? problem;
  return new CommandError(
    `${firstLine.replace(/\.$/u, '')} (usage: lyt ${USAGE})`,
  );
}
