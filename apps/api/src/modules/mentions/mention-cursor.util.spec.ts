import { decodeCursor, encodeCursor } from './mention-cursor.util';

describe(encodeCursor.name, () => {
  it.each([
    ['now, to the microsecond', '1793520000123456', '42'],
    ['before 1970', '-2195942399500000', '1'],
    [
      'the last instant PostgreSQL stores',
      '9224318015999999999',
      '9223372036854775807',
    ],
  ])('round-trips %s', (_, publishedAtMicros, seq) => {
    const cursor = encodeCursor({ publishedAtMicros, seq });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ publishedAtMicros, seq });
  });
});

describe('the most-engaging order', () => {
  it.each([
    ['a post with counts', '1793520000123456', '42', '1200'],
    ['a post without counts', '1793520000123456', '7', '-1'],
  ])(
    'round-trips %s with its count first',
    (_, publishedAtMicros, seq, engagement) => {
      const cursor = encodeCursor({ publishedAtMicros, seq, engagement });
      expect(decodeCursor(cursor)).toEqual({
        publishedAtMicros,
        seq,
        engagement,
      });
    },
  );
});

describe(decodeCursor.name, () => {
  const raw = (text: string) => Buffer.from(text).toString('base64url');

  it.each([
    ['not base64url', 'a+b/c='],
    ['empty', ''],
    ['without a seq', raw('1793520000123456')],
    ['with text', raw('soon.1')],
    ['with a fraction', raw('1.5.1')],
    ['before timestamptz begins', raw('-210866803200000001.1')],
    ['after timestamptz ends', raw('9224318016000000000.1')],
    ['with a seq beyond bigint', raw('1.9223372036854775808')],
    ['with a negative count below -1', raw('e-2.1.1')],
    ['with a count and nothing else', raw('e5.1')],
  ])('refuses a cursor %s', (_, cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});
