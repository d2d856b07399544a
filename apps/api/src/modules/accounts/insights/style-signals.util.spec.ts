import { postSignals, styleOf } from './style-signals.util';

const none = {
  firstPerson: false,
  question: false,
  exclamation: false,
  emoji: false,
  humour: false,
};

describe(postSignals.name, () => {
  it.each([
    ['Kvartalsrapporten for 3. kvartal er offentliggjort.', {}],
    ['Vi har åbnet i Aarhus!', { firstPerson: true, exclamation: true }],
    ['Jeg glæder mig til konferencen', { firstPerson: true }],
    ['Mød os i hal 3 i morgen', { firstPerson: true }],
    ['Hvad synes I om det nye logo?', { firstPerson: false, question: true }],
    ['Vinteren er kommet 🎄', { emoji: true }],
    ['Mandag igen haha', { humour: true }],
    ['Det var ikke planen 😂', { emoji: true, humour: true }],
    ['Kaffen er kold ;-)', { humour: true }],
    ['Vigtig info om vores åbningstider', { firstPerson: true }],
    ['Osteanretningen er klar', {}],
    ['Vindmøller i vinden', {}],
  ])('reads %j', (text, expected) => {
    expect(postSignals(text, 'da')).toEqual({ ...none, ...expected });
  });
});

describe('postSignals in English', () => {
  it.each([
    ['I think so', true],
    ["I'm in", true],
    ['It is in the report', false],
  ])('reads %j as first person: %s', (text, expected) => {
    expect(postSignals(text, 'en').firstPerson).toBe(expected);
  });
});

describe(styleOf.name, () => {
  it('gives the share of posts with each trait', () => {
    expect(
      styleOf(
        ['Vi er glade!', 'Ny rapport.', 'Hvorfor? 😂', 'Haha'].map((text) => ({
          text,
          language: 'da',
        })),
      ),
    ).toEqual({
      firstPerson: 0.25,
      questions: 0.25,
      exclamations: 0.25,
      emoji: 0.25,
      humour: 0.5,
    });
  });

  it('is null without posts', () => {
    expect(styleOf([])).toBeNull();
  });
});
