import {
  assertPublicFeedUrl,
  blockPrivateAddresses,
} from './feed-url-guard.util';

describe(assertPublicFeedUrl.name, () => {
  it.each([
    'http://127.0.0.1/feed',
    'http://2130706433/', // decimal
    'http://0x7f.1/', // hex + short form
    'http://0x7f000001/',
    'http://127.1/',
    'http://017700000001/', // octal
    'http://0/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[0:0:0:0:0:ffff:7f00:1]/',
    'http://[fd00::1]:8080/feed',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.1./',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://admin.localhost/',
  ])('refuses %s as a private address', (url) => {
    expect(() => assertPublicFeedUrl(url)).toThrow(
      expect.objectContaining({ code: 'blocked-address' }),
    );
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.com/feed.xml',
    'gopher://example.com/',
    'javascript:alert(1)',
    'data:text/xml,<rss/>',
  ])('refuses the %s scheme', (url) => {
    expect(() => assertPublicFeedUrl(url)).toThrow(
      expect.objectContaining({ code: 'blocked-address' }),
    );
  });

  it.each(['', 'example.com/feed', 'http://'])(
    'refuses %j as not a URL',
    (url) => {
      expect(() => assertPublicFeedUrl(url)).toThrow(
        expect.objectContaining({ code: 'invalid-url' }),
      );
    },
  );

  it.each([
    'https://mastodon.social/tags/dkbiz.rss',
    'http://8.8.8.8/feed',
    'https://[2606:4700:4700::1111]/',
    'https://localhost.example.com/',
  ])('accepts %s', (url) => {
    expect(assertPublicFeedUrl(url).href).toBe(new URL(url).href);
  });
});

describe('blockPrivateAddresses', () => {
  it.each([
    ['127.0.0.1', 4, true],
    ['::1', 6, true],
    ['93.184.215.14', 4, false],
  ])('guards %s (IPv%s): throws %s', (address, family, throws) => {
    const attempt = () => blockPrivateAddresses(address, family);
    if (throws)
      expect(attempt).toThrow(
        expect.objectContaining({ code: 'blocked-address' }),
      );
    else expect(attempt).not.toThrow();
  });
});
