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
  engagement: null,
  deletedOnPlatform: false,
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
  const lego: Mention = {
    ...mention(
      [
        ['lego', 'company'],
        ['mattel', 'competitor'],
      ],
      ['dkbiz'],
    ),
    language: 'da',
    sentiment: { score: -0.4, label: 'negative' },
  };
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
    ['its source', { ...filter(), sources: new Set(['s']) }, true],
    ['another source', { ...filter(), sources: new Set(['t']) }, false],
    [
      'its sentiment',
      { ...filter(), sentiments: new Set(['negative'] as const) },
      true,
    ],
    [
      'another sentiment',
      { ...filter(), sentiments: new Set(['positive'] as const) },
      false,
    ],
    ['its language', { ...filter(), languages: new Set(['da']) }, true],
    ['another language', { ...filter(), languages: new Set(['en']) }, false],
    [
      'empty extra sets',
      { ...filter(), sources: new Set<string>(), languages: new Set<string>() },
      true,
    ],
  ])('%s', (_, subscription, expected) => {
    expect(wants(subscription, lego)).toBe(expected);
  });
});
