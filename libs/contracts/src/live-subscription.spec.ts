import type { Mention } from './mention';
import { type MentionSubscriptionFilter, wants } from './live-subscription';

const mention = (
  topics: [string, Mention['topics'][number]['kind']][],
  hashtags: string[],
): Mention => ({
  id: '1',
  title: null,
  text: '',
  url: null,
  author: null,
  publishedAt: '2026-11-01T08:00:00.000Z',
  hashtags,
  mediaUrl: null,
  language: null,
  sentiment: null,
  source: { id: 's', name: 'S' },
  topics: topics.map(([id, kind]) => ({ id, name: id, kind, terms: [id] })),
});

const filter = (
  topics: string[] = [],
  kinds: MentionSubscriptionFilter['kinds'] extends ReadonlySet<infer K>
    ? K[]
    : never = [],
  hashtags: string[] = [],
): MentionSubscriptionFilter => ({
  topics: new Set(topics),
  kinds: new Set(kinds),
  hashtags: new Set(hashtags),
});

describe(wants.name, () => {
  const lego = mention(
    [
      ['lego', 'company'],
      ['mattel', 'competitor'],
    ],
    ['dkbiz'],
  );
  it.each<[string, MentionSubscriptionFilter, boolean]>([
    ['no filter takes everything', filter(), true],
    ['one of its topics', filter(['mattel']), true],
    ['none of its topics', filter(['novo']), false],
    ['one of its kinds', filter([], ['competitor']), true],
    ['a kind it lacks', filter([], ['industry']), false],
    ['one of its hashtags', filter([], [], ['dkpol', 'dkbiz']), true],
    ['a hashtag it lacks', filter([], [], ['dkpol']), false],
    ['every given list must hold', filter(['lego'], [], ['dkpol']), false],
    ['all lists met', filter(['lego'], ['company'], ['dkbiz']), true],
  ])('%s', (_, subscription, expected) => {
    expect(wants(subscription, lego)).toBe(expected);
  });
});
