import { snippetAround } from './snippet.util';

describe(snippetAround.name, () => {
  const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Novo Nordisk sends a new drug to market in the spring, writes Børsen.';

  it.each([
    ['shows a short text whole', 'Hej Novo', 4, 8, 10, 'Hej Novo'],
    ['cuts at whitespace and marks the cuts', long, 57, 61, 20, '…adipiscing elit. Novo Nordisk sends a new…'],
    ['collapses whitespace', 'a\n\n  Novo \t b', 5, 9, 40, 'a Novo b'],
    ['never halves a word next to the hit', 'Supercalifragilistic Novo', 21, 25, 5, '…Novo'],
  ])('%s', (_, source, start, end, context, snippet) => {
    expect(snippetAround(source, start, end, context)).toBe(snippet);
  });
});
