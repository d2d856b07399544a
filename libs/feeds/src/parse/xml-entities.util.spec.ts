import { repairXmlEntities } from './xml-entities.util';

describe(repairXmlEntities.name, () => {
  it.each([
    [
      'HTML names as characters',
      '<t>K&oslash;benhavn&nbsp;&mdash; &aring;r</t>',
      '<t>København\u00a0— år</t>',
    ],
    [
      'the XML five untouched',
      '<t a="&quot;">&amp;&lt;&gt;&apos;</t>',
      '<t a="&quot;">&amp;&lt;&gt;&apos;</t>',
    ],
    [
      'numeric references untouched',
      '<t>&#248;&#xF8;</t>',
      '<t>&#248;&#xF8;</t>',
    ],
    [
      'windows-1252 references as their characters',
      '<t>&#150;&#147;</t>',
      '<t>–“</t>',
    ],
    [
      'invalid code points as U+FFFD',
      '<t>&#0;&#xD800;</t>',
      '<t>\uFFFD\uFFFD</t>',
    ],
    ['unknown names as text', '<t>&foo;</t>', '<t>&amp;foo;</t>'],
    ['bare ampersands as text', '<t>AT&T & co</t>', '<t>AT&amp;T &amp; co</t>'],
    [
      'CDATA untouched',
      '<l><![CDATA[https://x.dk/?a=1&b=2&oslash;]]></l>',
      '<l><![CDATA[https://x.dk/?a=1&b=2&oslash;]]></l>',
    ],
    ['comments untouched', '<!-- a & b --><t/>', '<!-- a & b --><t/>'],
    [
      'names that stand for XML-special characters as references',
      '<t>&LT;&AMP;</t>',
      '<t>&#60;&#38;</t>',
    ],
  ])('turns %s', (_case, xml, expected) => {
    expect(repairXmlEntities(xml)).toBe(expected);
  });
});
