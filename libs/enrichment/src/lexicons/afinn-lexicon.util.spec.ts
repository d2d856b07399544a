import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AFINN_DA_TSV } from './afinn-da.generated';
import { AFINN_EN_TSV } from './afinn-en.generated';
import { afinnLexicon, parseAfinn, sentimentLexicon, type LexiconLanguage } from './afinn-lexicon.util';
import { LEXICON_SUPPLEMENT } from './lexicon-supplement.constant';

describe(afinnLexicon.name, () => {
  describe('counts', () => {
    it.each<[LexiconLanguage, number]>([
      ['da', 3552],
      ['en', 3382],
    ])('loads every entry of AFINN-%s (%i)', (language, entries) => {
      const lexicon = afinnLexicon(language);
      const phraseCount = [...lexicon.phrases.values()].reduce((sum, list) => sum + list.length, 0);
      expect(lexicon.size).toBe(entries);
      expect(lexicon.words.size + phraseCount).toBe(entries);
    });
  });

  describe('entries', () => {
    it.each<[LexiconLanguage, string, number]>([
      ['da', 'elendig', -3],
      ['da', 'ødelagt', -2],
      ['da', 'ikke-godkendt', -2],
      ['en', 'cover-up', -3],
      ['en', 'good', 3],
    ])('gives AFINN-%s "%s" its valence', (language, word, valence) => {
      expect(afinnLexicon(language).words.get(word)).toBe(valence);
    });

    it.each<[LexiconLanguage, string, number]>([
      ['da', 'ikke god', -2],
      ['da', 'fungerer ikke', -3],
      ['da', 'nåede op på', 1],
      ['en', 'does not work', -3],
      ['en', "can't stand", -3],
    ])('keeps the AFINN-%s phrase "%s" as a phrase', (language, phrase, valence) => {
      const tokens = phrase.split(' ');
      const found = afinnLexicon(language)
        .phrases.get(tokens[0])
        ?.find((candidate) => candidate.tokens.join(' ') === phrase);
      expect(found?.valence).toBe(valence);
    });

    it('orders the phrases of one first word longest first', () => {
      const lengths = afinnLexicon('en')
        .phrases.get('fucking')!
        .map((phrase) => phrase.tokens.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    });

    it('parses once and then reuses the lexicon', () => {
      expect(afinnLexicon('da')).toBe(afinnLexicon('da'));
    });
  });

  describe('generated modules', () => {
    // tsc does not copy the .txt files into dist/, so the code reads these
    // modules; they must say exactly what the shipped .txt files say.
    it.each([
      ['AFINN-da-32.txt', AFINN_DA_TSV],
      ['AFINN-en-165.txt', AFINN_EN_TSV],
    ])('matches %s (else run node libs/enrichment/scripts/build-lexicons.mjs)', (file, generated) => {
      expect(generated).toBe(readFileSync(join(__dirname, file), 'utf8'));
    });
  });
});

describe(parseAfinn.name, () => {
  describe('input', () => {
    it('skips blank lines', () => {
      expect(parseAfinn('god\t3\n\nikke god\t-2\n').size).toBe(2);
    });

    it.each([
      ['a line without a valence', 'god'],
      ['a valence that is not a number', 'god\tmeget'],
      ['an entry without a word', '!!\t3'],
    ])('rejects %s', (_case, tsv) => {
      expect(() => parseAfinn(tsv)).toThrow('malformed AFINN line');
    });
  });
});

describe(sentimentLexicon.name, () => {
  describe('supplement', () => {
    it('adds every supplement entry to the Danish lexicon', () => {
      expect(sentimentLexicon('da').size).toBe(3552 + LEXICON_SUPPLEMENT.da.length);
    });

    it('scores each entry as its AFINN basis and adds no word AFINN already has', () => {
      const wrong = LEXICON_SUPPLEMENT.da.filter(
        ({ entry, basis, basisLexicon = 'da' }) =>
          afinnLexicon('da').words.has(entry) ||
          afinnLexicon(basisLexicon).words.get(basis) === undefined ||
          sentimentLexicon('da').words.get(entry) !== afinnLexicon(basisLexicon).words.get(basis),
      );
      expect(wrong).toEqual([]);
    });

    it('leaves the English lexicon as AFINN has it', () => {
      expect(sentimentLexicon('en').words).toEqual(afinnLexicon('en').words);
    });
  });
});
