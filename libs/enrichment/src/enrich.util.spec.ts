import { enrich, type EnrichInput } from './enrich.util';

describe(enrich.name, () => {
  describe('language', () => {
    it.each<[string, EnrichInput, string | null]>([
      [
        'keeps the declared language',
        { text: 'Great service', language: 'en' },
        'en',
      ],
      [
        'reduces a declared tag to ISO 639-1',
        { text: 'Godt', language: 'da-DK' },
        'da',
      ],
      ['keeps a declared nb', { text: 'Veldig bra', language: 'nb' }, 'nb'],
      [
        'detects it when the feed declares none',
        {
          title: null,
          text: 'Vi er rigtig glade for den nye service hos jer, tak for hjælpen',
        },
        'da',
      ],
      [
        'detects it when the declared tag says nothing',
        { text: 'I love the new opening hours at your shop', language: 'und' },
        'en',
      ],
      [
        'says null when the post is too short to tell',
        { text: 'Tak! 🙏', language: null },
        null,
      ],
      [
        'detects from title and text together',
        {
          title: 'Ny butik i Aarhus',
          text: 'Vi åbner på lørdag og glæder os til at se jer',
          language: null,
        },
        'da',
      ],
    ])('%s', (_case, item, language) => {
      expect(enrich(item).language).toBe(language);
    });
  });

  describe('sentiment', () => {
    it('scores title and text together', () => {
      const { sentiment } = enrich({
        title: 'Elendig service',
        text: 'Mødet starter klokken 10',
        language: 'da',
      });
      expect(sentiment.label).toBe('negative');
    });

    it('does not count a title twice when the text repeats it', () => {
      const repeated = enrich({
        title: 'Elendig service',
        text: 'Elendig service hos DSB i dag',
        language: 'da',
      });
      const once = enrich({
        title: null,
        text: 'Elendig service hos DSB i dag',
        language: 'da',
      });
      expect(repeated.sentiment).toEqual(once.sentiment);
    });

    it('keeps a negation in the title from reaching into the text', () => {
      const { sentiment } = enrich({
        title: 'Ikke',
        text: 'godt',
        language: 'da',
      });
      expect(sentiment.label).toBe('positive');
    });

    it('scores with the detected language', () => {
      const { language, sentiment } = enrich({
        text: 'The customer service was terrible and nobody answered my emails',
      });
      expect(language).toBe('en');
      expect(sentiment.label).toBe('negative');
    });

    it('falls back to both lexicons when the language stays unknown', () => {
      expect(enrich({ text: 'Elendig service!' })).toEqual({
        language: null,
        sentiment: expect.objectContaining({ label: 'negative' }),
      });
    });
  });
});
