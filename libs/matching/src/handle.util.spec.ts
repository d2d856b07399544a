import { findAuthorHandles, findMentions } from './handle.util';

describe(findMentions.name, () => {
  it.each([
    [
      'a local mention',
      'hej @Novo!',
      [{ user: 'novo', instance: null, start: 4, end: 9 }],
    ],
    [
      'a mention with instance',
      '@novo@x.social svarer',
      [{ user: 'novo', instance: 'x.social', start: 0, end: 14 }],
    ],
    [
      'trims a full stop',
      'tak @novo.',
      [{ user: 'novo', instance: null, start: 4, end: 9 }],
    ],
    [
      'trims a full stop after the instance',
      'tak @novo@x.social.',
      [{ user: 'novo', instance: 'x.social', start: 4, end: 18 }],
    ],
    [
      'a Bluesky handle',
      '@novo.bsky.social',
      [{ user: 'novo.bsky.social', instance: null, start: 0, end: 17 }],
    ],
    [
      'a possessive',
      "@lego's",
      [{ user: 'lego', instance: null, start: 0, end: 5 }],
    ],
    [
      'Danish letters',
      '@Ørsted',
      [{ user: 'ørsted', instance: null, start: 0, end: 7 }],
    ],
    ['no e-mail address', 'skriv til info@novo.dk', []],
    ['no lone @', 'mødes @ 10', []],
  ])('finds %s', (_, text, spans) => {
    expect(findMentions(text)).toEqual(spans);
  });
});

describe(findAuthorHandles.name, () => {
  it.each([
    [
      '@novo@x.social',
      [{ user: 'novo', instance: 'x.social', start: 0, end: 14 }],
    ],
    ['novo', [{ user: 'novo', instance: null, start: 0, end: 4 }]],
    [' @Novo ', [{ user: 'novo', instance: null, start: 1, end: 6 }]],
    [
      'novo@x.social',
      [{ user: 'novo', instance: 'x.social', start: 0, end: 13 }],
    ],
    [
      'Novo Nordisk (@novo)',
      [{ user: 'novo', instance: null, start: 14, end: 19 }],
    ],
    ['Novo Nordisk', []],
    ['', []],
  ])('reads the author %j', (author, spans) => {
    expect(findAuthorHandles(author)).toEqual(spans);
  });
});
