import type { AlertSourceState, AlertSpike, Mention } from '@lyt/contracts';
import {
  formatChange,
  formatDuration,
  formatNames,
  mentionsText,
  sourcesText,
  spikesText,
  testText,
} from './alert-text.util';

const mention = (
  title: string | null,
  topics: string[],
  text = 'tekst',
): Mention => ({
  id: '1',
  title,
  text,
  url: 'https://example.dk/1',
  author: '@ane',
  publishedAt: '2026-11-30T09:00:00.000Z',
  hashtags: [],
  mediaUrl: null,
  engagement: null,
  deletedOnPlatform: false,
  language: 'da',
  sentiment: null,
  source: { id: 's', name: 'Børsen' },
  topics: topics.map((name) => ({
    id: name,
    name,
    kind: 'company' as const,
    terms: [name.toLowerCase()],
  })),
});

describe(formatDuration.name, () => {
  it.each([
    [30_000, 'da', '1 minut'],
    [10 * 60_000, 'da', '10 minutter'],
    [10 * 60_000, 'en', '10 minutes'],
    [119 * 60_000, 'en', '119 minutes'],
    [3 * 3_600_000, 'da', '3 timer'],
    [3 * 3_600_000, 'en', '3 hours'],
    [72 * 3_600_000, 'da', '3 dage'],
    [24 * 3_600_000, 'en', '24 hours'],
  ] as const)('%p ms in %s is %p', (ms, language, expected) => {
    expect(formatDuration(ms, language)).toBe(expected);
  });
});

describe(formatNames.name, () => {
  it.each([
    [[], 'en', ''],
    [['Nordlys'], 'en', 'Nordlys'],
    [['Nordlys', 'LEGO'], 'da', 'Nordlys og LEGO'],
    [['A', 'B', 'C', 'D'], 'en', 'A, B, C and D'],
    [['A', 'B', 'C', 'D', 'E'], 'da', 'A, B, C og 2 andre'],
    [['A', 'B', 'C', 'D', 'E'], 'en', 'A, B, C and 2 more'],
  ] as const)('%p in %s', (names, language, expected) => {
    expect(formatNames([...names], language)).toBe(expected);
  });
});

describe(formatChange.name, () => {
  it.each([
    [null, null],
    [0.184, '+18 %'],
    [-0.25, '−25 %'],
    [0, '±0 %'],
    [1.1428, '+114 %'],
  ])('%p → %p', (change, expected) => {
    expect(formatChange(change, 'da')).toBe(expected);
  });
});

describe(mentionsText.name, () => {
  it('says how many, of which topics, over how long, and lists the first few', () => {
    const mentions = Array.from({ length: 7 }, (_, n) =>
      mention(`Nyhed ${n + 1}`, n % 2 ? ['Nordlys', 'LEGO'] : ['Nordlys']),
    );
    const { headline, text } = mentionsText(
      'Regel',
      mentions,
      12,
      10 * 60_000,
      'en',
    );
    expect(headline).toBe('12 new mentions of Nordlys and LEGO in 10 minutes');
    expect(text.split('\n')).toEqual([
      headline,
      ...[1, 2, 3, 4, 5].flatMap((n) => [
        `• Nyhed ${n} — Børsen, @ane`,
        '  https://example.dk/1',
      ]),
      '… and 7 more',
      '— Lyt: Regel',
    ]);
  });

  it('speaks Danish, and shows the start of an untitled post', () => {
    const long = 'Mastodon-opslag uden titel '.repeat(10);
    const { headline, text } = mentionsText(
      'Regel',
      [mention(null, ['Søstjerne'], long)],
      1,
      0,
      'da',
    );
    expect(headline).toBe('1 ny omtale af Søstjerne');
    expect(text).toContain(`• ${long.slice(0, 139)}… — Børsen, @ane`);
  });
});

describe(spikesText.name, () => {
  const spike = (name: string | null, hashtag: string | null): AlertSpike => ({
    topic: name ? { id: name, name, kind: 'company', color: '#123456' } : null,
    hashtag,
    bucket: 'hour',
    t: '2026-11-30T09:00:00.000Z',
    count: 42,
    baseline: 6.5,
    factor: 6.46,
  });
  it.each([
    [
      'da',
      [spike('Nordlys', null)],
      'Stigning: 42 omtaler af Nordlys i timen fra kl. 10.00 (normalt 6,5)',
    ],
    [
      'en',
      [spike('Nordlys', null)],
      'Spike: 42 mentions of Nordlys in the hour from 10:00 (usually 6.5)',
    ],
    [
      'en',
      [spike('Nordlys', null), spike(null, 'dkbiz')],
      '2 spikes: Nordlys and #dkbiz',
    ],
  ] as const)('in %s: %p', (language, spikes, headline) => {
    expect(spikesText('Regel', [...spikes], language).headline).toBe(headline);
  });
});

describe(sourcesText.name, () => {
  const state = (name: string, failing: boolean): AlertSourceState => ({
    source: { id: name, name, url: `https://${name}.dk/rss` },
    state: failing ? 'failing' : 'recovered',
    failingSince: '2026-11-30T07:00:00.000Z',
    lastError: failing ? 'HTTP 503' : null,
    errorCount: failing ? 4 : 0,
  });
  const now = new Date('2026-11-30T10:00:00.000Z');
  it.each([
    ['en', [state('borsen', true)], 'Source failing for 3 hours: borsen'],
    ['da', [state('borsen', true), state('dr', true)], '2 kilder fejler'],
    ['da', [state('borsen', false)], 'Kilden virker igen: borsen'],
    [
      'en',
      [state('borsen', true), state('dr', false)],
      'Source failing for 3 hours: borsen; Source works again: dr',
    ],
  ] as const)('in %s: %p', (language, states, headline) => {
    expect(sourcesText('Regel', [...states], now, language).headline).toBe(
      headline,
    );
  });
});

describe(testText.name, () => {
  it('marks what the rule would send as a test, or says the channel works', () => {
    expect(testText({ headline: 'A', text: 'A\nB' }, 'Regel', 'en')).toEqual({
      headline: 'Test: A',
      text: 'Test: A\nB',
    });
    expect(testText(null, 'Regel', 'en').headline).toBe(
      'Test: Lyt can reach this channel. Mentions that match the rule will arrive here.',
    );
  });
});
