import {
  charsetFromContentType,
  charsetFromXmlDeclaration,
  decodeFeedBody,
} from './charset.util';

const latin1 = (text: string) => Buffer.from(text, 'latin1');
const cp1252 = (text: string) =>
  Buffer.from(
    text.replace('€', '\x80').replace('“', '\x93').replace('”', '\x94'),
    'latin1',
  );

describe(decodeFeedBody.name, () => {
  it.each([
    [
      'UTF-8 without any declaration',
      Buffer.from('<rss>æøå</rss>'),
      null,
      '<rss>æøå</rss>',
      'utf-8',
      'default',
    ],
    [
      'the HTTP charset',
      latin1('<rss>æøå</rss>'),
      'text/xml; charset=ISO-8859-1',
      '<rss>æøå</rss>',
      'windows-1252',
      'header',
    ],
    [
      'a quoted HTTP charset',
      latin1('<rss>æøå</rss>'),
      'text/xml; charset="latin1"',
      '<rss>æøå</rss>',
      'windows-1252',
      'header',
    ],
    [
      'the XML declaration',
      cp1252('<?xml version="1.0" encoding="windows-1252"?><rss>“50 €”</rss>'),
      'application/rss+xml',
      '<?xml version="1.0" encoding="windows-1252"?><rss>“50 €”</rss>',
      'windows-1252',
      'xml-declaration',
    ],
    [
      'the HTTP charset over the XML declaration',
      Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><rss>æ</rss>'),
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="iso-8859-1"?><rss>æ</rss>',
      'utf-8',
      'header',
    ],
    [
      'a UTF-8 BOM, which is dropped',
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from('<rss>å</rss>'),
      ]),
      null,
      '<rss>å</rss>',
      'utf-8',
      'bom',
    ],
    [
      'a UTF-16LE BOM',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('<rss>ø</rss>', 'utf16le'),
      ]),
      null,
      '<rss>ø</rss>',
      'utf-16le',
      'bom',
    ],
    [
      'windows-1252 when undeclared bytes are not UTF-8',
      latin1('<rss>Søren</rss>'),
      null,
      '<rss>Søren</rss>',
      'windows-1252',
      'fallback',
    ],
    [
      'UTF-8 when the declared charset is unknown',
      Buffer.from('<rss>ø</rss>'),
      'text/xml; charset=klingon',
      '<rss>ø</rss>',
      'utf-8',
      'default',
    ],
  ])('decodes by %s', (_case, bytes, contentType, text, charset, source) => {
    expect(decodeFeedBody(bytes, contentType)).toEqual({
      text,
      charset,
      source,
    });
  });
});

describe(charsetFromContentType.name, () => {
  it.each([
    ['application/rss+xml; charset=UTF-8', 'utf-8'],
    ['text/xml;charset=iso-8859-1', 'windows-1252'],
    ['text/xml', null],
    [null, null],
  ])('reads %j as %j', (contentType, expected) => {
    expect(charsetFromContentType(contentType)).toBe(expected);
  });
});

describe(charsetFromXmlDeclaration.name, () => {
  it.each([
    ['<?xml version="1.0" encoding="ISO-8859-1"?><rss/>', 'windows-1252'],
    ["  <?xml version='1.0' encoding='utf-8' standalone='yes'?>", 'utf-8'],
    ['<?xml version="1.0"?><rss/>', null],
    ['<rss encoding="latin1"/>', null],
  ])('reads %j as %j', (xml, expected) => {
    expect(charsetFromXmlDeclaration(Buffer.from(xml))).toBe(expected);
  });
});
