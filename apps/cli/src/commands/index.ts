import type { Command } from '../command';
import { demoCommand } from './demo.command';
import { matchCommand } from './match.command';
import { parseCommand } from './parse.command';
import { seedCommand } from './seed.command';

export const commands: Command[] = [
  parseCommand,
  matchCommand,
  demoCommand,
  seedCommand,
];
