import { readOpml, writeOpml } from './opml.util';

/** As Miniflux exports it: feeds in folders (categories), one level deep. */
const MINIFLUX = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
    <head>
        <title>Miniflux</title>
        <dateCreated>Tue, 01 Dec 2026 10:00:00 UTC</dateCreated>
    </head>
    <body>
        <outline text="Nyheder">
            <outline title="DR Nyheder" text="DR Nyheder" xmlUrl="https://www.dr.dk/nyheder/service/feeds/allenyheder" htmlUrl="https://www.dr.dk/" type="rss"></outline>
            <outline title="Børsen &amp; Co" text="Børsen &amp; Co" xmlUrl="https://borsen.dk/rss" htmlUrl="https://borsen.dk/" type="rss"></outline>
        </outline>
        <outline text="Uden mappe" title="Uden mappe" xmlUrl="https://example.dk/feed.xml" type="rss"/>
    </body>
</opml>`;

describe('readOpml', () => {
  it('reads every feed, in folders or not, with its title decoded', () => {
    expect(readOpml(MINIFLUX)).toEqual([
      {
        name: 'DR Nyheder',
        url: 'https://www.dr.dk/nyheder/service/feeds/allenyheder',
      },
      { name: 'Børsen & Co', url: 'https://borsen.dk/rss' },
      { name: 'Uden mappe', url: 'https://example.dk/feed.xml' },
    ]);
  });

  it.each([
    [
      'an entity declaration',
      `<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body/></opml>`,
      /entity/,
    ],
    ['a feed, not OPML', `<rss version="2.0"><channel/></rss>`, /not an OPML/],
    ['no body', `<opml version="2.0"><head/></opml>`, /no <body>/],
    ['text', `hello`, /not an OPML/],
  ])('refuses %s', (_, xml, error) => {
    const result = readOpml(xml);
    expect('error' in result && result.error).toMatch(error);
  });

  it('lists an outline without xmlUrl and without children as a feed without a URL', () => {
    expect(readOpml(`<opml><body><outline text="Tom"/></body></opml>`)).toEqual(
      [{ name: 'Tom', url: null }],
    );
  });

  it('reads back what it writes, escaping names and URLs', () => {
    const sources = [
      { name: 'A & B <"C">', url: 'https://example.dk/feed?a=1&b=2' },
      { name: 'Æblerne', url: 'https://æbler.dk/rss' },
    ];
    expect(readOpml(writeOpml(sources, new Date(0)))).toEqual(sources);
  });
});
