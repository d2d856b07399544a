import type { FeedItem } from '@lyt/contracts';
import { languageCode } from '@lyt/enrichment';
import { FeedError } from '../feed-error';
import {
  type LanguageDetector,
  normaliseFeed,
} from '../normalise/feed-normaliser';
import { htmlToText } from '../normalise/html-text.util';
import type { FeedDocument, FeedFormat } from './feed-document';
import { parseJsonFeed } from './json-feed.parser';
import { parseXmlFeed } from './xml-feed.parser';
import { repairXmlEntities } from './xml-entities.util';
import { inspectXmlProlog } from './xml-prolog.util';

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

const XML_ROOTS: Record<string, Exclude<FeedFormat, 'json'>> = {
  rss: 'rss',
  'rdf:RDF': 'rdf',
  feed: 'atom',
};

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
    title: document.title ? htmlToText(document.title) || null : null,
    language: languageCode(document.language),
    items: normaliseFeed(document, {
      feedUrl,
      now,
      detectLanguage: options.detectLanguage,
    }),
  };
}

/** The feed as it states itself, before normalisation; refuses what is not a feed or is hostile. */
export async function readFeedDocument(body: string): Promise<FeedDocument> {
  const text =
    body.charCodeAt(0) === 0xfeff
      ? body.slice(1).trimStart()
      : body.trimStart();
  if (!text) throw new FeedError('not-a-feed', 'the body is empty, not a feed');
  if (text.startsWith('{')) return parseJsonFeed(text);
  const prolog = inspectXmlProlog(text);
  if (prolog.declaresEntities) {
    throw new FeedError(
      'malformed',
      'feed declares entities in its DOCTYPE: refused as a possible entity-expansion (billion laughs) attack',
    );
  }
  const format = prolog.rootName ? XML_ROOTS[prolog.rootName] : undefined;
  if (!format) throw notAFeed(prolog.rootName);
  return parseXmlFeed(repairXmlEntities(text), format, prolog.rootAttributes);
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
