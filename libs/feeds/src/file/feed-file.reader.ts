import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FeedError } from '../feed-error';
import { FEED_LIMITS } from '../feed-limits.constant';
import { decodeFeedBody } from '../fetch/charset.util';
import { formatBytes } from '../format.util';

export interface FeedFile {
  body: string;
  /** file: URL of the file, standing in for the feed URL. */
  finalUrl: string;
  charset: string;
}

/**
 * Reads a feed saved to disk under the same size cap and charset rules (BOM, XML declaration) as
 * a fetched one. Reads at most one byte past the cap, so a growing file or a device cannot make
 * it read forever.
 */
export async function readFeedFile(
  path: string,
  options: { maxBytes?: number } = {},
): Promise<FeedFile> {
  const maxBytes = options.maxBytes ?? FEED_LIMITS.maxBytes;
  const handle = await open(path, 'r');
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const { bytesRead, buffer } = await handle.read(
        Buffer.alloc(64 * 1024),
        0,
        64 * 1024,
        null,
      );
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes)
        throw new FeedError(
          'too-large',
          `file exceeded ${formatBytes(maxBytes)}: ${path}`,
        );
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  const decoded = decodeFeedBody(Buffer.concat(chunks, total));
  return {
    body: decoded.text,
    finalUrl: pathToFileURL(resolve(path)).href,
    charset: decoded.charset,
  };
}
