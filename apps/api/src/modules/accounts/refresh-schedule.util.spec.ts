import { nextRefreshAt } from './refresh-schedule.util';

const POSTED = new Date('2026-11-02T09:00:00Z');
const at = (minutes: number) => new Date(POSTED.getTime() + minutes * 60_000);

describe(nextRefreshAt.name, () => {
  it.each([
    ['just posted', 0, 10],
    ['an hour old', 60, 70],
    ['three hours old', 180, 210],
    ['a day old', 24 * 60, 26 * 60],
    ['three days old', 3 * 24 * 60, 3 * 24 * 60 + 12 * 60],
    ['nearly a week old', 7 * 24 * 60 - 60, 7 * 24 * 60],
  ])('refreshes a post %s (%i min) at %i min', (_, age, next) => {
    expect(nextRefreshAt(POSTED, at(age))).toEqual(at(next));
  });

  it.each([
    ['a week old', 7 * 24 * 60],
    ['a month old', 30 * 24 * 60],
  ])('stops refreshing a post %s', (_, age) => {
    expect(nextRefreshAt(POSTED, at(age))).toBeNull();
  });

  it('refreshes less often as a post ages', () => {
    const gaps = [0, 3 * 60, 24 * 60, 4 * 24 * 60].map(
      (age) => nextRefreshAt(POSTED, at(age))!.getTime() - at(age).getTime(),
    );
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    expect(new Set(gaps).size).toBe(gaps.length);
  });

  it('treats a post from the future as just posted', () => {
    expect(nextRefreshAt(at(5), at(0))).toEqual(at(10));
  });
});
