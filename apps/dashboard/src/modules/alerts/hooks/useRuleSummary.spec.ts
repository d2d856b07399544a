import { describe, expect, it } from 'vitest';
import { formatHour, webhookPlace } from './useRuleSummary';

describe(webhookPlace.name, () => {
  it.each([
    [
      'https://hooks.slack.com/services/T0/B0/s3cr3t',
      'hooks.slack.com/services/…',
    ],
    ['https://chat.nordlys.dk', 'chat.nordlys.dk'],
    ['https://hooks.slack.com/…', 'hooks.slack.com/…'],
    ['http://127.0.0.1:8080/…', '127.0.0.1:8080/…'],
  ])('%s → %s', (url, shown) => {
    expect(webhookPlace(url)).toBe(shown);
  });
});

describe(formatHour.name, () => {
  it.each([
    [7, 'da', '07.00'],
    [7, 'en', '07:00'],
    [0, 'da', '00.00'],
    [23, 'en', '23:00'],
  ] as const)('%i in %s → %s', (hour, language, shown) => {
    expect(formatHour(hour, language)).toBe(shown);
  });
});
