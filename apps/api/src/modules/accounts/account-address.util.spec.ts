import {
  AccountAddressError,
  readHandle,
  readProfileUrl,
} from './account-address.util';

describe(readHandle.name, () => {
  it.each([
    [
      '@lyt@mastodon.social',
      {
        platform: 'mastodon',
        instanceUrl: 'https://mastodon.social',
        username: 'lyt',
      },
    ],
    [
      'nordlys@Mastodon.Social',
      {
        platform: 'mastodon',
        instanceUrl: 'https://mastodon.social',
        username: 'nordlys',
      },
    ],
    [
      ' @anne_k@social.data.coop ',
      {
        platform: 'mastodon',
        instanceUrl: 'https://social.data.coop',
        username: 'anne_k',
      },
    ],
    [
      'nordlys.bsky.social',
      { platform: 'bluesky', actor: 'nordlys.bsky.social' },
    ],
    ['@Nordlys.dk', { platform: 'bluesky', actor: 'nordlys.dk' }],
    [
      'did:plc:z72i7hdynmk6r22z27h6tvur',
      { platform: 'bluesky', actor: 'did:plc:z72i7hdynmk6r22z27h6tvur' },
    ],
  ])('reads %j', (raw, expected) => {
    expect(readHandle(raw)).toEqual(expected);
  });

  it.each([
    'nordlys',
    '@nordlys',
    'a b@c.dk',
    '',
    '@@x@y.dk',
    'javascript:alert(1)',
  ])('refuses %j', (raw) => {
    expect(() => readHandle(raw)).toThrow(AccountAddressError);
  });
});

describe(readProfileUrl.name, () => {
  it.each([
    [
      'https://mastodon.social/@nordlys',
      {
        platform: 'mastodon',
        instanceUrl: 'https://mastodon.social',
        username: 'nordlys',
      },
    ],
    [
      'https://mastodon.social/@nordlys/',
      {
        platform: 'mastodon',
        instanceUrl: 'https://mastodon.social',
        username: 'nordlys',
      },
    ],
    [
      'http://127.0.0.1:4100/users/nordlys',
      {
        platform: 'mastodon',
        instanceUrl: 'http://127.0.0.1:4100',
        username: 'nordlys',
      },
    ],
    [
      'https://bsky.app/profile/nordlys.bsky.social',
      { platform: 'bluesky', actor: 'nordlys.bsky.social' },
    ],
    [
      'https://nordlys.dk/blog/feed.xml',
      { platform: 'feed', url: 'https://nordlys.dk/blog/feed.xml' },
    ],
    [
      'https://mastodon.social/@nordlys.rss',
      { platform: 'feed', url: 'https://mastodon.social/@nordlys.rss' },
    ],
  ])('reads %s', (raw, expected) => {
    expect(readProfileUrl(raw)).toEqual(expected);
  });

  it.each([
    'ftp://mastodon.social/@nordlys',
    'not a url',
    'https://bsky.app/search?q=x',
    'https://bsky.app/profile/nordlys',
  ])('refuses %s', (raw) => {
    expect(() => readProfileUrl(raw)).toThrow(AccountAddressError);
  });
});
