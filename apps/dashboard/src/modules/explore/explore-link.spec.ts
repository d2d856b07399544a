import { describe, expect, it } from 'vitest';
import { exploreHref } from './explore-link';

describe(exploreHref.name, () => {
  it.each([
    [{}, '/explore'],
    [{ hashtag: ['dkbiz'] }, '/explore?hashtag=dkbiz'],
    [
      { topic: ['a', 'b'], sentiment: ['negative' as const] },
      '/explore?topic=a&topic=b&sentiment=negative',
    ],
    [
      {
        kind: ['company' as const],
        from: new Date('2026-11-01T13:00:00Z'),
        to: '2026-11-01T14:00:00.000Z',
      },
      '/explore?kind=company&from=2026-11-01T13%3A00%3A00.000Z&to=2026-11-01T14%3A00%3A00.000Z',
    ],
    [
      { q: 'grøn omstilling', source: ['s'] },
      '/explore?source=s&q=gr%C3%B8n+omstilling',
    ],
    [
      { kind: ['company' as const], sort: 'engagement' as const },
      '/explore?kind=company&sort=engagement',
    ],
    [{ sort: 'newest' as const }, '/explore'],
  ])('%j → %s', (selection, href) => {
    expect(exploreHref(selection)).toBe(href);
  });
});
