import type { AlertSelection } from '@lyt/contracts';
import {
  EMPTY_SELECTION,
  meetsSelection,
  SelectionCandidate,
} from './alert-selection.util';

const COMPANY = '00000000-0000-4000-8000-000000000001';
const RIVAL = '00000000-0000-4000-8000-000000000002';
const SOURCE = '00000000-0000-4000-8000-00000000000a';

const item: SelectionCandidate = {
  topics: [{ id: COMPANY, kind: 'company' }],
  hashtags: ['dkbiz', 'nordlys'],
  sentiment: 'negative',
  language: 'da',
  sourceId: SOURCE,
};

describe(meetsSelection.name, () => {
  it.each<
    [string, Partial<AlertSelection>, Partial<SelectionCandidate>, boolean]
  >([
    ['an empty selection takes every mention', {}, {}, true],
    ['an item without a topic is no mention', {}, { topics: [] }, false],
    ['its topic', { topics: [COMPANY] }, {}, true],
    ['another topic', { topics: [RIVAL] }, {}, false],
    ['any of the topics', { topics: [RIVAL, COMPANY] }, {}, true],
    ['its kind', { kinds: ['company'] }, {}, true],
    ['another kind', { kinds: ['competitor'] }, {}, false],
    ['one of its hashtags', { hashtags: ['nordlys'] }, {}, true],
    ['none of its hashtags', { hashtags: ['givlivetvidere'] }, {}, false],
    [
      'negative mentions of the company',
      { kinds: ['company'], sentiment: ['negative'] },
      {},
      true,
    ],
    [
      'negative, when it is positive',
      { sentiment: ['negative'] },
      { sentiment: 'positive' },
      false,
    ],
    [
      'a sentiment, when it has none',
      { sentiment: ['neutral'] },
      { sentiment: null },
      false,
    ],
    ['its language', { language: ['da', 'en'] }, {}, true],
    [
      'a language, when none was detected',
      { language: ['da'] },
      { language: null },
      false,
    ],
    ['its source', { sources: [SOURCE] }, {}, true],
    ['another source', { sources: [RIVAL] }, {}, false],
    [
      'every field must hold',
      { kinds: ['company'], hashtags: ['other'] },
      {},
      false,
    ],
  ])('%s', (_, selection, changes, expected) => {
    expect(
      meetsSelection(
        { ...EMPTY_SELECTION, ...selection },
        { ...item, ...changes },
      ),
    ).toBe(expected);
  });

  describe('interest lists', () => {
    const MEDIA = '00000000-0000-4000-8000-0000000000b1';
    const POLITICIANS = '00000000-0000-4000-8000-0000000000b2';
    const GONE = '00000000-0000-4000-8000-0000000000b3';
    const listSources = new Map([
      [MEDIA, new Set([SOURCE])],
      [POLITICIANS, new Set([RIVAL])],
    ]);

    it.each<[string, Partial<AlertSelection>, boolean]>([
      ['a list its source is on', { lists: [MEDIA] }, true],
      ['a list its source is not on', { lists: [POLITICIANS] }, false],
      ['any of the lists', { lists: [POLITICIANS, MEDIA] }, true],
      ['a deleted list matches nothing', { lists: [GONE] }, false],
      [
        'a list and a source both narrow',
        { lists: [MEDIA], sources: [RIVAL] },
        false,
      ],
      [
        'a list and the rest of the selection',
        { lists: [MEDIA], sentiment: ['negative'] },
        true,
      ],
    ])('%s', (_, selection, expected) => {
      expect(
        meetsSelection({ ...EMPTY_SELECTION, ...selection }, item, listSources),
      ).toBe(expected);
    });
  });
});
