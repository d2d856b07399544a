import { parseFeedDate, resolvePublishedAt } from './feed-date.util';

describe(parseFeedDate.name, () => {
  it.each([
    ['Mon, 03 Mar 2025 10:00:00 +0100', '2025-03-03T09:00:00.000Z'],
    ['Mon, 03 Mar 2025 10:00:00 GMT', '2025-03-03T10:00:00.000Z'],
    ['Mon, 03 Mar 2025 10:00:00 CET', '2025-03-03T09:00:00.000Z'],
    ['Tue, 06 May 2025 10:00:00 CEST', '2025-05-06T08:00:00.000Z'],
    ['Mon, 3 Mar 2025 10:00 EST', '2025-03-03T15:00:00.000Z'],
    ['03 Mar 25 10:00:00 +0000', '2025-03-03T10:00:00.000Z'],
    ['man, 03 okt 2025 10:00:00 +0200', '2025-10-03T08:00:00.000Z'],
    ['05 Mar 2025 08:44 +0000', '2025-03-05T08:44:00.000Z'],
    ['Mon, 03 Mar 2025 10:00:00', '2025-03-03T10:00:00.000Z'],
    ['2025-03-03T10:00:00+01:00', '2025-03-03T09:00:00.000Z'],
    ['2025-03-03T10:00:00.123Z', '2025-03-03T10:00:00.123Z'],
    ['2025-03-03T10:00:00', '2025-03-03T10:00:00.000Z'],
    ['2025-03-03 10:00:00', '2025-03-03T10:00:00.000Z'],
    ['2025-03-03', '2025-03-03T00:00:00.000Z'],
    ['March 3, 2025 10:00 GMT', '2025-03-03T10:00:00.000Z'],
    ['week 12', null],
    ['i sidste uge', null],
    ['2025', null],
    ['', null],
    [null, null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseFeedDate(text)?.toISOString() ?? null).toBe(expected);
  });
});

describe(resolvePublishedAt.name, () => {
  const now = new Date('2025-03-05T12:00:00.000Z');

  it.each([
    [
      'published over updated',
      '2025-03-01T00:00:00Z',
      '2025-03-02T00:00:00Z',
      '2025-03-01T00:00:00.000Z',
    ],
    [
      'updated when published is missing',
      null,
      '2025-03-02T00:00:00Z',
      '2025-03-02T00:00:00.000Z',
    ],
    [
      'updated when published is unreadable',
      'snart',
      '2025-03-02T00:00:00Z',
      '2025-03-02T00:00:00.000Z',
    ],
    ['now when both are missing', null, null, '2025-03-05T12:00:00.000Z'],
    [
      'a date less than a day ahead',
      '2025-03-06T11:59:00Z',
      null,
      '2025-03-06T11:59:00.000Z',
    ],
    [
      'now for a date more than a day ahead',
      '2025-03-06T12:00:01Z',
      null,
      '2025-03-05T12:00:00.000Z',
    ],
  ])('takes %s', (_case, published, updated, expected) => {
    expect(resolvePublishedAt(published, updated, now)).toBe(expected);
  });
});
