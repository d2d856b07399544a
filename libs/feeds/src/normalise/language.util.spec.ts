import { toIso6391 } from './language.util';

describe(toIso6391.name, () => {
  it.each([
    ['da', 'da'],
    ['da-DK', 'da'],
    ['en_US', 'en'],
    ['EN-gb', 'en'],
    [' nb-NO ', 'nb'],
    ['dan', null],
    ['', null],
    [null, null],
  ])('reads %j as %j', (tag, expected) => {
    expect(toIso6391(tag)).toBe(expected);
  });
});
