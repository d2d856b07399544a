export interface KeyCount {
  key: string;
  count: number;
}

export interface TopKeysInput {
  /** Per whole day, its largest keys, largest first: at most `perDay` of them. */
  leaders: KeyCount[][];
  perDay: number;
  /** Whole-day totals of every key that leads some day. */
  leaderTotals: Map<string, number>;
  /** Every key's count outside the whole days: ragged hours and changes not folded yet (may be negative). */
  loose: Map<string, number>;
  limit: number;
}

/**
 * The exact top `limit` keys (count descending, then key) of a range, without
 * summing every key of every day. A key that leads no day has, on each day,
 * at most that day's smallest leader count (0 on a day with fewer than
 * `perDay` keys): the sum of those is the most it can have over whole days.
 * When the last of the top keys is above that bound plus its loose count, no
 * such key can enter the list. Returns null when the bound cannot decide:
 * then every key must be summed.
 */
export function topKeys({
  leaders,
  perDay,
  leaderTotals,
  loose,
  limit,
}: TopKeysInput): KeyCount[] | null {
  const bound = leaders.reduce(
    (sum, day) => sum + (day.length >= perDay ? day[day.length - 1]!.count : 0),
    0,
  );
  const totals = new Map<string, number>();
  for (const [key, count] of leaderTotals)
    totals.set(key, count + (loose.get(key) ?? 0));
  let outsider = bound;
  for (const [key, count] of loose) {
    if (totals.has(key)) continue;
    // With no bound every key of every day leads it, so this key has no whole-day count.
    if (bound === 0) totals.set(key, count);
    else outsider = Math.max(outsider, bound + count);
  }
  const ranked = [...totals]
    .filter(([, count]) => count > 0)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1))
    .slice(0, limit);
  if (bound === 0) return ranked;
  return ranked.length === limit && ranked[limit - 1]!.count > outsider
    ? ranked
    : null;
}
