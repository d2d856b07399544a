import { collectHashtags, extractHashtags } from './hashtags.util';

describe(extractHashtags.name, () => {
  it.each([
    ['#dkbiz og #DKbiz', ['dkbiz']],
    ['#ÆbleFest #Øresund #Århus', ['æblefest', 'øresund', 'århus']],
    ['#givlivetvidere!', ['givlivetvidere']],
    ['#dk_biz #dk-biz', ['dk_biz', 'dk']],
    ['#2025 #2025valg', ['2025valg']],
    ['https://example.dk/side#anker og side.html#top', []],
    ['a#b C#-holdet 5#a', []],
    ['(#tag) "#citat" ##dobbelt', ['tag', 'citat', 'dobbelt']],
    ['#\u0041\u030Arhus', ['århus']], // decomposed Å becomes the composed form
    ['#Καλημέρα #привет', ['καλημέρα', 'привет']],
    ['ingen tags #', []],
    ['#første, #anden, #første', ['første', 'anden']],
  ])('finds in %j: %j', (text, expected) => {
    expect(extractHashtags(text)).toEqual(expected);
  });
});

describe(collectHashtags.name, () => {
  it.each([
    [
      'text first, then one-word categories',
      '#dkbiz',
      ['Økonomi', 'dkbiz', '#Startup'],
      ['dkbiz', 'økonomi', 'startup'],
    ],
    [
      'no multi-word or symbol categories',
      '',
      ['Grøn omstilling', 'C++', 'r/Denmark', '2024'],
      [],
    ],
  ])('collects %s', (_case, text, categories, expected) => {
    expect(collectHashtags(text, categories)).toEqual(expected);
  });
});
