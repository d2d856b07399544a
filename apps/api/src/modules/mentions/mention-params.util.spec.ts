import { BadRequestException } from '@nestjs/common';
import { encodeCursor } from './mention-cursor.util';
import {
  parseMentionExportQuery,
  parseMentionListQuery,
  type RawQuery,
} from './mention-params.util';

const TOPIC = '0b9d6f4e-3c1a-4b8e-9f2d-5a6b7c8d9e0f';
const SOURCE = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

function problem(
  query: RawQuery,
  parse: (query: RawQuery) => unknown = parseMentionListQuery,
): string {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof BadRequestException) return error.message;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(query)}`);
}

describe(parseMentionListQuery.name, () => {
  it('gives the newest 50 of every mention without parameters', () => {
    expect(parseMentionListQuery({})).toEqual({
      filter: {
        topics: [],
        kinds: [],
        hashtags: [],
        sources: [],
        sentiments: [],
        languages: [],
      },
      after: null,
      limit: 50,
      sort: 'newest',
    });
  });

  it.each<[string, RawQuery, object]>([
    ['a repeated topic', { topic: [TOPIC, TOPIC] }, { topics: [TOPIC] }],
    [
      'an upper-case UUID',
      { source: SOURCE.toUpperCase() },
      { sources: [SOURCE] },
    ],
    [
      'kinds',
      { kind: ['company', 'industry'] },
      { kinds: ['company', 'industry'] },
    ],
    [
      'hashtags written with # and capitals',
      { hashtag: ['#DKbiz', 'givlivetvidere', '#ÆRØ'] },
      { hashtags: ['dkbiz', 'givlivetvidere', 'ærø'] },
    ],
    ['sentiments', { sentiment: 'negative' }, { sentiments: ['negative'] }],
    ['languages', { language: ['DA', 'en'] }, { languages: ['da', 'en'] }],
    ['free text, trimmed', { q: '  fabrikker ' }, { q: 'fabrikker' }],
    [
      'empty values as not given',
      { q: '', kind: ['', 'custom'] },
      { kinds: ['custom'] },
    ],
    [
      'a date as midnight UTC',
      { from: '2026-11-01' },
      { from: new Date('2026-11-01T00:00:00Z') },
    ],
    [
      'a time without offset as UTC',
      { to: '2026-11-01T08:30' },
      { to: new Date('2026-11-01T08:30:00Z') },
    ],
    [
      'an offset, also one whose + arrived as a space',
      { from: '2026-11-01T09:00:00+01:00', to: '2026-11-01T10:00:00 0100' },
      {
        from: new Date('2026-11-01T08:00:00Z'),
        to: new Date('2026-11-01T09:00:00Z'),
      },
    ],
    [
      'fractions of a second',
      { from: '2026-11-01T08:00:00.123456Z' },
      { from: new Date('2026-11-01T08:00:00.123Z') },
    ],
  ])('reads %s', (_, query, filter) => {
    expect(parseMentionListQuery(query).filter).toMatchObject(filter);
  });

  it('reads a limit and a cursor it gave out', () => {
    const cursor = encodeCursor({
      publishedAtMicros: '1793520000123456',
      seq: '42',
    });
    expect(parseMentionListQuery({ limit: '200', cursor })).toMatchObject({
      limit: 200,
      after: { publishedAtMicros: '1793520000123456', seq: '42' },
    });
  });

  it.each<[RawQuery, string]>([
    [
      { kind: 'partner' },
      'kind: must be one of company, competitor, industry, custom',
    ],
    [{ kind: ['company', 'partner'] }, 'kind: must be one of'],
    [{ topic: 'novo' }, 'topic: must be a UUID'],
    [{ source: '42' }, 'source: must be a UUID'],
    [
      { sentiment: 'happy' },
      'sentiment: must be one of positive, neutral, negative',
    ],
    [{ language: 'dansk' }, 'language: must be a two-letter ISO 639-1 code'],
    [{ hashtag: '#' }, 'hashtag: "#" is not a hashtag'],
    [{ hashtag: 'dk biz' }, 'hashtag: "dk biz" is not a hashtag'],
    [{ hashtag: '2024' }, 'hashtag: "2024" is not a hashtag'],
    [{ hashtag: '#a#b' }, 'hashtag: "#a#b" is not a hashtag'],
    [{ q: ['a', 'b'] }, 'q: must be given once'],
    [{ q: 'x'.repeat(501) }, 'q: must be at most 500 characters'],
    [{ q: 'a\u0000b' }, 'q: must not contain a NUL character'],
    [{ from: 'yesterday' }, 'from: must be an ISO 8601 date or time'],
    [{ from: '2026-02-30' }, 'from: must be an ISO 8601 date or time'],
    [{ to: '2026-11-01T24:00:00Z' }, 'to: must be an ISO 8601 date or time'],
    [
      { to: '2026-11-01T08:00:00+25:00' },
      'to: must be an ISO 8601 date or time',
    ],
    [{ to: '1 November 2026' }, 'to: must be an ISO 8601 date or time'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'from: must not be after to'],
    [{ limit: '0' }, 'limit: must be a whole number from 1 to 200'],
    [{ limit: '201' }, 'limit: must be a whole number from 1 to 200'],
    [{ limit: '1.5' }, 'limit: must be a whole number from 1 to 200'],
    [{ limit: '-1' }, 'limit: must be a whole number from 1 to 200'],
    [{ limit: ['10', '20'] }, 'limit: must be given once'],
    [{ cursor: 'nope!' }, 'cursor: invalid'],
    [{ cursor: Buffer.from('x.1').toString('base64url') }, 'cursor: invalid'],
    [
      {
        cursor: encodeCursor({
          publishedAtMicros: '1',
          seq: '99999999999999999999',
        }),
      },
      'cursor: invalid',
    ],
    [{ topic: { $ne: '' } }, 'topic: must be a plain value'],
    [{ tpoic: TOPIC }, 'tpoic: unknown parameter'],
  ])('refuses %j naming the field', (query, message) => {
    expect(problem(query)).toContain(message);
  });
});

describe(parseMentionExportQuery.name, () => {
  it('reads the same filters', () => {
    expect(
      parseMentionExportQuery({ hashtag: '#DKbiz', kind: 'company' }),
    ).toMatchObject({
      hashtags: ['dkbiz'],
      kinds: ['company'],
    });
  });

  it.each(['cursor', 'limit'])(
    'has no %s: an export has every match',
    (name) => {
      expect(problem({ [name]: '1' }, parseMentionExportQuery)).toContain(
        `${name}: unknown parameter`,
      );
    },
  );
});
