import {
  extractHashtags,
  findHashtags,
  hashtagKey,
  normaliseHashtag,
} from './hashtag.util';

describe(extractHashtags.name, () => {
  it.each([
    ['lower-cases, Unicode-aware', '#DKbiz og #ÆRØ', ['dkbiz', 'ærø']],
    ['keeps the first of repeats, in order', '#b #a #B #a', ['b', 'a']],
    [
      'keeps digits and underscores',
      '#give_livet_videre #covid19',
      ['give_livet_videre', 'covid19'],
    ],
    ['needs a letter', '#2024 #1_000', []],
    ['is not preceded by a letter or digit', 'a#b 1#c', []],
    ['is not a URL fragment', 'https://lyt.dk/#top lyt.dk/#tag', []],
    ['may follow punctuation', '(#novo) "#lego", ##dk', ['novo', 'lego', 'dk']],
    [
      'ends at an apostrophe or a hyphen',
      "#LEGO's #novo-nordisk",
      ['lego', 'novo'],
    ],
    ['finds nothing without #', 'no tags here', []],
  ])('%s', (_, text, tags) => {
    expect(extractHashtags(text)).toEqual(tags);
  });
});

describe(findHashtags.name, () => {
  it('gives the offsets of each written hashtag, # included', () => {
    expect(findHashtags('Hej #Ørsted og #dkbiz')).toEqual([
      { tag: 'ørsted', start: 4, end: 11 },
      { tag: 'dkbiz', start: 15, end: 21 },
    ]);
  });
});

describe(hashtagKey.name, () => {
  it.each([
    ['dkbiz', { tag: 'dkbiz', start: 0, end: 5 }],
    ['#DKbiz', { tag: 'dkbiz', start: 1, end: 6 }],
    [' #Ærø ', { tag: 'ærø', start: 2, end: 5 }],
    ['#', { tag: '', start: 1, end: 1 }],
  ])('reads the listed hashtag %j', (listed, key) => {
    expect(hashtagKey(listed)).toEqual(key);
  });
});

describe(normaliseHashtag.name, () => {
  it.each<[string, string | null]>([
    ['dkbiz', 'dkbiz'],
    ['#DKbiz', 'dkbiz'],
    [' #GivLivetVidere ', 'givlivetvidere'],
    ['#ÆRØ', 'ærø'],
    ['covid_19', 'covid_19'],
    ['#', null],
    ['', null],
    ['2024', null],
    ['dk biz', null],
    ['##dkbiz', null],
    ['novo-nordisk', null],
    ['a#b', null],
  ])('%p → %p', (written, tag) => {
    expect(normaliseHashtag(written)).toBe(tag);
  });
});
