import type { OutgoingHttpHeaders } from 'node:http';
import {
  fixture,
  type FixtureServer,
  serveFixture,
  startFixtureServer,
} from '../../test/fixture-server';
import { FeedError } from '../feed-error';
import { fetchFeed } from '../fetch/feed-fetcher';
import {
  type ParsedFeed,
  parseFeed,
  type ParseFeedOptions,
} from './feed-parser';

const NOW = new Date('2025-03-05T12:00:00.000Z');

async function failureOf(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected parsing to fail');
}

describe(parseFeed.name, () => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
  });

  afterAll(async () => {
    await server.close();
  });

  /** Serves a fixture file over HTTP, fetches it like the collector does, and parses it. */
  async function fetchAndParse(
    name: string,
    headers: OutgoingHttpHeaders = {},
    options: ParseFeedOptions = {},
  ): Promise<ParsedFeed> {
    server.route(`/${name}`, serveFixture(name, headers));
    const fetched = await fetchFeed(server.url(`/${name}`));
    if (fetched.status !== 'ok')
      throw new Error(`unexpected ${fetched.status}`);
    return parseFeed(fetched.body, fetched.finalUrl, NOW, options);
  }

  describe('RSS 2.0', () => {
    it('normalises a blog item: content:encoded, relative links, categories, enclosure image, dc:creator', async () => {
      const feed = await fetchAndParse('rss2-blog.xml');

      expect(feed.title).toBe('Iværksætterbloggen');
      expect(feed.language).toBe('da');
      expect(feed.items[0]).toEqual({
        guid: 'blog-example-1001',
        url: server.url('/2025/03/gron-omstilling'),
        title: 'Grøn omstilling & vækst i Aarhus',
        text:
          'Virksomhederne i Aarhus satser på #GrønOmstilling og #DKbiz. Læs mere på https://blog.example.dk/om#kontakt, ' +
          'eller skriv til C#-holdet a#b. Første punkt Andet punkt',
        author: 'Mette Østergaard',
        publishedAt: '2025-03-03T09:00:00.000Z',
        hashtags: ['grønomstilling', 'dkbiz', 'økonomi'],
        mediaUrl: server.url('/media/aarhus.jpg'),
        language: 'da',
      });
    });

    it('never includes script or style content', async () => {
      const [item] = (await fetchAndParse('rss2-blog.xml')).items;

      expect(item!.text).not.toMatch(/trackVisitor|color: red|notatag/);
      expect(item!.hashtags).not.toContain('notatag');
    });

    it('reads the name from "email (Name)", skips digit-only tags and audio enclosures', async () => {
      const podcast = (await fetchAndParse('rss2-blog.xml')).items[1];

      expect(podcast).toMatchObject({
        author: 'Redaktionen',
        title: 'Podcast: ÆBLEMOST og #ÆbleFest',
        hashtags: ['æblefest', 'æblemost_2025', 'podcast'],
        mediaUrl: null,
        publishedAt: '2025-03-02T07:30:00.000Z',
      });
    });

    it('hashes title, date and text into a stable guid when there is neither guid nor link', async () => {
      const first = (await fetchAndParse('rss2-blog.xml')).items[2];
      const again = (
        await parseFeed(
          fixture('rss2-blog.xml').toString(),
          'https://elsewhere.example/feed',
          new Date(),
        )
      ).items[2];

      expect(first).toMatchObject({ title: 'Uden link og guid', url: null });
      expect(first!.guid).toMatch(/^[0-9a-f]{64}$/);
      expect(again!.guid).toBe(first!.guid);
    });

    it("takes a video's thumbnail inside its media:content as the image", async () => {
      const [, , , video] = (await fetchAndParse('media-and-podcast.rss'))
        .items;

      expect(video!.mediaUrl).toBe('https://lyd.example.dk/video-3.jpg');
    });

    it('takes one-word podcast categories (nested ones too) and keywords as hashtags', async () => {
      const [, episode] = (await fetchAndParse('media-and-podcast.rss')).items;

      expect(episode!.hashtags).toEqual([
        'business',
        'entrepreneurship',
        'news',
        'eksport',
        'tyskland',
        'mittelstand',
      ]);
    });

    it('keeps the first of two items with the same guid and never outputs a javascript: link', async () => {
      const feed = await fetchAndParse('rss2-blog.xml');

      expect(feed.items.map((item) => item.title)).toEqual([
        'Grøn omstilling & vækst i Aarhus',
        'Podcast: ÆBLEMOST og #ÆbleFest',
        'Uden link og guid',
        'Farligt link',
      ]);
      expect(feed.items[3]!.url).toBe(
        'https://blog.example.dk/2025/02/farligt',
      );
    });
  });

  describe('RSS 1.0 (RDF)', () => {
    it('reads rdf:about, dc:date, dc:creator and item dc:language over the channel one', async () => {
      const feed = await fetchAndParse('rss1-rdf.xml');

      expect(feed.language).toBe('da');
      expect(feed.items).toEqual([
        {
          guid: 'https://nyheder.example.dk/artikel/1',
          url: 'https://nyheder.example.dk/artikel/1',
          title: 'Rentebeslutning fra Nationalbanken',
          text: 'Nationalbanken sænker renten. #økonomi',
          author: 'Jens Hansen',
          publishedAt: '2025-03-04T07:15:00.000Z',
          hashtags: ['økonomi'],
          mediaUrl: null,
          language: 'da',
        },
        {
          guid: 'https://nyheder.example.dk/artikel/2',
          url: 'https://nyheder.example.dk/artikel/2',
          title: 'Nyt fra Christiansborg',
          text: 'Folketinget vedtager ny lov.',
          author: null,
          publishedAt: '2025-03-03T16:00:00.000Z',
          hashtags: [],
          mediaUrl: null,
          language: 'en',
        },
      ]);
    });
  });

  describe('RSS 0.91', () => {
    it('accepts the Netscape DOCTYPE and its HTML entities; a missing date is the time first seen', async () => {
      const feed = await fetchAndParse('rss091.xml');

      expect(feed.items).toEqual([
        {
          guid: 'http://portal.example.dk/nyhed?id=7&ref=rss',
          url: 'http://portal.example.dk/nyhed?id=7&ref=rss',
          title: 'Café i København — åbent igen',
          text: 'Caféen «Krøget» åbner igen…',
          author: null,
          publishedAt: NOW.toISOString(),
          hashtags: [],
          mediaUrl: null,
          language: 'da',
        },
      ]);
    });
  });

  describe('Atom 1.0', () => {
    it('takes the text/html alternate link among several, published before updated, term categories', async () => {
      const [scaling] = (await fetchAndParse('atom.xml')).items;

      expect(scaling).toEqual({
        guid: 'tag:eng.example.com,2025:posts/scaling',
        url: server.url('/posts/scaling'),
        title: 'Scaling Postgres to a billion rows',
        text: 'We partitioned item by month. #Postgres #scaling',
        author: 'Ada Lovelace',
        publishedAt: '2025-03-01T08:00:00.000Z',
        hashtags: ['postgres', 'scaling'],
        mediaUrl: null,
        language: 'en',
      });
    });

    it("gives an entry without authors its source's authors, then the feed's (RFC 4287 §4.2.1)", async () => {
      const feed = await fetchAndParse('planet-source.atom');

      expect(feed.items.map((item) => item.author)).toEqual([
        'Karen Blogger',
        'Ole Selv',
        'Planet Aarhus',
      ]);
    });

    it('uses updated when there is no published, a link without rel, and the feed author', async () => {
      const updatedOnly = (await fetchAndParse('atom.xml')).items[1];

      expect(updatedOnly).toMatchObject({
        url: 'https://eng.example.com/posts/updated-only',
        text: 'Nothing but a summary, in Danish. #dkbiz',
        author: 'Example Engineering',
        publishedAt: '2025-02-20T08:00:00.000Z',
        hashtags: ['dkbiz'],
      });
    });

    it('survives an unreadable published date, keeps XHTML text in order, honours entry xml:lang', async () => {
      const badDate = (await fetchAndParse('atom.xml')).items[2];

      expect(badDate).toMatchObject({
        publishedAt: '2025-02-10T08:00:00.000Z',
        text: 'XHTML content kept as text.',
        language: 'da',
      });
    });
  });

  describe('JSON Feed', () => {
    it('parses version 1.1: content_html, tags, image, authors, attachments, item language', async () => {
      const feed = await fetchAndParse('json-feed-1.1.json', {
        'content-type': 'application/feed+json',
      });

      expect(feed).toEqual({
        title: 'Mikroblog',
        language: 'da',
        items: [
          {
            guid: 'https://mikro.example.dk/2025/03/05/hej',
            url: server.url('/2025/03/05/hej'),
            title: 'Hej verden',
            text: 'Første indlæg om #dkbiz & kaffe.',
            author: 'Sofie Friis',
            publishedAt: '2025-03-05T06:30:00.000Z',
            hashtags: ['dkbiz', 'kaffe'],
            mediaUrl: 'https://mikro.example.dk/img/hej.png',
            language: 'da',
          },
          {
            guid: '4711',
            url: null,
            title: null,
            text: 'Kun tekst, ingen titel. #Morgen',
            author: 'Gæsteskribent',
            publishedAt: '2025-03-04T20:00:00.000Z',
            hashtags: ['morgen'],
            mediaUrl: 'https://mikro.example.dk/foto.jpg',
            language: 'en',
          },
        ],
      });
    });

    it('parses version 1.0 with its single author object', async () => {
      const feed = await fetchAndParse('json-feed-1.0.json', {
        'content-type': 'application/json',
      });

      expect(feed.items).toEqual([
        expect.objectContaining({
          guid: '1',
          title: null,
          text: 'Summary only',
          author: 'Old Author',
          publishedAt: '2025-01-01T00:00:00.000Z',
        }),
      ]);
    });
  });

  describe('platform feeds', () => {
    it('Mastodon tag feed: no title, @user@instance from the status link, hashtags from HTML links', async () => {
      const feed = await fetchAndParse('mastodon-tag.rss', {
        'content-type': 'application/rss+xml; charset=utf-8',
      });

      expect(feed.items).toEqual([
        {
          guid: 'https://mastodon.social/@larsen/113987654321098765',
          url: 'https://mastodon.social/@larsen/113987654321098765',
          title: null,
          text: 'Spændende dag på #dkbiz konferencen i Odense 🎉 Mød os ved stand 12 #Iværksætteri',
          author: '@larsen@mastodon.social',
          publishedAt: '2025-03-05T10:12:44.000Z',
          hashtags: ['dkbiz', 'iværksætteri'],
          mediaUrl:
            'https://files.mastodon.social/media_attachments/files/113/987/654/original/1a2b3c.jpg',
          language: null,
        },
        {
          guid: 'https://fosstodon.org/@annek/113987000000000001',
          url: 'https://fosstodon.org/@annek/113987000000000001',
          title: null,
          text: 'Hvem tager til #DKbiz i morgen? @larsen',
          author: '@annek@fosstodon.org',
          publishedAt: '2025-03-05T09:01:02.000Z',
          hashtags: ['dkbiz'],
          mediaUrl: null,
          language: null,
        },
      ]);
    });

    it('Bluesky profile feed: no title, the handle as author, whitespace collapsed', async () => {
      const feed = await fetchAndParse('bluesky-profile.rss');

      expect(
        feed.items.map(({ title, author, text, hashtags }) => ({
          title,
          author,
          text,
          hashtags,
        })),
      ).toEqual([
        {
          title: null,
          author: '@karen.bsky.social',
          text: 'Nyt kontor i Aalborg! Tak til alle der kiggede forbi #dkbiz #Aalborg',
          hashtags: ['dkbiz', 'aalborg'],
        },
        {
          title: null,
          author: '@karen.bsky.social',
          text: 'Godmorgen fra Nordjylland',
          hashtags: [],
        },
      ]);
      expect(feed.items[0]!.guid).toBe(
        'at://did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3lj3xyzabc22k',
      );
      expect(feed.items[0]!.publishedAt).toBe('2025-03-05T08:44:00.000Z');
    });

    it('Google News: the " - Publisher" suffix leaves the title and the <source> becomes the author', async () => {
      const feed = await fetchAndParse('google-news.rss');

      expect(
        feed.items.map(({ title, author }) => ({ title, author })),
      ).toEqual([
        {
          title: 'Novo Nordisk hæver forventningerne til 2025',
          author: 'Børsen',
        },
        {
          title: 'Analytiker: Novo - A/S - er stadig billig',
          author: 'Finans.dk - Jyllands-Posten',
        },
      ]);
      expect(feed.items[0]).toMatchObject({
        guid: 'CBMiZ2h0dHBzOi8vYm9yc2VuLmRrL255aGVkZXI',
        url: 'https://news.google.com/rss/articles/CBMiZ2h0dHBzOi8vYm9yc2VuLmRrL255aGVkZXI?oc=5',
        text: 'Novo Nordisk hæver forventningerne til 2025 Børsen',
        language: 'da',
      });
    });

    it('YouTube: media:group description as text, its thumbnail as image, the video link', async () => {
      const feed = await fetchAndParse('youtube.atom');

      expect(feed.items).toEqual([
        {
          guid: 'yt:video:dQw4w9WgXcQ',
          url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
          title: 'Eksportprisen 2025 – se hele showet',
          text:
            'Se uddelingen af Eksportprisen 2025 fra Børssalen. Vinderne blev fejret med #eksport og #DKbiz. ' +
            'Læs mere: https://example.dk/eksportprisen#vindere',
          author: 'Dansk Erhverv TV',
          publishedAt: '2025-03-04T17:00:06.000Z',
          hashtags: ['eksport', 'dkbiz'],
          mediaUrl: 'https://i2.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
          language: null,
        },
      ]);
    });

    it('Reddit: HTML content with comments, a link without rel, the thumbnail, the subreddit category', async () => {
      const feed = await fetchAndParse('reddit.atom');

      expect(feed.items).toEqual([
        {
          guid: 't3_1j3abcd',
          url: 'https://www.reddit.com/r/Denmark/comments/1j3abcd/lego_huset/',
          title: 'LEGO-huset i Billund',
          text: 'Har nogen set det nye LEGO-hus i Billund? Ser vildt ud. submitted by /u/klodsmajor [link] [comments]',
          author: '/u/klodsmajor',
          publishedAt: '2025-03-05T09:58:03.000Z',
          hashtags: ['denmark'],
          mediaUrl: 'https://b.thumbs.redditmedia.com/abc123.jpg',
          language: null,
        },
      ]);
    });
  });

  describe('character sets and entities', () => {
    it('reads a windows-1252 feed declared only in its XML declaration', async () => {
      const feed = await fetchAndParse('windows-1252.rss', {
        'content-type': 'application/rss+xml',
      });

      expect(feed.title).toBe('Lokalavisen – Sønderjylland');
      expect(feed.items[0]).toMatchObject({
        title: '“Blåbærfestival” åbner i Tønder',
        text: 'Entré: 50 € – børn gratis. Smørrebrød og æbleskiver… #Tønder',
        hashtags: ['tønder'],
      });
    });

    it('reads an ISO-8859-1 feed declared only in the HTTP header', async () => {
      const feed = await fetchAndParse('iso-8859-1.rss', {
        'content-type': 'text/xml; charset=iso-8859-1',
      });

      expect(feed.items[0]).toMatchObject({
        title: 'Ærø får ny færgeforbindelse',
        text: 'Øboerne glæder sig over færgen. Pris: 15 æbler à 2 kr. #Ærø',
        hashtags: ['ærø'],
      });
    });

    it('reads a UTF-8 feed with a byte order mark', async () => {
      const feed = await fetchAndParse('utf8-bom.rss', {
        'content-type': 'application/xml',
      });

      expect(feed.items[0]).toMatchObject({
        title: 'Æblegrød på menuen',
        text: 'Søde æbler fra Fyn 🍎',
      });
    });

    it('recovers from HTML entities XML does not define, bare ampersands and unknown names', async () => {
      const feed = await fetchAndParse('undefined-entities.rss');

      expect(feed.title).toBe('Entiteter & andet rod');
      expect(feed.items[0]).toMatchObject({
        title: 'København — årets by … AT&T © 2025 &foo;',
        text: 'Pris i €: 10 – 20. “Citat” & mere. “Numerisk” – 😀',
        url: 'https://rod.example.dk/artikel?id=1&ref=rss',
      });
    });
  });

  describe('dates', () => {
    it('replaces far-future, missing and unreadable dates with now; reads CEST, Danish months and zone-less UTC', async () => {
      const feed = await fetchAndParse('dates.rss');

      expect(
        feed.items.map(({ title, publishedAt }) => [title, publishedAt]),
      ).toEqual([
        ['Langt ude i fremtiden', NOW.toISOString()],
        ['Lidt i fremtiden (under et døgn)', '2025-03-05T20:00:00.000Z'],
        ['Ingen dato', NOW.toISOString()],
        ['Ulæselig dato', NOW.toISOString()],
        ['Sommertid og dansk måned', '2024-05-07T08:00:00.000Z'],
        ['Uden tidszone', '2025-03-01T08:00:00.000Z'],
      ]);
    });
  });

  describe('language detection hook', () => {
    it('asks the detector only when neither item nor channel declares a language', async () => {
      const asked: string[] = [];
      const detectLanguage = (text: string) => (asked.push(text), 'da-DK');

      const undeclared = await fetchAndParse(
        'mastodon-tag.rss',
        {},
        { detectLanguage },
      );
      const declared = await fetchAndParse(
        'rss1-rdf.xml',
        {},
        { detectLanguage },
      );

      expect(undeclared.items.map((item) => item.language)).toEqual([
        'da',
        'da',
      ]);
      expect(asked[0]).toBe(
        'Spændende dag på #dkbiz konferencen i Odense 🎉 Mød os ved stand 12 #Iværksætteri',
      );
      expect(declared.items.map((item) => item.language)).toEqual(['da', 'en']);
      expect(asked).toHaveLength(2);
    });
  });

  describe('what real-world feeds get wrong', () => {
    /** Serves bytes made from a fixture over HTTP, as a feed host would, and parses them. */
    async function serveAndParse(
      path: string,
      body: Buffer,
      contentType = 'application/xml',
    ): Promise<ParsedFeed> {
      server.route(path, (_request, response) => {
        response.writeHead(200, { 'content-type': contentType });
        response.end(body);
      });
      const fetched = await fetchFeed(server.url(path));
      if (fetched.status !== 'ok')
        throw new Error(`unexpected ${fetched.status}`);
      return parseFeed(fetched.body, fetched.finalUrl, NOW);
    }

    describe('plain text keeps its angle brackets', () => {
      it('keeps a literal < in Atom type="text" titles and summaries', async () => {
        const feed = await fetchAndParse('plain-text-brackets.atom');

        expect(feed.title).toBe('Rust <3 Danmark');
        expect(feed.items[0]).toMatchObject({
          title: 'Vec<T> eller <b>slices</b>?',
          text: 'Brug Option<String>, når 3 < 5 & 7 > 2.',
        });
      });

      it('keeps a literal < in JSON Feed content_text and titles', async () => {
        const feed = await fetchAndParse('plain-text-brackets.json', {
          'content-type': 'application/feed+json',
        });

        expect(feed.items[0]).toMatchObject({
          title: 'Option<T> forklaret',
          text: 'Vec<T> vokser, når 3 < 5. <b> er ikke fed her.',
        });
      });

      it('keeps the words of markup inside Atom text that is not type="xhtml"', async () => {
        const [, markup, escaped, textWithMarkup] = (
          await fetchAndParse('plain-text-brackets.atom')
        ).items;

        expect(markup!.text).toBe('Ord med fed og et link bevares');
        expect(escaped!.text).toBe('Afsnit et Afsnit to');
        expect(textWithMarkup!.text).toBe('Første halvdel og anden halvdel');
      });
    });

    describe('HTML is read by a real tokenizer', () => {
      it('does not let a self-closed <iframe/> or <object/> swallow the rest of the body', async () => {
        const [video] = (await fetchAndParse('html-traps.rss')).items;

        expect(video!.text).toBe(
          'Se videoen: Teksten efter videoen. Og efter objektet.',
        );
      });

      it('keeps what follows a <script> inside a comment, and never shows script or style', async () => {
        const [, comment] = (await fetchAndParse('html-traps.rss')).items;

        expect(comment!.text).toBe('Start. Resten bliver. Slut.');
      });

      it('keeps the fallback text of iframes, objects and applets and the text of SVG and MathML, never their tags', async () => {
        const [, , , embedded] = (await fetchAndParse('html-traps.rss')).items;

        expect(embedded!.text).toBe(
          'Kortet: Din browser viser ikke kortet. Grafen kræver Flash. Formlen E=mc2 og figuren Rød cirkel .',
        );
      });

      it('reads unescaped HTML in an RSS description, void <br> and all', async () => {
        const [, , raw] = (await fetchAndParse('html-traps.rss')).items;

        expect(raw!.text).toBe('Linje et linje to Med fed & mere');
      });
    });

    describe('encodings', () => {
      const source = fixture('encodings.rss').toString('utf8');
      const expected = {
        title: 'Blåbær og æbleskiver',
        text: 'Søren siger “hej” – 50 € 😀',
      };
      const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
      const utf32 = (text: string, littleEndian: boolean) => {
        const codePoints = Array.from(text, (char) => char.codePointAt(0)!);
        const bytes = Buffer.alloc(codePoints.length * 4);
        codePoints.forEach((codePoint, index) =>
          littleEndian
            ? bytes.writeUInt32LE(codePoint, index * 4)
            : bytes.writeUInt32BE(codePoint, index * 4),
        );
        return bytes;
      };
      const bom = '\uFEFF';

      it.each([
        [
          'UTF-16LE without a BOM',
          Buffer.from(source.replace('ENCODING', 'UTF-16'), 'utf16le'),
        ],
        [
          'UTF-16BE without a BOM',
          utf16be(source.replace('ENCODING', 'UTF-16')),
        ],
        [
          'UTF-32LE without a BOM',
          utf32(source.replace('ENCODING', 'UTF-32'), true),
        ],
        [
          'UTF-32BE without a BOM',
          utf32(source.replace('ENCODING', 'UTF-32'), false),
        ],
        [
          'UTF-32LE with a BOM',
          utf32(bom + source.replace('ENCODING', 'UTF-32'), true),
        ],
        [
          'UTF-32BE with a BOM',
          utf32(bom + source.replace('ENCODING', 'UTF-32'), false),
        ],
        [
          'UTF-16 declared by a header that says UTF-8',
          Buffer.from(source.replace('ENCODING', 'UTF-16'), 'utf16le'),
        ],
      ])('reads %s', async (name, bytes) => {
        const feed = await serveAndParse(
          `/encodings/${encodeURIComponent(name)}`,
          bytes,
          name.includes('header')
            ? 'application/xml; charset=utf-8'
            : 'application/xml',
        );

        expect(feed.items[0]).toMatchObject(expected);
      });

      it('reads raw C1 controls and stray windows-1252 bytes in UTF-8 text as windows-1252', async () => {
        const utf8 = Buffer.from(
          source
            .replace('ENCODING', 'utf-8')
            .replace('Søren siger', 'Don\u0092t \u0093quote\u0094 Søren siger'),
        );
        const stray = Buffer.concat([
          utf8.subarray(0, utf8.indexOf('Don')),
          Buffer.from([0x49, 0x74, 0x92, 0x73, 0x20]), // "It\x92s "
          utf8.subarray(utf8.indexOf('Don')),
        ]);

        const feed = await serveAndParse(
          '/encodings/c1',
          stray,
          'text/xml; charset=utf-8',
        );

        expect(feed.items[0]!.text).toBe(
          'It’s Don’t “quote” Søren siger “hej” – 50 € 😀',
        );
      });
    });

    describe('empty values fall through to the next field', () => {
      it('takes <author> under an empty <dc:creator/>, and so on for title, link, date and body', async () => {
        const [first] = (await fetchAndParse('fall-through.rss')).items;

        expect(first).toEqual({
          guid: 'https://tom.example.dk/artikel/1',
          url: 'https://tom.example.dk/artikel/1',
          title: 'Titlen fra Dublin Core',
          text: 'Kun i dc:description.',
          author: 'Redaktionen',
          publishedAt: '2025-03-02T08:00:00.000Z',
          hashtags: [],
          mediaUrl: null,
          language: null,
        });
      });

      it('takes the title from media:title, the name from "Name (email)" and from dc:author, a body from fullitem', async () => {
        const [clip, episode, next] = (
          await fetchAndParse('media-and-podcast.rss')
        ).items;

        expect(clip).toMatchObject({
          guid: 'klip-17',
          title: 'Havnebadet åbner for sæsonen',
          text: 'Et kort klip fra Aarhus Ø.',
          mediaUrl: 'https://lyd.example.dk/klip-17.jpg',
        });
        expect(episode!.author).toBe('Jens Hansen');
        expect(next).toMatchObject({
          author: 'Mette Østergaard',
          text: 'Hele teksten til afsnit 13.',
        });
      });

      it('reads a body given only as xhtml:body', async () => {
        const items = (await fetchAndParse('fall-through.rss')).items;

        expect(items[3]!.text).toBe('Brødtekst i xhtml:body.');
      });
    });

    describe('links from guids', () => {
      it('gives an item with no link and a guid that is no URL url null, not a page on the feed host', async () => {
        const items = (await fetchAndParse('fall-through.rss')).items;

        expect(items[1]).toMatchObject({ guid: 'xss-1', url: null });
        expect(items[2]).toMatchObject({
          guid: 'https://tom.example.dk/intern/7',
          url: null,
        });
      });
    });

    describe('ill-formed XML', () => {
      it('recovers every item of a feed that only lacks its final ">"', async () => {
        const feed = await fetchAndParse('missing-final-bracket.rss');

        expect(feed.title).toBe('Afbrudt');
        expect(feed.items.map((item) => [item.title, item.text])).toEqual([
          ['Første', 'Hele indlægget.'],
          ['Anden', 'Også helt.'],
        ]);
      });

      it('keeps the sound items around a broken one and leaves the broken one out', async () => {
        const feed = await fetchAndParse('one-broken-item.rss');

        expect(feed.items.map((item) => item.title)).toEqual([
          'Godt',
          'Også godt',
        ]);
      });

      it('drops an item cut off by the end of the document, keeps the ones before it', async () => {
        const whole = fixture('rss2-blog.xml').toString('utf8');
        const cut = whole.slice(0, whole.lastIndexOf('<item>') + 40);

        const feed = await serveAndParse('/cut.rss', Buffer.from(cut));

        expect(feed.items.map((item) => item.title)).toEqual([
          'Grøn omstilling & vækst i Aarhus',
          'Podcast: ÆBLEMOST og #ÆbleFest',
          'Uden link og guid',
        ]);
      });

      it('reads a misspelt end tag (<title>…</subtitle>, <id>…</identifier>) as the end of the open element and keeps the entry', async () => {
        const feed = await fetchAndParse('misspelt-end-tag.atom');

        expect(feed.items[2]).toMatchObject({
          guid: 'tag:stave.example.dk,2025:3',
          url: 'https://stave.example.dk/3',
          publishedAt: '2025-03-04T12:00:00.000Z',
        });
        expect(
          feed.items
            .slice(0, 2)
            .map((item) => [item.title, item.url, item.text]),
        ).toEqual([
          [
            'Overskrift med forkert slutning',
            'https://stave.example.dk/1',
            'Resuméet er i orden.',
          ],
          [
            'Anden',
            'https://stave.example.dk/2',
            'Brødtekst med et løst sluttag.',
          ],
        ]);
      });

      it('survives deep nesting and thousands of stray end tags between items', async () => {
        const hostile = `<rss><channel><item><title>Dyb</title><guid>deep</guid><description>${'<div>'.repeat(50_000)}tekst${'</div>'.repeat(50_000)}</description></item>${'</span>'.repeat(20_000)}<item><title>Efter</title><guid>after</guid></item></channel></rss>`;

        const feed = await serveAndParse('/hostile.rss', Buffer.from(hostile));

        expect(feed.items.map((item) => [item.guid, item.text])).toEqual([
          ['deep', 'tekst'],
          ['after', ''],
        ]);
      });
    });

    describe('readable though unusual', () => {
      it('reads a prefixed root, prefixed elements and Atom and Dublin Core under other prefixes', async () => {
        const feed = await fetchAndParse('prefixed.rss');

        expect(feed.language).toBe('da');
        expect(feed.items).toEqual([
          expect.objectContaining({
            title: 'Med præfiks',
            url: 'https://prefiks.example.dk/1',
            author: 'Lise Præfiks',
            publishedAt: '2025-03-01T12:00:00.000Z',
            text: 'Alt har et præfiks.',
          }),
        ]);
      });

      it('expands plain-text DOCTYPE entities, leaves external and undeclared ones as written', async () => {
        const feed = await fetchAndParse('doctype-entities.rss');

        expect(feed.title).toBe('Nyheder fra Lyt & Co. A/S');
        expect(feed.items).toEqual([
          expect.objectContaining({
            guid: 'Lyt & Co. A/S-1',
            title: 'Lyt & Co. A/S åbner i Vejle',
            url: 'https://entiteter.example.dk/vejle?kilde=Lyt%20&%20Co.%20A/S',
            text: 'Pris: 100 kr. &logo; &skjult; å',
          }),
        ]);
      });

      it('reads the feed after junk a server printed before it (a PHP warning, a stray line)', async () => {
        const feed = await fetchAndParse('php-warning.rss');
        const echoed = await parseFeed(
          'debug: 42\n<rss><channel><item><title>Efter ekko</title></item></channel></rss>',
          'https://example.com/feed',
          NOW,
        );

        expect(feed.title).toBe('Nyheder med advarsel');
        expect(feed.items.map((item) => [item.title, item.url])).toEqual([
          ['Feedet kommer alligevel', 'https://advarsel.example.dk/1'],
        ]);
        expect(echoed.items.map((item) => item.title)).toEqual(['Efter ekko']);
      });

      it('reads JSON Feed that says "version": "1.0"', async () => {
        const feed = await fetchAndParse('plain-text-brackets.json');

        expect(feed.items).toHaveLength(1);
      });

      it('reads Atom 0.3: issued, mode="escaped" and mode="base64" content, the feed author', async () => {
        const feed = await fetchAndParse('atom03.xml');

        expect(feed.items).toEqual([
          expect.objectContaining({
            url: 'https://gammel.example.dk/2004/06/indlaeg',
            text: 'Escaped HTML i Atom 0.3.',
            author: 'Gamle Ole',
            publishedAt: '2004-06-01T08:00:00.000Z',
            language: 'da',
          }),
          expect.objectContaining({
            text: 'Hilsen fra base64 – æøå',
            publishedAt: '2004-06-03T10:00:00.000Z',
          }),
        ]);
      });

      it('reads Atom content of other media types: base64 of text decoded, mislabelled text kept, binary skipped', async () => {
        const feed = await fetchAndParse('atom-media-types.atom');

        expect(feed.items.map((item) => [item.title, item.text])).toEqual([
          ['Base64-indhold', 'Nyhed om vindmøller ved Esbjerg.'],
          ['JSON som tekst', '{"besked": "hej fra Odense"}'],
          ['Et billede', 'Billedet viser havnen.'],
          ['Egen type', ''],
        ]);
      });

      it('takes the language the text it uses declares (xml:lang on content, summary or title) before the entry and feed ones', async () => {
        const feed = await fetchAndParse('text-languages.atom');

        expect(feed.items.map((item) => item.language)).toEqual([
          'en',
          'nb',
          'da',
          'da',
          'en',
        ]);
      });

      it('resolves relative Atom links against xml:base', async () => {
        const [entry] = (await fetchAndParse('xml-base.atom')).items;

        expect(entry!.url).toBe(
          'https://base.example.dk/blog/2025/marts/indlaeg',
        );
      });

      it('reads dates without a time, Twitter, asctime and Perforce forms, US and Etc/ zones, zone names after ISO, other languages\' weekdays, "13 Feb, 2012", months and years; refuses a garbage time and an offset without a time', async () => {
        const feed = await fetchAndParse('more-dates.rss');

        expect(
          feed.items.map((item) => [item.title, item.publishedAt]),
        ).toEqual([
          ['Uden klokkeslæt', '2025-03-03T00:00:00.000Z'],
          ['Twitter', '2012-07-15T01:16:00.000Z'],
          ['asctime', '2012-07-15T01:16:00.000Z'],
          ['Østkyst', '2024-07-08T14:00:00.000Z'],
          ['Stillehav vinter', '2025-03-03T18:00:00.000Z'],
          ['Komma efter dag', '2012-02-13T00:00:00.000Z'],
          ['Kun måned', '2003-12-01T00:00:00.000Z'],
          ['Kun år', '2003-01-01T00:00:00.000Z'],
          ['Skrald', NOW.toISOString()],
          ['Etc-zone', '2025-03-05T18:28:00.000Z'],
          ['Skråstreger', '2025-03-04T13:19:53.000Z'],
          ['Forskydning uden tid', NOW.toISOString()],
          ['ISO med zonenavn', '2025-03-04T09:00:00.000Z'],
          ['Fransk ugedag', '2025-03-03T09:00:00.000Z'],
          ['Ukendt ord', NOW.toISOString()],
        ]);
      });
    });
  });

  describe('refusals', () => {
    it('refuses a billion-laughs DOCTYPE before parsing, fast', async () => {
      const started = performance.now();

      const error = await failureOf(fetchAndParse('billion-laughs.xml'));

      expect(error.code).toBe('malformed');
      expect(error.message).toContain('entity-expansion');
      expect(performance.now() - started).toBeLessThan(500);
    });

    it('refuses plain-text DOCTYPE entities that would expand to more text than the feed has', async () => {
      const hostile = `<!DOCTYPE rss [<!ENTITY tusind "${'x'.repeat(1000)}">]><rss><channel><item><title>${'&tusind;'.repeat(2000)}</title></item></channel></rss>`;

      const error = await failureOf(
        parseFeed(hostile, 'https://example.com/feed', NOW),
      );

      expect(error.code).toBe('malformed');
      expect(error.message).toContain('entity-expansion');
    });

    it('says an HTML page is not a feed', async () => {
      const error = await failureOf(
        fetchAndParse('not-a-feed.html', {
          'content-type': 'text/html; charset=utf-8',
        }),
      );

      expect(error.code).toBe('not-a-feed');
      expect(error.message).toBe(
        'got an HTML page, not a feed (RSS, Atom or JSON Feed)',
      );
    });

    it('reports XML broken beyond recovery as malformed, with its position', async () => {
      const error = await failureOf(fetchAndParse('malformed.rss'));

      expect(error.code).toBe('malformed');
      expect(error.message).toBe(
        'feed is not well-formed XML: unexpected close tag (line 8, column 11)',
      );
    });

    it('reads an RSS document without a channel as an empty feed, not an error', async () => {
      await expect(
        parseFeed(
          '<rss version="2.0"><item/></rss>',
          'https://example.com/feed',
          NOW,
        ),
      ).resolves.toEqual({ title: null, language: null, items: [] });
    });

    it.each([
      ['an empty body', '  ', 'not-a-feed'],
      ['plain text', 'Service unavailable', 'not-a-feed'],
      [
        'another XML vocabulary',
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
        'not-a-feed',
      ],
      ['JSON that is not a JSON Feed', '{"data": []}', 'not-a-feed'],
      [
        'broken JSON',
        '{"version": "https://jsonfeed.org/version/1.1", ',
        'malformed',
      ],
      [
        'a JSON Feed without items',
        '{"version": "https://jsonfeed.org/version/1.1", "title": "x"}',
        'malformed',
      ],
    ])('refuses %s', async (_case, body, code) => {
      await expect(
        failureOf(parseFeed(body, 'https://example.com/feed', NOW)),
      ).resolves.toMatchObject({ code });
    });
  });
});
