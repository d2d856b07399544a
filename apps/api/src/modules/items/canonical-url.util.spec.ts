import { canonicalUrl } from './canonical-url.util';

describe(canonicalUrl.name, () => {
  it.each([
    ['https://Example.DK/nyhed/', 'https://example.dk/nyhed'],
    ['http://example.dk/nyhed', 'https://example.dk/nyhed'],
    ['https://example.dk:443/a#comments', 'https://example.dk/a'],
    [
      'https://example.dk/a?utm_source=x&id=7&fbclid=y',
      'https://example.dk/a?id=7',
    ],
    ['https://example.dk/a?b=2&a=1', 'https://example.dk/a?a=1&b=2'],
    ['https://example.dk', 'https://example.dk'],
    ['https://example.dk/Sag/Æble', 'https://example.dk/Sag/%C3%86ble'],
    ['mailto:pr@example.dk', null],
    ['not a url', null],
    [null, null],
  ])('turns %p into %p', (url, expected) => {
    expect(canonicalUrl(url)).toBe(expected);
  });
});
