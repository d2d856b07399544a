import { tokenizeWords, wordKey } from './text-tokenizer.util';

describe(tokenizeWords.name, () => {
  it.each([
    [
      'splits on punctuation and spaces',
      "LEGO's new set, 2024!",
      ['lego', 's', 'new', 'set', '2024'],
    ],
    [
      'keeps Danish letters as letters',
      'Smørrebrød på Ærø og Øresund',
      ['smørrebrød', 'på', 'ærø', 'og', 'øresund'],
    ],
    [
      'splits on underscore, slash, dot and hyphen',
      'novo_nordisk a/s e.on co-op',
      ['novo', 'nordisk', 'a', 's', 'e', 'on', 'co', 'op'],
    ],
    [
      'separates at # and @',
      '#Novo @novo@x.social',
      ['novo', 'novo', 'x', 'social'],
    ],
    ['keeps a decomposed å in one word and composes it', 'bla\u030A', ['blå']],
    [
      'reads letters of any script',
      'Ελλάδα 東京 Straße',
      ['ελλάδα', '東京', 'straße'],
    ],
    ['finds nothing in punctuation', ' -- !? ', []],
  ])('%s', (_, source, keys) => {
    expect(tokenizeWords(source).map((word) => word.key)).toEqual(keys);
  });

  it.each([
    [
      'plain text',
      'Mærsk: Ørsted!',
      [
        [0, 5],
        [7, 13],
      ],
    ],
    [
      'a letter that grows when lower-cased',
      'İstanbul og Århus',
      [
        [0, 8],
        [9, 11],
        [12, 17],
      ],
    ],
    [
      'a decomposed letter',
      'A\u030Arhus by',
      [
        [0, 6],
        [7, 9],
      ],
    ],
    ['astral characters before a word', '😀 lego', [[3, 7]]],
  ])(
    'gives UTF-16 offsets into the original string: %s',
    (_, source, spans) => {
      expect(
        tokenizeWords(source).map((word) => [word.start, word.end]),
      ).toEqual(spans);
    },
  );
});

describe(wordKey.name, () => {
  it.each([
    ['Øresund', 'øresund'],
    ['ÆBLE', 'æble'],
    ['A\u030A', 'å'],
    ['Straße', 'straße'],
  ])('turns %j into %j', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });

  it.each([
    ['ø', 'o'],
    ['å', 'a'],
    ['æ', 'ae'],
  ])('never folds %j into %j', (danish, ascii) => {
    expect(wordKey(danish)).not.toBe(wordKey(ascii));
  });
});
