import type { SentimentLabel } from '@lyt/contracts';
import {
  scoreSentiment,
  SENTIMENT_NEUTRAL_THRESHOLD,
} from './score-sentiment.util';

describe(scoreSentiment.name, () => {
  describe('Danish', () => {
    it.each<[string, SentimentLabel]>([
      ['Vi er rigtig glade for den nye service', 'positive'],
      ['Fantastisk koncert i aftes, tusind tak!', 'positive'],
      ['Super god oplevelse i jeres butik i dag 👍', 'positive'],
      ['Jeg elsker den nye app, den er virkelig nem at bruge', 'positive'],
      ['Kundeservice var hurtig og hjælpsom', 'positive'],
      ['Hvor er det fedt, at I åbner i Odense', 'positive'],
      ['Det er slet ikke dårligt', 'positive'],
      ['Ingen problemer med leveringen denne gang', 'positive'],
      ['Det er ikke godt nok', 'negative'],
      ['Elendig kundeservice, jeg venter stadig', 'negative'],
      ['Jeg er meget skuffet over jeres levering', 'negative'],
      ['Appen fungerer ikke efter opdateringen', 'negative'],
      ['Jeg kan ikke anbefale jer til nogen', 'negative'],
      ['Jeg anbefaler ikke denne butik', 'negative'],
      ['Det hjælper ikke', 'negative'],
      ['Maden var god, men servicen var elendig', 'negative'],
      ['Toget er forsinket igen 😡', 'negative'],
      ['Mødet starter klokken 10', 'neutral'],
      ['Butikken holder åbent til klokken 18 på lørdag', 'neutral'],
      ['Vi flytter kontoret til Aarhus i januar', 'neutral'],
      ['Læs hele artiklen på vores hjemmeside', 'neutral'],
    ])('reads "%s" as %s', (text, label) => {
      expect(scoreSentiment(text, 'da').label).toBe(label);
    });
  });

  describe('English', () => {
    it.each<[string, SentimentLabel]>([
      ['I love this product', 'positive'],
      ['Great service and friendly staff', 'positive'],
      ['Thanks for the quick help, much appreciated', 'positive'],
      ['Absolutely amazing concert last night', 'positive'],
      ['This is not bad at all', 'positive'],
      ['No problems at all with the delivery', 'positive'],
      ['Not only cheap but also really good', 'positive'],
      ['This is not good', 'negative'],
      ['Terrible customer service, still waiting', 'negative'],
      ['I don’t like the new design', 'negative'],
      ["This isn't helpful", 'negative'],
      ['The app does not work after the update', 'negative'],
      ["I can't stand these delays", 'negative'],
      ['Worst experience ever 👎', 'negative'],
      ['The staff were friendly but the food was awful', 'negative'],
      ['Never buying from them again, what a disappointment', 'negative'],
      ['The meeting starts at 10', 'neutral'],
      ['The shop opens at 9 on Saturday', 'neutral'],
      ['We are moving the office to Aarhus in January', 'neutral'],
      ['Read the full article on our website', 'neutral'],
    ])('reads "%s" as %s', (text, label) => {
      expect(scoreSentiment(text, 'en').label).toBe(label);
    });
  });

  describe('negation', () => {
    it.each([
      ['da', 'god', 'ikke god'],
      ['da', 'godt', 'ikke så godt'],
      ['da', 'anbefaler', 'anbefaler ikke'],
      ['en', 'good', 'not very good'],
      ['en', 'like it', "don't like it"],
      ['en', 'like it', 'dont like it'],
    ])('[%s] turns "%s" negative in "%s"', (language, plain, negated) => {
      expect(scoreSentiment(plain, language).score).toBeGreaterThan(0);
      expect(scoreSentiment(negated, language).score).toBeLessThan(0);
    });

    it.each([
      ['da', 'dårligt', 'ikke dårligt'],
      ['en', 'bad', 'not bad'],
    ])(
      '[%s] makes "%s" mildly positive as "%s"',
      (language, plain, negated) => {
        const score = scoreSentiment(negated, language).score;
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThan(-scoreSentiment(plain, language).score);
      },
    );

    it.each([
      ['da', 'Ikke billigt, men godt'],
      ['da', 'Ikke nu. Det er godt'],
      ['da', 'Ikke kun godt, men fantastisk'],
      ['da', 'Det er fedt, ik?'],
      ['en', 'No, this is great'],
      ['en', 'Not only good but great'],
    ])('[%s] leaves the sentiment of "%s" alone', (language, text) => {
      expect(scoreSentiment(text, language).label).toBe('positive');
    });

    it('does not turn an emoji around', () => {
      expect(scoreSentiment('Det virker ikke 😡', 'da').label).toBe('negative');
    });

    it('stops looking for a negator three words back', () => {
      expect(scoreSentiment('ikke at det er godt', 'da').label).toBe(
        'positive',
      );
    });
  });

  describe('weighting', () => {
    it.each([
      ['da', 'glad', 'rigtig glad'],
      ['da', 'godt', 'pisse godt'],
      ['en', 'good', 'very good'],
    ])('[%s] scores "%s" lower than "%s"', (language, plain, intensified) => {
      expect(scoreSentiment(plain, language).score).toBeLessThan(
        scoreSentiment(intensified, language).score,
      );
    });

    it('counts what follows "men" more than what precedes it', () => {
      expect(
        scoreSentiment('Maden var god, men servicen var dårlig', 'da').label,
      ).toBe('negative');
      expect(
        scoreSentiment('Maden var dårlig, men servicen var god', 'da').label,
      ).toBe('positive');
    });

    it('matches the longest phrase instead of its words', () => {
      expect(scoreSentiment('It does not work', 'en').score).toBe(
        scoreSentiment('does not work', 'en').score,
      );
      expect(scoreSentiment('kind of', 'en').label).toBe('neutral');
    });

    it('still registers one clear word in a long neutral text', () => {
      const filler =
        'Bestyrelsen mødes på tirsdag og gennemgår budgettet for næste år. '.repeat(
          20,
        );
      expect(
        scoreSentiment(`${filler} Resultatet var elendigt.`, 'da').label,
      ).toBe('negative');
    });

    it('keeps the score within −1…1', () => {
      const extreme = 'fantastisk '.repeat(500);
      expect(scoreSentiment(extreme, 'da').score).toBeLessThanOrEqual(1);
      expect(
        scoreSentiment(extreme.replace(/fantastisk/g, 'elendig'), 'da').score,
      ).toBeGreaterThanOrEqual(-1);
    });

    it('labels by the neutral threshold', () => {
      for (const text of [
        'godt',
        'elendig',
        'ok',
        'ikke ringe',
        'bedre og værre',
      ]) {
        const { score, label } = scoreSentiment(text, 'da');
        const expected =
          score >= SENTIMENT_NEUTRAL_THRESHOLD
            ? 'positive'
            : score <= -SENTIMENT_NEUTRAL_THRESHOLD
              ? 'negative'
              : 'neutral';
        expect(label).toBe(expected);
      }
    });

    it('scores an empty text neutral at zero', () => {
      expect(scoreSentiment('', 'da')).toEqual({ score: 0, label: 'neutral' });
    });
  });

  describe('language', () => {
    it.each<[string, string, SentimentLabel]>([
      ['da-DK', 'Elendig service', 'negative'],
      ['DA', 'Tak for hjælpen', 'positive'],
      ['nb', 'Tusen takk for hjelpen, veldig fornøyd', 'positive'],
      ['no', 'Dette var ikke bra i det hele tatt', 'negative'],
      ['sv', 'Tack för en härlig dag', 'positive'],
      ['sv', 'Det här var inte bra', 'negative'],
      ['en-GB', 'Lovely day', 'positive'],
    ])(
      'scores a post tagged %s with the matching lexicon: "%s"',
      (language, text, label) => {
        expect(scoreSentiment(text, language).label).toBe(label);
      },
    );

    it.each<[string, SentimentLabel]>([
      ['Elendig kundeservice', 'negative'],
      ['Terrible customer service', 'negative'],
      ['Tak for i dag :)', 'positive'],
      ['Mødet starter klokken 10', 'neutral'],
    ])(
      'picks the lexicon that knows more words when the language is unknown: "%s"',
      (text, label) => {
        expect(scoreSentiment(text, null).label).toBe(label);
      },
    );

    it.each<[string, SentimentLabel]>([
      ['Das ist wirklich gut 👍', 'positive'],
      ['Das ist nicht gut 😡', 'negative'],
      ['Die Bahn ist gut und schnell', 'neutral'],
    ])(
      'counts only the emoji of a language without a lexicon: "%s"',
      (text, label) => {
        expect(scoreSentiment(text, 'de').label).toBe(label);
      },
    );
  });
});
