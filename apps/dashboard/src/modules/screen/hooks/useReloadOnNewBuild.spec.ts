import { describe, expect, it } from 'vitest';
import { shouldReload } from './useReloadOnNewBuild';

const NOW = 1_800_000_000_000;

describe(shouldReload.name, () => {
  it.each([
    ['the same build', 'a1', 'a1', null, false],
    ['a new build', 'a1', 'b2', null, true],
    ['no page build (dev server, tests)', undefined, 'b2', null, false],
    ['a server without a built dashboard', 'a1', null, null, false],
    ['no answer yet', 'a1', undefined, null, false],
    [
      'a build reloaded for a minute ago',
      'a1',
      'b2',
      { build: 'b2', at: NOW - 60_000 },
      false,
    ],
    [
      'a build reloaded for an hour ago',
      'a1',
      'b2',
      { build: 'b2', at: NOW - 3_600_000 },
      true,
    ],
    [
      'another build reloaded for a minute ago',
      'a1',
      'c3',
      { build: 'b2', at: NOW - 60_000 },
      true,
    ],
  ] as const)('%s', (_case, page, server, last, expected) => {
    expect(shouldReload(page, server, last, NOW)).toBe(expected);
  });
});
