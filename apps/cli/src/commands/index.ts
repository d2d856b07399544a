import type { Command } from '../command';
import { matchCommand } from './match.command';
import { parseCommand } from './parse.command';

export const commands: Command[] = [parseCommand, matchCommand];
