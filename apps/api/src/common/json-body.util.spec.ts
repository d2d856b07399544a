import { nestsDeeperThan } from './json-body.util';

describe(nestsDeeperThan.name, () => {
  it.each([
    ['{}', 1, false],
    ['{"a":{"b":1}}', 2, false],
    ['{"a":{"b":1}}', 1, true],
    ['[[[1]]]', 2, true],
    ['[{"a":1},{"b":2},{"c":3}]', 2, false],
    ['"[[[[{{{{"', 0, false],
    ['1', 0, false],
  ])('%s deeper than %d: %s', (json, max, expected) => {
    expect(nestsDeeperThan(JSON.parse(json), max)).toBe(expected);
  });

  it('walks a body nested far deeper than the call stack allows', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(nestsDeeperThan(deep, 32)).toBe(true);
  });
});
