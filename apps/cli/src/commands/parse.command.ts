import type { FeedItem } from '@lyt/contracts';
import { detectLanguage } from '@lyt/enrichment';
import { FeedError, fetchFeed, parseFeed, readFeedFile } from '@lyt/feeds';
import { Command, CommandError, EXIT_OK } from '../command';

const USAGE = 'parse <url-or-file>';

export const parseCommand: Command = {
  name: 'parse',
  usage: USAGE,
  summary:
    'fetch (or read) one feed and print its normalised items as JSON Lines',
  options: [
    [
      '<url-or-file>',
      'an http(s) URL of an RSS, Atom or JSON Feed, or a file holding one',
    ],
  ],
  examples: [
    'parse https://mastodon.social/tags/dkbiz.rss',
    'parse ./feed.xml | head -n 3',
  ],
  async run(args, io) {
    const target = readTarget(args);
    const { body, finalUrl } = await load(target);
    const feed = await asCommandError(
      parseFeed(body, finalUrl, new Date(), { detectLanguage }),
    );
    for (const item of feed.items) io.out(JSON.stringify(toJsonLine(item)));
    return EXIT_OK;
  },
};

function readTarget(args: string[]): string {
  const [target, ...rest] = args;
  if (target === undefined || target === '' || rest.length > 0) {
    throw new CommandError(
      `expected one feed URL or file (usage: lyt ${USAGE})`,
    );
  }
  return target;
}

/**
 * A URL is fetched with the collector's limits but without its address guard: the operator
 * runs this, and pointing it at a local test server is a feature. Anything else is a file.
 */
async function load(
  target: string,
): Promise<{ body: string; finalUrl: string }> {
  if (/^https?:\/\//i.test(target)) {
    const fetched = await asCommandError(fetchFeed(target));
    if (fetched.status === 'not-modified') {
      throw new CommandError(
        `${target} answered 304 Not Modified to an unconditional request`,
      );
    }
    return fetched;
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
    throw new CommandError(
      `only http and https URLs or file paths can be parsed, not ${target}`,
    );
  }
  try {
    return await readFeedFile(target);
  } catch (error) {
    if (error instanceof FeedError) throw new CommandError(error.message);
    throw new CommandError(`cannot read ${target}: ${fileProblem(error)}`);
  }
}

async function asCommandError<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof FeedError) throw new CommandError(error.message);
    throw error;
  }
}

function fileProblem(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** The JSON Lines contract fixes the key order, whatever order the item was built in. */
function toJsonLine(item: FeedItem): FeedItem {
  return {
    guid: item.guid,
    url: item.url,
    title: item.title,
    text: item.text,
    author: item.author,
    publishedAt: item.publishedAt,
    hashtags: item.hashtags,
    mediaUrl: item.mediaUrl,
    language: item.language,
  };
}
