const DAY_MS = 24 * 60 * 60 * 1000;

// English and Danish month names and abbreviations (Danish feeds write "maj", "okt.").
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'jan january januar',
    'feb february februar',
    'mar march marts',
    'apr april',
    'may maj',
    'jun june juni',
    'jul july juli',
    'aug august',
    'sep sept september',
    'oct okt october oktober',
    'nov november',
    'dec december',
  ].flatMap((names, index) =>
    names.split(' ').map((name) => [name, index + 1] as const),
  ),
);
const WEEKDAYS = new Set(
  (
    'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday ' +
    'man mandag tir tirsdag ons onsdag tor torsdag fre fredag lør lørdag søn søndag'
  ).split(' '),
);
// Offsets in minutes of the zone names feeds write. V8 knows only the US ones; the rest are
// Danish and other European feeds' favourites, and the common ones elsewhere.
const ZONES: ReadonlyMap<string, number> = new Map([
  ['z', 0],
  ['ut', 0],
  ['utc', 0],
  ['gmt', 0],
  ['etc/utc', 0],
  ['etc/gmt', 0],
  ['wet', 0],
  ['west', 60],
  ['bst', 60],
  ['cet', 60],
  ['met', 60],
  ['cest', 120],
  ['mest', 120],
  ['eet', 120],
  ['eest', 180],
  ['msk', 180],
  ['ist', 330],
  ['sgt', 480],
  ['hkt', 480],
  ['awst', 480],
  ['jst', 540],
  ['kst', 540],
  ['acst', 570],
  ['aest', 600],
  ['aedt', 660],
  ['nzst', 720],
  ['nzdt', 780],
  ['nst', -210],
  ['ndt', -150],
  ['ast', -240],
  ['adt', -180],
  ['est', -300],
  ['edt', -240],
  ['cst', -360],
  ['cdt', -300],
  ['mst', -420],
  ['mdt', -360],
  ['pst', -480],
  ['pdt', -420],
  ['akst', -540],
  ['akdt', -480],
  ['hst', -600],
]);
// US zone names without S or D: standard time, or daylight time when the date falls in it.
const US_ZONES: ReadonlyMap<string, number> = new Map([
  ['et', -300],
  ['ct', -360],
  ['mt', -420],
  ['pt', -480],
]);

const ISO_DATE =
  /^(\d{4})(?:([-/])(\d{1,2})(?:\2(\d{1,2}))?)?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[A-Z]{2,5}|[+-]\d{2}(?::?\d{2})?)?$/i;
const ISO_BASIC =
  /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(?:[.,](\d+))?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// RFC 822 as nearly every RSS feed writes it ("Wed, 05 Mar 2025 12:00:00 +0100"), read without
// the word-by-word reading; what it does not match goes that way.
const RFC_822 =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun), )?(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (gmt|ut|utc|z|[+-]\d{4})$/i;
const NEEDS_CLEANING = /\(|[^\S ]| {2}/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;
// A numeric date inside words: Perforce's "Fri, 2006/09/15 08:19:53 EDT".
const NUMERIC_DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const NUMERIC_OFFSET = /^(?:gmt|utc|ut)?([+-])(\d{1,2})(?::?(\d{2}))?$/i;

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/**
 * Reads the dates feeds write: ISO 8601 and W3C-DTF down to the year alone ("2003-12", "2003"),
 * RFC 822/1123/2822 with or without a time, RFC 850's dashes, asctime, Twitter's
 * "Sun Jul 15 01:16:00 +0000 2012", "March 3, 2025", "13 Feb, 2012", Perforce's
 * "Fri, 2006/09/15 08:19:53 EDT"; zones as offsets, as
 * names (CET, CEST, EST, and ET/PT/CT/MT by the date's daylight saving) or not at all (then UTC,
 * not the server's local time). Anything else — a word it does not know, an impossible day, a
 * time like "1:2:3:4" — is null: a wrong date is worse than none.
 */
export function parseFeedDate(value: string | null | undefined): Date | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  // Comments in parentheses go, whitespace becomes single spaces; most dates have neither.
  const text = NEEDS_CLEANING.test(trimmed)
    ? trimmed
        .replace(/\([^)]*\)/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : trimmed;
  if (!text) return null;
  const iso = ISO_DATE.exec(text) ?? ISO_BASIC.exec(text);
  if (iso) return fromIso(iso);
  const rfc822 = RFC_822.exec(text);
  if (rfc822) return fromRfc822(rfc822);
  return fromWords(text);
}

/**
 * The item's time as ISO 8601 UTC: the first readable published date, else the first readable
 * updated one; unknown → `now` (first seen); more than a day in the future → `now`, so a wrong
 * clock cannot pin an item to the top.
 */
export function resolvePublishedAt(
  published: string | readonly string[] | null,
  updated: string | readonly string[] | null,
  now: Date,
): string {
  const date = firstDate(published) ?? firstDate(updated);
  if (!date || date.getTime() > now.getTime() + DAY_MS)
    return now.toISOString();
  return date.toISOString();
}

function firstDate(values: string | readonly string[] | null): Date | null {
  for (const value of typeof values === 'string' ? [values] : (values ?? [])) {
    const date = parseFeedDate(value);
    if (date) return date;
  }
  return null;
}

function fromIso(match: RegExpExecArray): Date | null {
  const basic = match.length === 9;
  const at = (index: number) => match[basic && index > 1 ? index - 1 : index];
  const zone = at(9);
  // An offset belongs to a time: "2013-01-27-01" is no date at 01:00.
  if (zone !== undefined && /^[+-]/.test(zone) && at(5) === undefined)
    return null;
  const parts: DateParts = {
    year: Number(at(1)),
    month: Number(at(3) ?? 1),
    day: Number(at(4) ?? 1),
    hour: Number(at(5) ?? 0),
    minute: Number(at(6) ?? 0),
    second: Number(at(7) ?? 0),
    millisecond: fraction(at(8)),
  };
  const offset = zone === undefined ? 0 : offsetOf(zone, parts);
  return offset === null ? null : build(parts, offset);
}

function fromRfc822(match: RegExpExecArray): Date | null {
  const parts: DateParts = {
    year: Number(match[3]),
    month: MONTHS.get((match[2] as string).toLowerCase()) as number,
    day: Number(match[1]),
    hour: Number(match[4]),
    minute: Number(match[5]),
    second: Number(match[6]),
    millisecond: 0,
  };
  const offset = offsetOf(match[7] as string, parts);
  return offset === null ? null : build(parts, offset);
}

/** Dates in words: every token must be a weekday, month, number, time, zone or am/pm. */
function fromWords(text: string): Date | null {
  const tokens = withoutForeignWeekday(text)
    .toLowerCase()
    .replace(/,/g, ' ')
    // RFC 850: "06-Nov-94"
    .replace(/(\d)-(\p{L}+)-(\d)/gu, '$1 $2 $3')
    .split(' ')
    .filter(Boolean);
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  let time: RegExpExecArray | null = null;
  let meridiem: 'am' | 'pm' | null = null;
  let zone: string | null = null;
  for (const raw of tokens) {
    const token = raw.replace(/\.$/, '');
    if (WEEKDAYS.has(token)) continue;
    const monthNumber = MONTHS.get(token);
    const numericDate = NUMERIC_DATE.exec(token);
    if (numericDate && day === null && month === null && year === null) {
      year = Number(numericDate[1]);
      month = Number(numericDate[3]);
      day = Number(numericDate[4]);
    } else if (monthNumber !== undefined && month === null) {
      month = monthNumber;
    } else if (/^\d{1,2}$/.test(token) && day === null && year === null) {
      day = Number(token);
    } else if (/^\d{4}$/.test(token) && year === null) {
      year = Number(token);
    } else if (/^\d{2}$/.test(token) && year === null && day !== null) {
      // RFC 2822's reading of a two-digit year.
      year = Number(token) + (Number(token) < 50 ? 2000 : 1900);
    } else if (TIME.test(token) && time === null) {
      time = TIME.exec(token);
    } else if ((token === 'am' || token === 'pm') && meridiem === null) {
      meridiem = token;
    } else if (zone === null && isZone(token)) {
      zone = token;
    } else {
      return null;
    }
  }
  if (day === null || month === null || year === null) return null;
  let hour = Number(time?.[1] ?? 0);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const parts: DateParts = {
    year,
    month,
    day,
    hour,
    minute: Number(time?.[2] ?? 0),
    second: Number(time?.[3] ?? 0),
    millisecond: fraction(time?.[4]),
  };
  const offset = zone === null ? 0 : offsetOf(zone, parts);
  return offset === null ? null : build(parts, offset);
}

/**
 * RFC 822 in another language's weekday ("Lun, 03 Mar 2025 10:00:00 +0100", "Mi., 05 Mär…"):
 * the word before the first comma stands where the weekday does and says nothing the date does
 * not, so a word no month is named by goes; the rest must still read as a date.
 */
function withoutForeignWeekday(text: string): string {
  const weekday = /^(\p{L}{2,12})\.?,\s*(?=\d)/u.exec(text);
  if (!weekday || MONTHS.has((weekday[1] as string).toLowerCase())) return text;
  return text.slice(weekday[0].length);
}

function isZone(token: string): boolean {
  return ZONES.has(token) || US_ZONES.has(token) || NUMERIC_OFFSET.test(token);
}

/** Minutes east of UTC, or null for a zone it cannot read. */
function offsetOf(zone: string, parts?: DateParts): number | null {
  const name = zone.toLowerCase();
  const named = ZONES.get(name);
  if (named !== undefined) return named;
  const us = US_ZONES.get(name);
  if (us !== undefined) return parts && inUsDaylightTime(parts) ? us + 60 : us;
  const numeric = NUMERIC_OFFSET.exec(name);
  if (!numeric) return null;
  const hours = Number(numeric[2]);
  const minutes = Number(numeric[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** US daylight saving (since 2007): 2 a.m. on March's second Sunday to November's first. */
function inUsDaylightTime(parts: DateParts): boolean {
  // Wall-clock times compared as if they were UTC: both sides are local.
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour);
  const start = Date.UTC(parts.year, 2, nthSunday(parts.year, 2, 2), 2);
  const end = Date.UTC(parts.year, 10, nthSunday(parts.year, 10, 1), 1);
  return local >= start && local < end;
}

function nthSunday(year: number, month: number, nth: number): number {
  const firstWeekday = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (nth - 1) * 7;
}

function fraction(digits: string | undefined): number {
  return digits ? Math.floor(Number(`0.${digits}`) * 1000) : 0;
}

function build(parts: DateParts, offsetMinutes: number): Date | null {
  const { year, month, day, hour, minute, second, millisecond } = parts;
  if (year < 1970 || year > 2999 || month < 1 || month > 12) return null;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate())
    return null;
  if (hour > 24 || minute > 59 || second > 60) return null;
  if (hour === 24 && (minute > 0 || second > 0)) return null;
  const time =
    Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) +
    millisecond -
    offsetMinutes * 60_000;
  return new Date(time);
}
