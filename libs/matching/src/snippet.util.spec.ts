import { needsCollapsing, snippetAround } from './snippet.util';

describe(snippetAround.name, () => {
  const long =
    'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Novo Nordisk sends a new drug to market in the spring, writes Børsen.';

  it.each([
    ['shows a short text whole', 'Hej Novo', 4, 8, 10, 'Hej Novo'],
    [
      'cuts at whitespace and marks the cuts',
      long,
      57,
      61,
      20,
      '…adipiscing elit. Novo Nordisk sends a new…',
    ],
    ['collapses whitespace', 'a\n\n  Novo \t b', 5, 9, 40, 'a Novo b'],
    [
      'never halves a word next to the hit',
      'Supercalifragilistic Novo',
      21,
      25,
      5,
      '…Novo',
    ],
  ])('%s', (_, source, start, end, context, snippet) => {
    expect(snippetAround(source, start, end, { context })).toBe(snippet);
  });

  it('leaves whitespace alone when told the source needs no collapsing', () => {
    expect(snippetAround('a  Novo', 3, 7, { collapse: false })).toBe('a  Novo');
  });
});

describe(needsCollapsing.name, () => {
  it.each([
    ['single spaces between words', 'Novo Nordisk A/S', false],
    ['an empty string', '', false],
    ['two spaces', 'Novo  Nordisk', true],
    ['a line break', 'Novo\nNordisk', true],
    ['a no-break space', 'Novo\u00a0Nordisk', true],
    ['a leading space', ' Novo', true],
    ['a trailing space', 'Novo ', true],
  ])('%s: %s', (_, body, expected) => {
    expect(needsCollapsing(body)).toBe(expected);
  });
});
