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
    ['Hvad synes I om det nye logo?', { firstPerson: true, question: true }],
    ['Tak fordi I kom!', { firstPerson: true, exclamation: true }],
    ['I morgen åbner butikken', {}],
    ['Butikken åbner. I morgen er der kage', {}],
    ['Vi ses i Aarhus', { firstPerson: true }],
    ['Tak til mit team', { firstPerson: true }],
    ['Min første dag', { firstPerson: true }],
    ['Giv mig fem minutter', { firstPerson: true }],
    ['Læsetid: 5 min', {}],
    ['Læsetid 5min', {}],
    ['Ny version af OS X', {}],
    ['Kontoret ligger i Vejle', {}],
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
    ['Yes. I agree', true],
    ["We're hiring", true],
    ['Join us on Friday', true],
    ['Our new office', true],
    ['Meet me there', true],
    ['My first week', true],
    ['It is in the report', false],
    ['Made in the US', false],
  ])('reads %j as first person: %s', (text, expected) => {
    expect(postSignals(text, 'en').firstPerson).toBe(expected);
  });

  it.each([
    ['I morgen', true],
    ['Hvad med i morgen', false],
  ])(
    'counts a capital I wherever it stands when the language is unknown: %j',
    (text, expected) => {
      expect(postSignals(text, null).firstPerson).toBe(expected);
    },
  );
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
