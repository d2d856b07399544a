import {
  alignRange,
  bucketsBefore,
  bucketStarts,
  ceilTo,
  floorTo,
  nextBucket,
  previousBucket,
  startOfDay,
  wholeDays,
} from './stats-time';

const at = (iso: string) => new Date(iso);
const isos = (dates: Date[]) => dates.map((date) => date.toISOString());

describe('stats time utils', () => {
  describe(startOfDay.name, () => {
    it.each([
      // Winter (UTC+1): a Copenhagen day starts at 23:00 UTC the day before.
      ['2026-01-15T12:00:00Z', '2026-01-14T23:00:00.000Z'],
      ['2026-01-14T23:00:00Z', '2026-01-14T23:00:00.000Z'],
      ['2026-01-14T22:59:59Z', '2026-01-13T23:00:00.000Z'],
      // Summer (UTC+2).
      ['2026-07-01T00:30:00Z', '2026-06-30T22:00:00.000Z'],
      // 29 March 2026 has 23 hours: it starts in winter time, ends in summer time.
      ['2026-03-29T12:00:00Z', '2026-03-28T23:00:00.000Z'],
      ['2026-03-29T22:00:00Z', '2026-03-29T22:00:00.000Z'],
      // 25 October 2026 has 25 hours.
      ['2026-10-25T22:30:00Z', '2026-10-24T22:00:00.000Z'],
      ['2026-10-25T23:00:00Z', '2026-10-25T23:00:00.000Z'],
    ])('puts %s in the Copenhagen day starting %s', (instant, start) => {
      expect(startOfDay(at(instant)).toISOString()).toBe(start);
    });
  });

  describe(floorTo.name, () => {
    it.each([
      ['2026-11-01T08:59:59.999Z', 'hour', '2026-11-01T08:00:00.000Z'],
      ['2026-11-01T08:00:00.000Z', 'hour', '2026-11-01T08:00:00.000Z'],
      ['2026-11-01T08:30:00.000Z', 'day', '2026-10-31T23:00:00.000Z'],
    ] as const)('floors %s to the %s starting %s', (instant, bucket, floor) => {
      expect(floorTo(at(instant), bucket).toISOString()).toBe(floor);
    });
  });

  describe(ceilTo.name, () => {
    it.each([
      ['2026-11-01T08:00:00.001Z', 'hour', '2026-11-01T09:00:00.000Z'],
      ['2026-11-01T08:00:00.000Z', 'hour', '2026-11-01T08:00:00.000Z'],
      ['2026-11-01T08:30:00.000Z', 'day', '2026-11-01T23:00:00.000Z'],
      ['2026-10-31T23:00:00.000Z', 'day', '2026-10-31T23:00:00.000Z'],
    ] as const)('ceils %s to the %s boundary %s', (instant, bucket, ceil) => {
      expect(ceilTo(at(instant), bucket).toISOString()).toBe(ceil);
    });
  });

  describe(nextBucket.name, () => {
    it('steps over days of 23, 24 and 25 hours', () => {
      const starts = [at('2026-03-28T23:00:00Z')];
      for (let n = 0; n < 3; n++)
        starts.push(nextBucket(starts[starts.length - 1]!, 'day'));
      expect(isos(starts)).toEqual([
        '2026-03-28T23:00:00.000Z',
        '2026-03-29T22:00:00.000Z',
        '2026-03-30T22:00:00.000Z',
        '2026-03-31T22:00:00.000Z',
      ]);
      expect(nextBucket(at('2026-10-24T22:00:00Z'), 'day').toISOString()).toBe(
        '2026-10-25T23:00:00.000Z',
      );
    });
  });

  describe(previousBucket.name, () => {
    it.each([
      ['2026-03-29T22:00:00Z', 'day', '2026-03-28T23:00:00.000Z'],
      ['2026-10-25T23:00:00Z', 'day', '2026-10-24T22:00:00.000Z'],
      ['2026-11-01T08:00:00Z', 'hour', '2026-11-01T07:00:00.000Z'],
    ] as const)('steps back from %s by a %s to %s', (start, bucket, before) => {
      expect(previousBucket(at(start), bucket).toISOString()).toBe(before);
    });
  });

  describe(bucketsBefore.name, () => {
    it('steps back whole Copenhagen days over a change of clocks', () => {
      expect(
        bucketsBefore(at('2026-10-26T23:00:00Z'), 2, 'day').toISOString(),
      ).toBe('2026-10-24T22:00:00.000Z');
    });
  });

  describe(bucketStarts.name, () => {
    it('lists every bucket of an aligned range, the last one ending at its end', () => {
      const range = alignRange(
        { from: at('2026-11-01T08:10:00Z'), to: at('2026-11-01T10:05:00Z') },
        'hour',
      );
      expect(isos(bucketStarts(range, 'hour'))).toEqual([
        '2026-11-01T08:00:00.000Z',
        '2026-11-01T09:00:00.000Z',
        '2026-11-01T10:00:00.000Z',
      ]);
      expect(range.to.toISOString()).toBe('2026-11-01T11:00:00.000Z');
    });
  });

  describe(wholeDays.name, () => {
    it('finds the whole Copenhagen days inside an hour-aligned range', () => {
      const days = wholeDays({
        from: at('2026-11-01T05:00:00Z'),
        to: at('2026-11-04T05:00:00Z'),
      });
      expect(isos([days.from, days.to])).toEqual([
        '2026-11-01T23:00:00.000Z',
        '2026-11-03T23:00:00.000Z',
      ]);
    });

    it('is empty at the end of a range without a whole day', () => {
      const to = at('2026-11-02T05:00:00Z');
      const days = wholeDays({ from: at('2026-11-01T05:00:00Z'), to });
      expect(isos([days.from, days.to])).toEqual(isos([to, to]));
    });
  });
});
