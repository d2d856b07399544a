import { topKeys, type KeyCount } from './top-keys.util';

const day = (...entries: [string, number][]): KeyCount[] =>
  entries.map(([key, count]) => ({ key, count }));
const map = (entries: Record<string, number>) =>
  new Map(Object.entries(entries));

describe(topKeys.name, () => {
  // A key leading neither day has at most 2 + 1 = 3 over the two days.
  const leaders = [
    day(['dkbiz', 50], ['lego', 30], ['novo', 2]),
    day(['dkbiz', 40], ['lego', 20], ['maersk', 1]),
  ];
  const leaderTotals = map({ dkbiz: 90, lego: 50, novo: 3, maersk: 1 });

  it('ranks from the leaders when no other key can reach the list', () => {
    expect(
      topKeys({
        leaders,
        perDay: 3,
        leaderTotals,
        loose: map({ dkbiz: 3, tail: 2 }),
        limit: 2,
      }),
    ).toEqual([
      { key: 'dkbiz', count: 93 },
      { key: 'lego', count: 50 },
    ]);
  });

  it.each([
    ['a key leading no day could outrank the last', 3, map({})],
    ['a loose count lifts such a key to the last one', 2, map({ tail: 47 })],
  ])('gives up when %s', (_, limit, loose) => {
    expect(
      topKeys({ leaders, perDay: 3, leaderTotals, loose, limit }),
    ).toBeNull();
  });

  it('counts every key exactly when each day has fewer keys than asked for', () => {
    expect(
      topKeys({
        leaders: [day(['a', 2], ['b', 1]), []],
        perDay: 3,
        leaderTotals: map({ a: 2, b: 1 }),
        loose: map({ c: 5, b: -1, d: -2 }),
        limit: 10,
      }),
    ).toEqual([
      { key: 'c', count: 5 },
      { key: 'a', count: 2 },
    ]);
  });

  it('orders ties by key', () => {
    expect(
      topKeys({
        leaders: [day(['b', 3], ['a', 3])],
        perDay: 5,
        leaderTotals: map({ b: 3, a: 3 }),
        loose: map({}),
        limit: 2,
      }),
    ).toEqual([
      { key: 'a', count: 3 },
      { key: 'b', count: 3 },
    ]);
  });
});
