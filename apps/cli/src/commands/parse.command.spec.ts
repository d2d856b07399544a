import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { runInProcess, runLyt } from '../testing/run-command';
import { parseCommand } from './parse.command';

const root = path.resolve(__dirname, '../../../..');
const fixtures = path.join(root, 'libs/feeds/test/fixtures');
const KEYS = [
  'guid',
  'url',
  'title',
  'text',
  'author',
  'publishedAt',
  'hashtags',
  'mediaUrl',
  'language',
];

/** Serves libs/feeds fixture files by name over real HTTP on 127.0.0.1. */
async function startFeedServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const name = path.basename(request.url ?? '/');
    try {
      const body = readFileSync(path.join(fixtures, name));
      response.writeHead(200, {
        'content-type': name.endsWith('.html')
          ? 'text/html; charset=utf-8'
          : 'application/rss+xml',
      });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
  };
}

describe('parseCommand', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ({ server, url: origin } = await startFeedServer());
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  describe('run', () => {
    it('prints one JSON item per line with the contract keys in order', async () => {
      const { code, out, err } = await runInProcess(parseCommand, [
        `${origin}/mastodon-tag.rss`,
      ]);

      expect({ code, err }).toEqual({ code: 0, err: [] });
      expect(out).toHaveLength(2);
      for (const line of out)
        expect(Object.keys(JSON.parse(line))).toEqual(KEYS);
      expect(JSON.parse(out[0]!)).toEqual({
        guid: 'https://mastodon.social/@larsen/113987654321098765',
        url: 'https://mastodon.social/@larsen/113987654321098765',
        title: null,
        text: 'Spændende dag på #dkbiz konferencen i Odense 🎉 Mød os ved stand 12 #Iværksætteri',
        author: '@larsen@mastodon.social',
        publishedAt: '2025-03-05T10:12:44.000Z',
        hashtags: ['dkbiz', 'iværksætteri'],
        mediaUrl:
          'https://files.mastodon.social/media_attachments/files/113/987/654/original/1a2b3c.jpg',
        // Mastodon declares no language: detected from the text, which is long enough.
        language: 'da',
      });
    });

    it('resolves relative links against the feed URL and drops duplicate guids', async () => {
      const { out } = await runInProcess(parseCommand, [
        `${origin}/rss2-blog.xml`,
      ]);

      const items = out.map((line) => JSON.parse(line));
      expect(items.map((item) => item.guid)).toHaveLength(
        new Set(items.map((item) => item.guid)).size,
      );
      expect(items[0]).toMatchObject({
        url: `${origin}/2025/03/gron-omstilling`,
        mediaUrl: `${origin}/media/aarhus.jpg`,
      });
    });

    it('reads a file, decoding its charset from the XML declaration', async () => {
      const { code, out } = await runInProcess(parseCommand, [
        path.join(fixtures, 'windows-1252.rss'),
      ]);

      expect(code).toBe(0);
      expect(JSON.parse(out[0]!)).toMatchObject({
        title: '“Blåbærfestival” åbner i Tønder',
        text: 'Entré: 50 € – børn gratis. Smørrebrød og æbleskiver… #Tønder',
      });
    });

    it.each([
      [
        'a 404',
        () => [`${origin}/missing.xml`],
        () => `error: HTTP 404 Not Found from ${origin}/missing.xml`,
      ],
      [
        'an HTML page',
        () => [`${origin}/not-a-feed.html`],
        () => 'error: got an HTML page, not a feed (RSS, Atom or JSON Feed)',
      ],
      [
        'a missing file',
        () => ['no/such/feed.xml'],
        () => 'error: cannot read no/such/feed.xml: no such file',
      ],
      [
        'another scheme',
        () => ['ftp://example.com/feed.xml'],
        () =>
          'error: only http and https URLs or file paths can be parsed, not ftp://example.com/feed.xml',
      ],
      [
        'no argument',
        () => [],
        () =>
          'error: expected one feed URL or file (usage: lyt parse <url-or-file>)',
      ],
      [
        'two arguments',
        () => ['a.xml', 'b.xml'],
        () =>
          'error: expected one feed URL or file (usage: lyt parse <url-or-file>)',
      ],
    ])(
      'fails with exit 2 and one error line on %s',
      async (_case, args, line) => {
        const { code, out, err } = await runInProcess(parseCommand, args());

        expect({ code, out, err }).toEqual({ code: 2, out: [], err: [line()] });
      },
    );
  });

  describe('lyt parse (a real process)', () => {
    it('prints JSON Lines for a feed URL', async () => {
      const { code, stdout, stderr } = await runLyt([
        'parse',
        `${origin}/google-news.rss`,
      ]);

      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const lines = stdout.trimEnd().split('\n');
      expect(lines.map((line) => JSON.parse(line).title)).toEqual([
        'Novo Nordisk hæver forventningerne til 2025',
        'Analytiker: Novo - A/S - er stadig billig',
      ]);
      expect(Object.keys(JSON.parse(lines[0]!))).toEqual(KEYS);
    }, 30_000);

    it.each([
      [
        '404',
        '/missing.xml',
        (url: string) => `error: HTTP 404 Not Found from ${url}\n`,
      ],
      [
        'an HTML page',
        '/not-a-feed.html',
        () => 'error: got an HTML page, not a feed (RSS, Atom or JSON Feed)\n',
      ],
      [
        'billion laughs',
        '/billion-laughs.xml',
        () =>
          'error: feed declares entities that refer to other entities in its DOCTYPE: refused as a possible entity-expansion (billion laughs) attack\n',
      ],
    ])(
      'exits 2 with one error line for %s',
      async (_case, feedPath, message) => {
        const url = `${origin}${feedPath}`;

        expect(await runLyt(['parse', url])).toEqual({
          code: 2,
          stdout: '',
          stderr: message(url),
        });
      },
      30_000,
    );
  });
});
