import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe(safeHttpUrl.name, () => {
  it.each<[string | null, string | null]>([
    ['https://example.dk/a?b=c', 'https://example.dk/a?b=c'],
    ['http://example.dk', 'http://example.dk/'],
    ['HTTPS://EXAMPLE.DK/Æ', 'https://example.dk/%C3%86'],
    ['javascript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['//example.dk/relative', null],
    ['/relative', null],
    ['ftp://example.dk', null],
    ['', null],
    [null, null],
  ])('%s → %s', (value, expected) => {
    expect(safeHttpUrl(value)).toBe(expected);
  });
});
