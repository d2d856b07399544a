import { parseRateLimitReset, parseRetryAfter } from './retry-after.util';

const NOW = new Date('2025-03-05T12:00:00Z');

describe(parseRetryAfter.name, () => {
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Wed, 05 Mar 2025 12:01:30 GMT', 90],
    ['Wed, 05 Mar 2025 11:00:00 GMT', 0],
    ['soon', null],
    ['-5', null],
    ['', null],
    [undefined, null],
  ])('reads %j as %j seconds', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe(parseRateLimitReset.name, () => {
  it.each([
    [{ 'x-ratelimit-reset': '2025-03-05T12:05:00.000Z' }, 300],
    [{ 'x-ratelimit-reset': '2025-03-05T11:00:00Z' }, 0],
    [
      { 'ratelimit-reset': String(Date.parse('2025-03-05T12:01:00Z') / 1000) },
      60,
    ],
    [{ 'ratelimit-reset': '45' }, 45],
    [{ 'x-ratelimit-reset': 'later' }, null],
    [{}, null],
  ])('reads %j as %j seconds', (headers, expected) => {
    expect(parseRateLimitReset(headers, NOW)).toBe(expected);
  });
});
