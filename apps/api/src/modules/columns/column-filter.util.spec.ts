import { BadRequestException } from '@nestjs/common';
import { readColumnFilter } from './column-filter.util';

const TOPIC = '0b6c3c4e-9d7a-4c55-8f0e-2a1f5b7c9d10';

describe(readColumnFilter.name, () => {
  it.each<[string, unknown, unknown]>([
    ['an empty filter', {}, {}],
    [
      'hashtags in any spelling, each once',
      { hashtag: ['#DKbiz', 'dkbiz', 'GivLivetVidere'] },
      { hashtag: ['dkbiz', 'givlivetvidere'] },
    ],
    ['ids lower-case', { topic: [TOPIC.toUpperCase()] }, { topic: [TOPIC] }],
    [
      'empty lists and nulls left out',
      { kind: [], source: null, sentiment: ['negative'] },
      { sentiment: ['negative'] },
    ],
    [
      'languages lower-case',
      { language: ['DA', 'en'] },
      { language: ['da', 'en'] },
    ],
    [
      'an interest list id, lower-case',
      { list: TOPIC.toUpperCase(), source: [TOPIC] },
      { list: TOPIC, source: [TOPIC] },
    ],
    ['a list left out when null', { list: null }, {}],
  ])('keeps %s', (_, raw, expected) => {
    expect(readColumnFilter(raw)).toEqual(expected);
  });

  it.each<[string, unknown, string]>([
    ['not an object', [], 'filter: must be an object'],
    ['null', null, 'filter: must be an object'],
    ['an unknown field', { q: ['x'] }, 'filter.q: unknown'],
    ['a list that is no id', { list: 'politikere' }, 'filter.list: must be'],
    ['a list of lists', { list: [TOPIC] }, 'filter.list: must be'],
    [
      'a list that is a string',
      { hashtag: 'dkbiz' },
      'filter.hashtag: must be a list',
    ],
    [
      'a hashtag that is none',
      { hashtag: ['a b'] },
      'filter.hashtag: each must be',
    ],
    [
      'a number for a hashtag',
      { hashtag: [7] },
      'filter.hashtag: each must be',
    ],
    [
      'a malformed topic id',
      { topic: ['1'] },
      'filter.topic: each must be a topic id',
    ],
    [
      'an unknown kind',
      { kind: ['friend'] },
      'filter.kind: each must be one of',
    ],
    [
      'a bad sentiment',
      { sentiment: ['angry'] },
      'filter.sentiment: each must be',
    ],
    ['a bad language', { language: ['dan'] }, 'filter.language: each must be'],
    [
      'too many values',
      { hashtag: Array.from({ length: 101 }, (_, i) => `t${i}`) },
      'filter.hashtag: must be a list of at most 100',
    ],
  ])('refuses %s', (_, raw, message) => {
    let error: unknown;
    try {
      readColumnFilter(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error as Error).message).toContain(message);
  });
});
