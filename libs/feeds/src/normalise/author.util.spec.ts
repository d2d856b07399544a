import {
  blueskyProfileHandle,
  cleanAuthor,
  handleFromStatusUrl,
} from './author.util';

describe(cleanAuthor.name, () => {
  it.each([
    ['Mette Østergaard', 'Mette Østergaard'],
    ['redaktion@example.dk (Redaktionen)', 'Redaktionen'],
    ['Jens Hansen <jens@example.dk>', 'Jens Hansen'],
    ['Jens Hansen (jens@example.dk)', 'Jens Hansen'],
    ['Jens Hansen (redaktør)', 'Jens Hansen (redaktør)'],
    ['jens@example.dk', 'jens@example.dk'],
    ['  Anne\n  Larsen ', 'Anne Larsen'],
    ['Jensen &amp; Co', 'Jensen & Co'],
    ['', null],
    [null, null],
  ])('reads %j as %j', (raw, expected) => {
    expect(cleanAuthor(raw)).toBe(expected);
  });
});

describe(handleFromStatusUrl.name, () => {
  it.each([
    [
      'https://mastodon.social/@larsen/113987654321098765',
      '@larsen@mastodon.social',
    ],
    [
      'https://mastodon.social/@annek@fosstodon.org/113987000000000001',
      '@annek@fosstodon.org',
    ],
    [
      'https://bsky.app/profile/karen.bsky.social/post/3lj3xyzabc22k',
      '@karen.bsky.social',
    ],
    [
      'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3lj2aaaabbb2c',
      '@profile.owner',
    ],
    ['https://mastodon.social/@larsen', null],
    ['https://blog.example.dk/2025/03/post', null],
    [null, null],
  ])('reads %j as %j', (url, expected) => {
    expect(handleFromStatusUrl(url, '@profile.owner')).toBe(expected);
  });
});

describe(blueskyProfileHandle.name, () => {
  it.each([
    [
      '@karen.bsky.social - Karen Nielsen',
      'https://bsky.app/profile/did:plc:abc',
      '@karen.bsky.social',
    ],
    [
      '@karen.bsky.social',
      'https://bsky.app/profile/karen.bsky.social',
      '@karen.bsky.social',
    ],
    ['@karen.bsky.social - Karen', 'https://example.dk/', null],
    ['Karen Nielsen', 'https://bsky.app/profile/did:plc:abc', null],
  ])('reads %j of %j as %j', (title, siteUrl, expected) => {
    expect(blueskyProfileHandle(title, siteUrl)).toBe(expected);
  });
});
