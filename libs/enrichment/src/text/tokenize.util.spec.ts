import { tokenize } from './tokenize.util';

const texts = (input: string): string[] =>
  tokenize(input).map((token) => token.text);

describe(tokenize.name, () => {
  describe('words', () => {
    it.each([
      [
        'lower-cases Danish letters',
        'ÆBLER, ØL og ÅL',
        ['æbler', 'øl', 'og', 'ål'],
      ],
      ['composes decomposed letters', 'Sma\u030Ar', ['smår']],
      [
        'keeps contractions whole',
        "Isn't it, don’t you",
        ["isn't", 'it', "don't", 'you'],
      ],
      [
        'keeps hyphenated words whole',
        'Et ikke-godkendt cover-up',
        ['et', 'ikke-godkendt', 'cover-up'],
      ],
      [
        'reads a hashtag as its word',
        'Det var #elendig #fail',
        ['det', 'var', 'elendig', 'fail'],
      ],
      ['keeps digits', 'Kl 10 med n00b', ['kl', '10', 'med', 'n00b']],
    ])('%s', (_case, input, expected) => {
      expect(texts(input)).toEqual(expected);
    });
  });

  describe('noise', () => {
    it.each([
      [
        'drops links',
        'Se https://example.dk/en-god-artikel?x=1 og www.lyt.dk/god nu',
        ['se', 'og', 'nu'],
      ],
      [
        'drops @handles, Mastodon ones included',
        'Tak @dsb og @anna@mastodon.social!',
        ['tak', 'og'],
      ],
      [
        'drops e-mail addresses',
        'Skriv til glad@firma.dk i dag',
        ['skriv', 'til', 'i', 'dag'],
      ],
    ])('%s', (_case, input, expected) => {
      expect(texts(input)).toEqual(expected);
    });
  });

  describe('emoji', () => {
    it.each([
      ['drops variation selectors', 'Tak ❤️', ['tak', '❤']],
      ['drops skin tones', 'Godt 👍🏽', ['godt', '👍']],
      [
        'reads emoticons',
        'Nice :-) but :( <3',
        ['nice', ':)', 'but', ':(', '<3'],
      ],
      ['leaves clock times alone', 'kl.10:30', ['kl', '10', '30']],
    ])('%s', (_case, input, expected) => {
      expect(texts(input)).toEqual(expected);
    });

    it('marks emoji as such', () => {
      expect(tokenize('ok 😡').map((token) => token.kind)).toEqual([
        'word',
        'emoji',
      ]);
    });
  });

  describe('boundaries', () => {
    it('starts a clause at commas and a sentence at full stops', () => {
      const tokens = tokenize('Ikke billigt, men godt. Tak');
      expect(
        tokens.map((token) => [token.text, token.clause, token.sentence]),
      ).toEqual([
        ['ikke', 0, 0],
        ['billigt', 0, 0],
        ['men', 1, 0],
        ['godt', 1, 0],
        ['tak', 2, 1],
      ]);
    });

    it('starts a sentence at a line break', () => {
      expect(
        tokenize('Titel\nbrødtekst').map((token) => token.sentence),
      ).toEqual([0, 1]);
    });
  });
});
