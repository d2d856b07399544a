import { fail, RawQuery, readInstant } from '../../common/query-params.util';

export interface AccountPeriod {
  from: Date | null;
  to: Date | null;
}

/** `from` and `to` (ISO 8601, `to` exclusive), each optional; `from` before `to`. */
export function readAccountPeriod(query: RawQuery): AccountPeriod {
  const single = (name: 'from' | 'to') => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') fail(name, 'give it once');
    return value;
  };
  const from = readInstant('from', single('from'));
  const to = readInstant('to', single('to'));
  if (from && to && from >= to) fail('from', 'must be before to');
  return { from, to };
}

/** A period with both ends: the given ones, else the `days` before `to` (or now). */
export function closedPeriod(
  period: AccountPeriod,
  days: number,
): { from: Date; to: Date } {
  const to = period.to ?? new Date();
  const from = period.from ?? new Date(to.getTime() - days * 86_400_000);
  return { from, to };
}
