import type { FeedItem } from '@lyt/contracts';
import { FeedError } from '../feed-error';
import {
  firstLanguage,
  type LanguageDetector,
  normaliseFeed,
} from '../normalise/feed-normaliser';
import { feedTextToPlain } from '../normalise/feed-text.util';
import type { FeedDocument } from './feed-document';
import { parseJsonFeed } from './json-feed.parser';
import { parseXmlFeed, xmlFeedFormat } from './xml-feed.parser';
import { inspectXmlProlog, type XmlProlog } from './xml-prolog.util';

export interface ParsedFeed {
  title: string | null;
  /** The channel's declared language as ISO 639-1, or null. */
  language: string | null;
  items: FeedItem[];
}

export interface ParseFeedOptions {
  /** Supplies a language for items whose feed declares none (the enrichment library's detector). */
  detectLanguage?: LanguageDetector;
}

/**
 * Parses an RSS, RDF, Atom or JSON Feed body and normalises its items.
 * `feedUrl` is where it came from (relative links resolve against it); `now` is when it was seen.
 */
export async function parseFeed(
  body: string,
  feedUrl: string,
  now: Date = new Date(),
  options: ParseFeedOptions = {},
): Promise<ParsedFeed> {
  const document = await readFeedDocument(body);
  return {
    title: document.title ? feedTextToPlain(document.title) || null : null,
    language: firstLanguage(document.languages),
    items: normaliseFeed(document, {
      feedUrl,
      now,
      detectLanguage: options.detectLanguage,
    }),
  };
}

/**
 * The feed as it states itself, before normalisation; refuses what is not a feed or is hostile.
 * Ill-formed XML is recovered; it is refused only when no entry survives the recovery.
 */
export async function readFeedDocument(body: string): Promise<FeedDocument> {
  const text =
    body.charCodeAt(0) === 0xfeff
      ? body.slice(1).trimStart()
      : body.trimStart();
  if (!text) throw new FeedError('not-a-feed', 'the body is empty, not a feed');
  if (text.startsWith('{')) return parseJsonFeed(text);
  const { xml, prolog } = xmlAfterJunk(text);
  if (prolog.expandsEntities) {
    throw new FeedError(
      'malformed',
      'feed declares entities that refer to other entities in its DOCTYPE: refused as a possible entity-expansion (billion laughs) attack',
    );
  }
  const rootName = prolog.rootName;
  const feed = isFeedRoot(rootName)
    ? parseXmlFeed(xml, prolog.rootStart, prolog.entities)
    : null;
  if (!feed) throw notAFeed(rootName);
  const [problem] = feed.problems;
  if (problem && feed.dropped > 0 && feed.document.entries.length === 0) {
    throw new FeedError(
      'malformed',
      `feed is not well-formed XML: ${problem.message} (line ${problem.line}, column ${problem.column})`,
    );
  }
  return feed.document;
}

// Where a feed's XML may start after junk: its declaration or a feed root element.
const FEED_START = /<\?xml[\s?]|<(?:[\w.-]+:)?(?:rss|feed|rdf|channel)[\s/>]/i;
// Junk is a few lines (a PHP warning, a stray echo), not a page.
const MAX_JUNK = 16 * 1024;

/**
 * The XML to read and its prolog. A server that prints something before the feed (PHP's
 * "<b>Warning</b>: Cannot modify header information…", a BOM or text) sends a feed all the same,
 * as lenient readers take it: when the document does not start with a feed, the feed that starts
 * within the first 16 KiB is read.
 */
function xmlAfterJunk(text: string): { xml: string; prolog: XmlProlog } {
  const prolog = inspectXmlProlog(text);
  if (isFeedRoot(prolog.rootName)) return { xml: text, prolog };
  const start = text.slice(1, MAX_JUNK).search(FEED_START) + 1;
  if (start === 0) return { xml: text, prolog };
  const xml = text.slice(start);
  const later = inspectXmlProlog(xml);
  return isFeedRoot(later.rootName)
    ? { xml, prolog: later }
    : { xml: text, prolog };
}

function isFeedRoot(rootName: string | null): boolean {
  return (
    rootName !== null &&
    xmlFeedFormat(rootName.slice(rootName.indexOf(':') + 1)) !== null
  );
}

function notAFeed(rootName: string | null): FeedError {
  if (rootName === null)
    return new FeedError(
      'not-a-feed',
      'got something that is neither XML nor JSON, not a feed',
    );
  if (rootName.toLowerCase() === 'html')
    return new FeedError(
      'not-a-feed',
      'got an HTML page, not a feed (RSS, Atom or JSON Feed)',
    );
  return new FeedError(
    'not-a-feed',
    `got an XML document with root <${rootName}>, not RSS, Atom or JSON Feed`,
  );
}
