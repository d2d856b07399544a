import { formatBytes, formatSeconds } from './format.util';

describe(formatBytes.name, () => {
  it.each([
    [10 * 1024 * 1024, '10 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [64 * 1024, '64 KB'],
    [512, '512 bytes'],
  ])('formats %d as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});

describe(formatSeconds.name, () => {
  it.each([
    [20_000, '20 s'],
    [1500, '1.5 s'],
    [250, '0.3 s'],
  ])('formats %d ms as %s', (milliseconds, expected) => {
    expect(formatSeconds(milliseconds)).toBe(expected);
  });
});
