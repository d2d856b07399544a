import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FeedError } from '../feed-error';
import { readFeedFile } from './feed-file.reader';

const FIXTURES = join(__dirname, '../../test/fixtures');

describe(readFeedFile.name, () => {
  it('decodes a windows-1252 file by its XML declaration', async () => {
    const file = await readFeedFile(join(FIXTURES, 'windows-1252.rss'));

    expect(file.charset).toBe('windows-1252');
    expect(file.body).toContain('“Blåbærfestival” åbner i Tønder');
    expect(file.finalUrl).toBe(
      pathToFileURL(join(FIXTURES, 'windows-1252.rss')).href,
    );
  });

  it('drops a UTF-8 byte order mark', async () => {
    const file = await readFeedFile(join(FIXTURES, 'utf8-bom.rss'));

    expect(file.body.startsWith('<?xml')).toBe(true);
  });

  it('refuses a file over the size cap', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'lyt-feeds-'));
    try {
      const path = join(directory, 'big.xml');
      writeFileSync(path, Buffer.alloc(200 * 1024, 'a'));

      const read = readFeedFile(path, { maxBytes: 128 * 1024 });

      await expect(read).rejects.toBeInstanceOf(FeedError);
      await expect(read).rejects.toMatchObject({
        code: 'too-large',
        message: `file exceeded 128 KB: ${path}`,
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('passes on the operating system error for a missing file', async () => {
    await expect(
      readFeedFile(join(FIXTURES, 'missing.xml')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
