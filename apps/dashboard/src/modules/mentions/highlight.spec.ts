import { describe, expect, it } from 'vitest';
import { makeMention } from '../../../test/live-server';
import { fromFirstHit, highlightMention, segments } from './highlight';

const topic = (terms: string[]) => ({
  id: 't',
  name: 'T',
  kind: 'company' as const,
  terms,
});
const marked = (parts: { text: string; hit: boolean }[]) =>
  parts.map((part) => (part.hit ? `[${part.text}]` : part.text)).join('');

describe(highlightMention.name, () => {
  it.each([
    [
      'a word, in any case, not inside another word',
      ['lego'],
      'LEGO åbner, Legoland lukker',
      '[LEGO] åbner, Legoland lukker',
    ],
    [
      'a phrase across punctuation',
      ['"grøn omstilling"'],
      'Om grøn-omstilling i dag',
      'Om [grøn-omstilling] i dag',
    ],
    ['a prefix', ['vind*'], 'Vindmøller og vinde', '[Vindmøller] og [vinde]'],
    [
      'every term of every topic',
      ['lego', 'fabrik'],
      'LEGO bygger en fabrik',
      '[LEGO] bygger en [fabrik]',
    ],
    ['Danish letters as letters: ø is not o', ['sø'], 'so og sø', 'so og [sø]'],
  ])('marks %s', (_, terms, text, expected) => {
    const highlights = highlightMention(
      makeMention({ title: null, text, topics: [topic(terms)] }),
    );
    expect(marked(highlights.text)).toBe(expected);
  });

  it('marks the title, the hashtags and the author where the terms hit them', () => {
    const highlights = highlightMention(
      makeMention({
        title: 'Novo i dag',
        text: 'Intet her',
        hashtags: ['dkbiz', 'pharma'],
        author: '@novo@mastodon.social',
        topics: [topic(['novo', '#pharma']), topic(['@novo'])],
      }),
    );
    expect(marked(highlights.title)).toBe('[Novo] i dag');
    expect(marked(highlights.text)).toBe('Intet her');
    expect([...highlights.hashtags]).toEqual([1]);
    expect(highlights.author).toBe(true);
  });

  it('marks nothing when there are no terms, or terms that do not compile', () => {
    for (const terms of [[], ['"unclosed']]) {
      const highlights = highlightMention(
        makeMention({ text: 'LEGO', topics: [topic(terms)] }),
      );
      expect(marked(highlights.text)).toBe('LEGO');
    }
  });
});

describe(segments.name, () => {
  it('merges overlapping and touching ranges and keeps the text whole', () => {
    const parts = segments('abcdefgh', [
      { start: 5, end: 7 },
      { start: 1, end: 3 },
      { start: 2, end: 4 },
    ]);
    expect(marked(parts)).toBe('a[bc][d]e[fg]h');
    expect(parts.map((part) => part.text).join('')).toBe('abcdefgh');
  });
});

describe(fromFirstHit.name, () => {
  const text = `${'ord '.repeat(60)}LEGO til sidst`;
  const parts = highlightMention(
    makeMention({ title: null, text, topics: [topic(['lego'])] }),
  ).text;

  it('starts a little before a hit that two lines would not show, at a space', () => {
    const shown = marked(fromFirstHit(parts, 120));
    expect(shown.startsWith('…ord ')).toBe(true);
    expect(shown.endsWith('[LEGO] til sidst')).toBe(true);
    expect(shown.length).toBeLessThan(60);
  });

  it('leaves text alone when the hit shows anyway', () => {
    expect(fromFirstHit(parts, 400)).toEqual(parts);
  });
});
