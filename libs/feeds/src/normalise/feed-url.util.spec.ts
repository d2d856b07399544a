import { toHttpUrl } from './feed-url.util';

describe(toHttpUrl.name, () => {
  it.each([
    [
      '/2025/03/post',
      'https://blog.example.dk/feed/',
      'https://blog.example.dk/2025/03/post',
    ],
    [
      'post.html',
      'https://blog.example.dk/feed/',
      'https://blog.example.dk/feed/post.html',
    ],
    [
      '//cdn.example.dk/x.jpg',
      'https://blog.example.dk/',
      'https://cdn.example.dk/x.jpg',
    ],
    [' https://example.dk/a b ', null, 'https://example.dk/a%20b'],
    ['javascript:alert(1)', 'https://blog.example.dk/', null],
    ['data:image/png;base64,AAAA', null, null],
    ['mailto:a@example.dk', null, null],
    ['/relative', null, null],
    ['', 'https://blog.example.dk/', null],
  ])('resolves %j against %j to %j', (value, base, expected) => {
    expect(toHttpUrl(value, base)).toBe(expected);
  });
});
