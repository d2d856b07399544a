import { hashtagTarget } from './hashtag-source.util';

describe(hashtagTarget.name, () => {
  it.each([
    [
      'mastodon-tag',
      'https://mastodon.social/tags/dkbiz',
      {
        platform: 'mastodon',
        instanceUrl: 'https://mastodon.social',
        tag: 'dkbiz',
      },
    ],
    [
      'mastodon-tag',
      'https://mastodon.social/tags/dkbiz.rss',
      {
        platform: 'mastodon',
        instanceUrl: 'https://mastodon.social',
        tag: 'dkbiz',
      },
    ],
    [
      'mastodon-tag',
      'http://127.0.0.1:8080/tags/Iv%C3%A6rks%C3%A6tteri',
      {
        platform: 'mastodon',
        instanceUrl: 'http://127.0.0.1:8080',
        tag: 'Iværksætteri',
      },
    ],
    [
      'bluesky-search',
      'https://bsky.app/search?q=%23dkbiz',
      { platform: 'bluesky', query: '#dkbiz' },
    ],
    [
      'bluesky-search',
      'https://bsky.app/search?q=novo+nordisk',
      { platform: 'bluesky', query: 'novo nordisk' },
    ],
    ['mastodon-tag', 'https://mastodon.social/@nordlys.rss', null],
    ['mastodon-tag', 'https://mastodon.social/tags/%E0%A4%A', null],
    ['bluesky-search', 'https://bsky.app/search?q=%20', null],
    ['feed', 'https://mastodon.social/tags/dkbiz.rss', null],
    ['mastodon-tag', 'not a url', null],
  ])('reads %s %s', (kind, url, expected) => {
    expect(hashtagTarget(kind, url)).toEqual(expected);
  });
});
