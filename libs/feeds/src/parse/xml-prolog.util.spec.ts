import { inspectXmlProlog } from './xml-prolog.util';

describe(inspectXmlProlog.name, () => {
  it.each([
    [
      '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>',
      'rss',
      false,
    ],
    [
      '\n  <!-- generator --><?xml-stylesheet href="x.xsl"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="da">',
      'feed',
      false,
    ],
    [
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
      'rdf:RDF',
      false,
    ],
    [
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/rss-0.91.dtd"><rss>',
      'rss',
      false,
    ],
    ['<!DOCTYPE html><html lang="da">', 'html', false],
    ['<!DOCTYPE rss [<!ENTITY lol "lol">]><rss>', 'rss', true],
    [
      '<!DOCTYPE rss [<!ELEMENT x ANY><!-- ] > --><!ENTITY % p SYSTEM "http://evil/">]><rss>',
      'rss',
      true,
    ],
    [
      '<!DOCTYPE rss [ <!ATTLIST x y CDATA "a>b"> <!entity lol "x"> ]><rss>',
      'rss',
      true,
    ],
    ['Service unavailable', null, false],
    ['', null, false],
  ])('reads %j', (xml, rootName, declaresEntities) => {
    expect(inspectXmlProlog(xml)).toMatchObject({ rootName, declaresEntities });
  });

  it.each([
    ['<!DOCTYPE rss [<!ENTITY lol "lol">]><rss>', false, [['lol', 'lol']]],
    [
      '<!DOCTYPE rss [<!ENTITY a "x &amp; &#248;"><!ENTITY % p SYSTEM "http://evil/"> %p; <!ENTITY e SYSTEM "http://x/">]><rss>',
      false,
      [['a', 'x & ø']],
    ],
    [
      '<!DOCTYPE rss [<!ENTITY a "x"><!ENTITY b "&a;&a;">]><rss>',
      true,
      [['a', 'x']],
    ],
    ['<!DOCTYPE rss [<!ENTITY % p \'<!ENTITY b "x">\'>]><rss>', true, []],
    ['<!DOCTYPE rss [<!ENTITY a "x>]><rss>', true, []],
    ['<!DOCTYPE rss [<!-- <!ENTITY a "&b;"> -->]><rss>', false, []],
  ])(
    'reads the entities of %j (expanding: %j)',
    (xml, expandsEntities, entities) => {
      const prolog = inspectXmlProlog(xml);

      expect(prolog.expandsEntities).toBe(expandsEntities);
      expect([...prolog.entities]).toEqual(entities);
    },
  );

  it('reads the root element attributes', () => {
    expect(
      inspectXmlProlog(
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang=\'da-DK\'>',
      ).rootAttributes,
    ).toEqual({
      xmlns: 'http://www.w3.org/2005/Atom',
      'xml:lang': 'da-DK',
    });
  });
});
