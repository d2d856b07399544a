import { describe, expect, it } from 'vitest';
import { exploreHref } from './explore-link';
import {
  columnFilter,
  EMPTY_SELECTION,
  listFilter,
  readSelection,
  writeSelection,
} from './explore-selection';

const TOPIC = '0b6c3c4e-9d7a-4c55-8f0e-2a1f5b7c9d10';

describe(readSelection.name, () => {
  it.each<[string, Partial<typeof EMPTY_SELECTION>]>([
    ['', {}],
    [
      'hashtag=dkbiz&hashtag=%23GivLivetVidere&sentiment=negative',
      { hashtag: ['dkbiz', 'givlivetvidere'], sentiment: ['negative'] },
    ],
    ['hashtag=dkbiz&hashtag=DKbiz&hashtag=%23', { hashtag: ['dkbiz'] }],
    ['kind=company&kind=friend&sentiment=angry', { kind: ['company'] }],
    ['topic=1&source=%3Cscript%3E&language=danish', {}],
    [
      `topic=${TOPIC.toUpperCase()}&language=DA`,
      { topic: [TOPIC], language: ['da'] },
    ],
    ['q=+gr%C3%B8n+omstilling+', { q: 'grøn omstilling' }],
    [`list=${TOPIC.toUpperCase()}`, { list: TOPIC }],
    ['list=politikere', {}],
    [
      'from=2026-11-01T13%3A00%3A00.000Z&to=yesterday',
      { from: '2026-11-01T13:00:00.000Z' },
    ],
  ])('?%s', (query, expected) => {
    expect(readSelection(new URLSearchParams(query))).toEqual({
      ...EMPTY_SELECTION,
      ...expected,
    });
  });

  it('reads back what exploreHref writes', () => {
    const href = exploreHref({
      topic: [TOPIC],
      hashtag: ['dkbiz'],
      q: 'grøn',
      list: TOPIC,
      from: '2026-11-01T13:00:00.000Z',
    });
    const selection = readSelection(new URLSearchParams(href.split('?')[1]));
    expect(listFilter(selection)).toEqual({
      topic: [TOPIC],
      hashtag: ['dkbiz'],
      q: 'grøn',
      list: TOPIC,
      from: '2026-11-01T13:00:00.000Z',
    });
  });
});

describe(writeSelection.name, () => {
  it('replaces explore’s parameters and keeps the others', () => {
    const next = writeSelection(
      new URLSearchParams('view=columns&hashtag=old&q=x&list=old'),
      { ...EMPTY_SELECTION, hashtag: ['dkbiz', 'dkpol'] },
    );
    expect(next.toString()).toBe('view=columns&hashtag=dkbiz&hashtag=dkpol');
  });
});

describe(columnFilter.name, () => {
  it('keeps the lists and drops free text and dates', () => {
    expect(
      columnFilter({
        ...EMPTY_SELECTION,
        hashtag: ['dkbiz'],
        kind: ['competitor'],
        list: TOPIC,
        q: 'x',
        from: '2026-11-01T00:00:00.000Z',
      }),
    ).toEqual({ hashtag: ['dkbiz'], kind: ['competitor'], list: TOPIC });
  });
});
