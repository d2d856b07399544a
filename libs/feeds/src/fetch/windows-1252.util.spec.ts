import { decodeWindows1252 } from './windows-1252.util';

describe(decodeWindows1252.name, () => {
  it.each([
    [[0x80], '€'],
    [[0x93, 0x94], '“”'],
    [[0x96, 0x97, 0x85], '–—…'],
    [[0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5], 'æøåÆØÅ'],
    [[0x41, 0x81], 'A\u0081'], // unassigned bytes stay as they are
  ])('decodes %j as %j', (bytes, expected) => {
    expect(decodeWindows1252(Uint8Array.from(bytes))).toBe(expected);
  });
});
