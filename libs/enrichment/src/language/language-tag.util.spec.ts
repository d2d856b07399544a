import { languageCode } from './language-tag.util';

describe(languageCode.name, () => {
  it.each<[string | null | undefined, string | null]>([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['EN_gb', 'en'],
    ['en-US', 'en'],
    [' nb-NO ', 'nb'],
    ['zh-Hant-TW', 'zh'],
    ['dan', 'da'],
    ['DEU', 'de'],
    ['ger', 'de'],
    ['English', 'en'],
    ['Dansk', 'da'],
    ['en-us, da', 'en'],
    ['iw', 'he'],
    ['', null],
    ['   ', null],
    ['und', null],
    ['zxx', null],
    ['x-klingon', null],
    ['klingon', null],
    ['123', null],
    [null, null],
    [undefined, null],
  ])('reads %p as %p', (tag, expected) => {
    expect(languageCode(tag)).toBe(expected);
  });
});
