import { parseArgs } from 'node:util';
import { Command, CommandError } from '../command';
import { runApiTask } from './api-task';

const USAGE = 'seed --items <n> [--days <d>]';
const MAX_ITEMS = 50_000_000;
const MAX_DAYS = 3650;

export const seedCommand: Command = {
  name: 'seed',
  usage: USAGE,
  summary:
    'write realistic history in bulk through the collectors’ storage path, with a progress bar; prints items/s as JSON',
  options: [
    [
      '--items <n>',
      `how many items to write (1 to ${MAX_ITEMS.toLocaleString('en-US')})`,
    ],
    ['--days <d>', 'spread over the last d days (default 30)'],
  ],
  examples: ['seed --items 1000000 --days 30', 'seed --items 5000 --days 7'],
  run(args, io) {
    let values: { items?: string; days?: string };
    try {
      ({ values } = parseArgs({
        args,
        options: { items: { type: 'string' }, days: { type: 'string' } },
        strict: true,
      }));
    } catch (error) {
      throw new CommandError(
        `${error instanceof Error ? error.message : String(error)} (usage: lyt ${USAGE})`,
      );
    }
    const items = count('--items', values.items, MAX_ITEMS);
    const days = count('--days', values.days ?? '30', MAX_DAYS);
    return runApiTask('seed', { items, days }, io);
  },
};

function count(flag: string, raw: string | undefined, max: number): number {
  if (raw === undefined)
    throw new CommandError(`missing ${flag} (usage: lyt ${USAGE})`);
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw new CommandError(
      `${flag} must be a whole number from 1 to ${max} (got "${raw}")`,
    );
  return Number(raw);
}
