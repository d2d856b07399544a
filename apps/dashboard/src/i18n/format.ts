import { type Bucket, STATS_TIME_ZONE } from '@lyt/contracts';
import { type Language, LOCALES } from './language';

/**
 * Numbers, dates and times as people in Denmark read them: through Intl in
 * da-DK or en-GB, always on Copenhagen's clock (where the statistics cut
 * their days), whatever zone the browser is in.
 */

const cache = new Map<
  string,
  Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat
>();

function cached<
  T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat,
>(
  kind: string,
  language: Language,
  options: object,
  make: (locale: string) => T,
): T {
  // Building an Intl formatter costs far more than using one: charts format thousands of ticks.
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make(LOCALES[language]);
    cache.set(key, formatter);
  }
  return formatter;
}

const numberFormat = (language: Language, options: Intl.NumberFormatOptions) =>
  cached(
    'n',
    language,
    options,
    (locale) => new Intl.NumberFormat(locale, options),
  );

const dateFormat = (language: Language, options: Intl.DateTimeFormatOptions) =>
  cached(
    'd',
    language,
    options,
    (locale) =>
      new Intl.DateTimeFormat(locale, {
        timeZone: STATS_TIME_ZONE,
        ...options,
      }),
  );

type DateInput = Date | string | number;
const toDate = (value: DateInput) =>
  value instanceof Date ? value : new Date(value);

export function formatNumber(value: number, language: Language): string {
  return numberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

/** 12 345 → "12 t." / "12K": for axes and tight tiles. */
export function formatCompactNumber(value: number, language: Language): string {
  return numberFormat(language, {
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A share 0…1 as a percentage: 0.123 → "12 %" / "12%". */
export function formatPercent(
  share: number,
  language: Language,
  fractionDigits = 0,
): string {
  return numberFormat(language, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(share);
}

/** A relative change with its sign: 0.25 → "+25 %", -0.5 → "-50 %", 0 → "0 %". */
export function formatSignedPercent(ratio: number, language: Language): string {
  return numberFormat(language, {
    style: 'percent',
    signDisplay: 'exceptZero',
    maximumFractionDigits: Math.abs(ratio) < 0.1 ? 1 : 0,
  }).format(ratio);
}

/** A change of a share, in percentage points: 0.032 → "+3,2 pct.-point" / "+3.2 pp". */
export function formatSignedPoints(delta: number, language: Language): string {
  const points = numberFormat(language, {
    signDisplay: 'exceptZero',
    maximumFractionDigits: Math.abs(delta) < 0.1 ? 1 : 0,
  }).format(delta * 100);
  return `${points} ${language === 'da' ? 'pct.-point' : 'pp'}`;
}

/** "3. dec. 2026" / "3 Dec 2026". */
export function formatDate(value: DateInput, language: Language): string {
  return dateFormat(language, { dateStyle: 'medium' }).format(toDate(value));
}

/** "3. dec. 2026 14.05" / "3 Dec 2026, 14:05". */
export function formatDateTime(value: DateInput, language: Language): string {
  return dateFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(toDate(value));
}

/** "14.05" / "14:05". */
export function formatTime(value: DateInput, language: Language): string {
  return dateFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(toDate(value));
}

/** "14.00–15.10" on one day, with dates when the range spans days. */
export function formatTimeRange(
  from: DateInput,
  to: DateInput,
  language: Language,
): string {
  const sameDay = formatDate(from, language) === formatDate(to, language);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      };
  return dateFormat(language, options).formatRange(toDate(from), toDate(to));
}

/** A statistics bucket's label on a chart axis: "14.00" for an hour, "3. dec." for a day. */
export function formatBucket(
  t: DateInput,
  bucket: Bucket,
  language: Language,
): string {
  return bucket === 'hour'
    ? formatTime(t, language)
    : dateFormat(language, { day: 'numeric', month: 'short' }).format(
        toDate(t),
      );
}

const relativeFormat = (language: Language) =>
  cached(
    'r',
    language,
    {},
    (locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );

/**
 * "for 5 minutter siden" / "5 minutes ago", "i går" / "yesterday"; a week or
 * more away, the date itself, which reads better than "for 5 uger siden".
 */
export function formatRelative(
  value: DateInput,
  now: Date,
  language: Language,
): string {
  const date = toDate(value);
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const size = Math.abs(seconds);
  const relative = relativeFormat(language);
  if (size < 45) return relative.format(0, 'second');
  if (size < 45 * 60)
    return relative.format(Math.round(seconds / 60), 'minute');
  if (size < 22 * 3600)
    return relative.format(Math.round(seconds / 3600), 'hour');
  if (size < 6.5 * 86400)
    return relative.format(Math.round(seconds / 86400), 'day');
  return formatDate(date, language);
}

/** A length of time in hours and minutes: "1 t. 10 min." / "1 hr 10 min". */
export function formatDuration(ms: number, language: Language): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  const unit = (value: number, name: 'hour' | 'minute' | 'day') =>
    numberFormat(language, {
      style: 'unit',
      unit: name,
      unitDisplay: 'short',
    }).format(value);
  if (hours >= 48) return unit(Math.round(hours / 24), 'day');
  if (hours === 0) return unit(minutes, 'minute');
  const rest = minutes % 60;
  return rest === 0
    ? unit(hours, 'hour')
    : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
}
