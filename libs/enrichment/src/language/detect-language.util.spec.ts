import {
  readLanguageSamples,
  type LanguageSample,
} from '../fixtures/language-fixture.util';
import { DETECTABLE_LANGUAGES, detectLanguage } from './detect-language.util';

// Tuning set: the marker words and thresholds were chosen while looking at it.
const TUNING = readLanguageSamples('language-samples.tsv');
// Holdout: written before the heuristics existed and not used to tune them.
const HOLDOUT = readLanguageSamples('language-holdout.tsv');

function accuracy(samples: readonly LanguageSample[]): number {
  return (
    samples.filter(({ expected, text }) => detectLanguage(text) === expected)
      .length / samples.length
  );
}

describe(detectLanguage.name, () => {
  describe('labelled posts', () => {
    it.each([
      ['tuning', TUNING],
      ['holdout', HOLDOUT],
    ])('recognises at least 90%% of the %s set', (_set, samples) => {
      expect(accuracy(samples)).toBeGreaterThanOrEqual(0.9);
    });

    it.each(DETECTABLE_LANGUAGES.map((language) => [language]))(
      'recognises at least 90%% of the %s posts in each set',
      (language) => {
        for (const samples of [TUNING, HOLDOUT]) {
          const ofLanguage = samples.filter(
            ({ expected }) => expected === language,
          );
          expect(ofLanguage.length).toBeGreaterThanOrEqual(10);
          expect(accuracy(ofLanguage)).toBeGreaterThanOrEqual(0.9);
        }
      },
    );

    it('recognises at least 121 of the 122 tuning posts and all 50 holdout posts', () => {
      const correct = (samples: readonly LanguageSample[]) =>
        samples.filter(
          ({ expected, text }) => detectLanguage(text) === expected,
        ).length;
      expect(correct(TUNING)).toBeGreaterThanOrEqual(121);
      expect(correct(HOLDOUT)).toBe(50);
    });

    it('never guesses a wrong language on the labelled sets, at worst it says null', () => {
      const wrong = [...TUNING, ...HOLDOUT].filter(({ expected, text }) => {
        const detected = detectLanguage(text);
        return detected !== null && detected !== expected;
      });
      expect(wrong.length).toBeLessThanOrEqual(1);
    });
  });

  describe('too little to tell', () => {
    it.each([
      ['an empty post', ''],
      ['a thank-you', 'Tak! 🙏'],
      ['emoji', 'OK 👍👍'],
      ['a reply', '@frederik haha ja'],
      ['a short verdict', 'Super godt!'],
      ['a company name', 'Novo Nordisk A/S'],
      ['a link and tags', 'https://example.dk/artikel #dkbiz #cphbiz'],
      [
        'tags and handles only',
        '#dkbiz #cphbiz #givlivetvidere #danskerhverv @novonordisk',
      ],
      ['digits and punctuation', '12345 67890 !!! ??? 2024-01-01'],
    ])('returns null for %s', (_case, text) => {
      expect(detectLanguage(text)).toBeNull();
    });
  });

  describe('ambiguous or foreign', () => {
    it.each([
      ['Danish or Norwegian', 'Det er fint i dag, vi ses senere'],
      ['Danish or Norwegian', 'Han kommer hjem i morgen til middag'],
      ['Danish or Norwegian', 'Vi ses i morgen klokken ti'],
      ['Finnish', 'Kiitos paljon avusta, palvelu oli todella hyvä ja nopea'],
      [
        'French',
        'Merci beaucoup pour votre aide, le service était vraiment excellent',
      ],
      ['Dutch', 'Dank je wel voor de hulp, de service was echt heel goed'],
    ])('returns null for a post that reads as %s: "%s"', (_case, text) => {
      expect(detectLanguage(text)).toBeNull();
    });
  });

  describe('Scandinavian', () => {
    it.each([
      ['da', 'Hvad synes I om det nye logo? Jeg er ikke helt overbevist'],
      ['no', 'Hva synes dere om den nye logoen? Jeg er ikke helt overbevist'],
      ['sv', 'Vad tycker ni om den nya loggan? Jag är inte helt övertygad'],
      ['no', 'Takk for sist! Det var skikkelig koselig å se dere igjen'],
    ])('tells %s from its neighbours: "%s"', (language, text) => {
      expect(detectLanguage(text)).toBe(language);
    });

    it('ignores links, handles and tags when counting letters', () => {
      const padded =
        'Super godt! https://example.dk/meget-lang-adresse @enmegetlangbruger #enmegetlanghashtag';
      expect(detectLanguage(padded)).toBeNull();
    });

    it('looks at the opening of a long article only, and still gets it right', () => {
      const article =
        'Vi er rigtig glade for den nye service hos jer, tak for hjælpen i går. '.repeat(
          200,
        );
      expect(detectLanguage(article)).toBe('da');
    });
  });
});
