import { describe, expect, it } from 'vitest';
import {
  formatBucket,
  formatCompactNumber,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatPercent,
  formatRelative,
  formatSignedPercent,
  formatSignedPoints,
  formatTime,
  formatTimeRange,
} from './format';

// Intl separates with narrow or ordinary no-break spaces depending on the ICU version.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('format', () => {
  describe(formatNumber.name, () => {
    it.each([
      [1234567, 'da', '1.234.567'],
      [1234567, 'en', '1,234,567'],
      [0.25, 'da', '0,3'],
    ] as const)('%s in %s → %s', (value, language, expected) => {
      expect(plain(formatNumber(value, language))).toBe(expected);
    });
  });

  describe(formatSignedPoints.name, () => {
    it.each([
      [0.032, 'da', '+3,2 pct.-point'],
      [-0.25, 'en', '-25 pp'],
      [0, 'en', '0 pp'],
    ] as const)('%s in %s → %s', (delta, language, expected) => {
      expect(plain(formatSignedPoints(delta, language))).toBe(expected);
    });
  });

  it('shortens large numbers for axes', () => {
    expect(plain(formatCompactNumber(12_345, 'en'))).toBe('12.3k');
    expect(plain(formatCompactNumber(12_345, 'da'))).toMatch(/^12,3 t/);
  });

  describe(formatPercent.name, () => {
    it.each([
      [0.123, 'da', 0, '12 %'],
      [0.123, 'en', 0, '12%'],
      [0.1234, 'en', 1, '12.3%'],
    ] as const)(
      '%s in %s with %s digits → %s',
      (share, language, digits, expected) => {
        expect(plain(formatPercent(share, language, digits))).toBe(expected);
      },
    );
  });

  describe(formatSignedPercent.name, () => {
    it.each([
      [0.25, 'da', '+25 %'],
      [-0.5, 'en', '-50%'],
      [0, 'en', '0%'],
      [0.042, 'en', '+4.2%'],
    ] as const)('%s in %s → %s', (ratio, language, expected) => {
      expect(plain(formatSignedPercent(ratio, language))).toBe(expected);
    });
  });

  describe('dates and times on the Copenhagen clock', () => {
    // 13:05 UTC is 14:05 in Copenhagen in winter, 15:05 in summer.
    const winter = new Date('2026-12-03T13:05:00Z');
    const summer = new Date('2026-07-03T13:05:00Z');

    it.each([
      ['date', 'da', '3. dec. 2026', formatDate, winter],
      ['date', 'en', '3 Dec 2026', formatDate, winter],
      ['time', 'da', '14.05', formatTime, winter],
      ['time', 'en', '14:05', formatTime, winter],
      ['time in summer', 'en', '15:05', formatTime, summer],
      ['date and time', 'en', '3 Dec 2026, 14:05', formatDateTime, winter],
    ] as const)('%s in %s → %s', (_, language, expected, format, date) => {
      expect(plain(format(date, language))).toBe(expected);
    });

    it('puts a late-evening UTC instant on the next Copenhagen day', () => {
      expect(formatDate('2026-12-03T23:30:00Z', 'en')).toBe('4 Dec 2026');
    });

    it('labels buckets by hour or by day', () => {
      expect(formatBucket(winter, 'hour', 'da')).toBe('14.05');
      expect(plain(formatBucket('2026-12-02T23:00:00Z', 'day', 'da'))).toBe(
        '3. dec.',
      );
      expect(plain(formatBucket('2026-12-02T23:00:00Z', 'day', 'en'))).toBe(
        '3 Dec',
      );
    });

    it('writes a time range on one day without repeating the date', () => {
      expect(
        plain(
          formatTimeRange('2026-12-03T13:00:00Z', '2026-12-03T14:10:00Z', 'da'),
        ),
      ).toMatch(/^14\.00\s?–\s?15\.10$/);
      expect(
        plain(
          formatTimeRange('2026-12-03T13:00:00Z', '2026-12-04T14:10:00Z', 'en'),
        ),
      ).toMatch(/3 Dec.*14:00.*4 Dec.*15:10/);
    });
  });

  describe(formatRelative.name, () => {
    const now = new Date('2026-12-03T13:00:00Z');
    const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
    it.each([
      [ago(10), 'da', 'nu'],
      [ago(10), 'en', 'now'],
      [ago(5 * 60), 'da', 'for 5 minutter siden'],
      [ago(5 * 60), 'en', '5 minutes ago'],
      [ago(3 * 3600), 'en', '3 hours ago'],
      [ago(26 * 3600), 'da', 'i går'],
      [ago(26 * 3600), 'en', 'yesterday'],
      [new Date(now.getTime() + 10 * 60_000), 'en', 'in 10 minutes'],
      [ago(30 * 86400), 'en', '3 Nov 2026'],
    ] as const)('%s in %s → %s', (date, language, expected) => {
      expect(formatRelative(date, now, language)).toBe(expected);
    });
  });

  describe(formatDuration.name, () => {
    it.each([
      [70 * 60_000, 'en', '1 hr 10 mins'],
      [70 * 60_000, 'da', '1 t. 10 min.'],
      [25 * 60_000, 'en', '25 mins'],
      [3 * 3_600_000, 'en', '3 hrs'],
      [72 * 3_600_000, 'en', '3 days'],
    ] as const)('%s ms in %s → %s', (ms, language, expected) => {
      expect(plain(formatDuration(ms, language))).toBe(expected);
    });
  });
});
