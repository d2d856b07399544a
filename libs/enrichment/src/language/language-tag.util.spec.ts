import { primaryLanguage } from './language-tag.util';

describe(primaryLanguage.name, () => {
  describe('tags', () => {
    it.each<[string | null | undefined, string | null]>([
      ['da', 'da'],
      ['da-DK', 'da'],
      ['EN_gb', 'en'],
      [' nb-NO ', 'nb'],
      ['', null],
      ['   ', null],
      ['und', null],
      ['zxx', null],
      [null, null],
      [undefined, null],
    ])('reads %p as %p', (tag, expected) => {
      expect(primaryLanguage(tag)).toBe(expected);
    });
  });
});
