import { parseArgs } from 'node:util';
import { Command, CommandError } from '../command';
import { runApiTask } from './api-task';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo --remove',
  summary:
    'remove the demo workspace for good (its topics, sources, items, mentions); prints what was removed as JSON',
  options: [
    [
      '--remove',
      'remove it; your own topics, sources and items stay. Works whether Lyt is running or not',
    ],
  ],
  examples: ['demo --remove'],
  run(args, io) {
    let remove: boolean | undefined;
    try {
      ({
        values: { remove },
      } = parseArgs({
        args,
        options: { remove: { type: 'boolean' } },
        strict: true,
      }));
    } catch (error) {
      throw new CommandError(
        `${error instanceof Error ? error.message : String(error)} (usage: lyt demo --remove)`,
      );
    }
    if (!remove)
      throw new CommandError('missing --remove (usage: lyt demo --remove)');
    return runApiTask('demo-remove', {}, io);
  },
};
