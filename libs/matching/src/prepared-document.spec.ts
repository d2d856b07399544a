import { PreparedDocument, prepareDocument } from './prepared-document';

describe(PreparedDocument.name, () => {
  const document = prepareDocument({
    title: 'Vestas og Ørsted',
    text: 'Vindmøller, vind og #Vindkraft. cc @novo@x.social',
    hashtags: ['#DKgrøn', 'vindkraft', ''],
    author: 'Energi Nyt (@energinyt)',
  });

  describe('constructor', () => {
    it('keeps title words before text words, each with offsets into its own field', () => {
      expect(document.keys.slice(0, document.textStart)).toEqual([
        'vestas',
        'og',
        'ørsted',
      ]);
      expect(document.fieldOf(2)).toBe('title');
      expect(document.fieldOf(3)).toBe('text');
      expect(document.text.slice(document.starts[3], document.ends[3])).toBe(
        'Vindmøller',
      );
    });

    it('knows the listed hashtags, and finds the written ones when asked', () => {
      expect([...document.listedTags]).toEqual(['dkgrøn', 'vindkraft']);
      expect(document.listedHashtags.map((listed) => listed.index)).toEqual([
        0, 1,
      ]);
      expect(document.writtenHashtags).toEqual([
        { tag: 'vindkraft', field: 'text', start: 20, end: 30 },
      ]);
      expect(
        ['vindkraft', 'dkgrøn', 'vind'].map((tag) => document.hasHashtag(tag)),
      ).toEqual([true, true, false]);
      expect(
        ['vindkraft', 'dkgrøn'].map((tag) => document.isWrittenHashtag(tag)),
      ).toEqual([true, false]);
    });

    it('finds handles in title, text and author', () => {
      expect(document.handles).toEqual([
        {
          user: 'novo',
          instance: 'x.social',
          field: 'text',
          start: 35,
          end: 49,
        },
        {
          user: 'energinyt',
          instance: null,
          field: 'author',
          start: 12,
          end: 22,
        },
      ]);
    });
  });

  describe('firstIndexOf', () => {
    it('chains the occurrences of a word in reading order', () => {
      const indices: number[] = [];
      for (
        let index = document.firstIndexOf('og');
        index >= 0;
        index = document.nextIndexOf(index)
      )
        indices.push(index);
      expect(indices).toEqual([1, 5]);
      expect(document.firstIndexOf('lego')).toBe(-1);
    });
  });

  describe('wordsWithPrefix', () => {
    it.each([
      ['vind', ['vind', 'vindkraft', 'vindmøller']],
      ['ør', ['ørsted']],
      ['x', ['x']],
      ['zz', []],
    ])('lists the distinct words starting with %j', (prefix, words) => {
      expect(document.wordsWithPrefix(prefix)).toEqual(words);
      expect(document.hasWordWithPrefix(prefix)).toBe(words.length > 0);
    });
  });
});
