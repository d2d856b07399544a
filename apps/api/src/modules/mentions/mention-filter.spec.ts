import { normaliseHashtag } from './mention-filter';

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
