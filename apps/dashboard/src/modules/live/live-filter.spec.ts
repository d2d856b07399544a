import type { InterestList } from '@lyt/contracts';
import { describe, expect, it } from 'vitest';
import { columnLiveFilter, NO_SOURCE } from './live-filter';

const LIST = '5f0c2a8e-1b3d-4c6e-8a9b-0d1e2f3a4b5c';
const MEDIA = '11111111-2222-4333-8444-555555555555';
const PARTY = '66666666-7777-4888-8999-aaaaaaaaaaaa';
const lists: InterestList[] = [
  {
    id: LIST,
    name: 'Branchemedier',
    sourceIds: [MEDIA, PARTY],
    accountIds: [],
    createdAt: '2026-11-01T00:00:00.000Z',
  },
];

describe(columnLiveFilter.name, () => {
  it('follows a list as its sources', () => {
    expect(columnLiveFilter({ list: LIST }, lists).sources).toEqual([
      MEDIA,
      PARTY,
    ]);
  });

  it('narrows a list by the column’s own sources', () => {
    expect(
      columnLiveFilter({ list: LIST, source: [PARTY] }, lists).sources,
    ).toEqual([PARTY]);
  });

  it.each<[string, readonly InterestList[] | undefined]>([
    ['not loaded yet', undefined],
    ['gone', []],
    ['empty', [{ ...lists[0], sourceIds: [] }]],
  ])('wants nothing while the list is %s', (_, known) => {
    expect(columnLiveFilter({ list: LIST }, known).sources).toEqual([
      NO_SOURCE,
    ]);
  });

  it('keeps the column’s sources without a list', () => {
    expect(columnLiveFilter({ source: [MEDIA] }).sources).toEqual([MEDIA]);
  });
});
