import Parser from 'rss-parser';
import { FeedError } from '../feed-error';
import { escapeAtomXhtml } from './atom-xhtml.util';
import type { FeedDocument, FeedEntry, FeedFormat } from './feed-document';
import {
  asArray,
  attributesOf,
  childrenOf,
  nonEmpty,
  textOf,
} from './xml-values.util';

type RawRecord = Record<string, unknown>;
type CustomField =
  string | [string, string] | [string, string, { keepArray: boolean }];

/** Per TOOLCHAIN.md: what rss-parser does not map by itself, kept raw so nothing is lost. */
const ITEM_FIELDS: CustomField[] = [
  ['category', 'categoryElements', { keepArray: true }],
  ['media:content', 'mediaContents', { keepArray: true }],
  ['media:thumbnail', 'mediaThumbnails', { keepArray: true }],
  ['media:description', 'mediaDescription'],
  ['media:group', 'mediaGroups', { keepArray: true }],
  ['source', 'sourceElement'],
  ['link', 'linkElements', { keepArray: true }],
  ['guid', 'guidElements', { keepArray: true }],
  ['published', 'publishedElement'],
  ['updated', 'updatedElement'],
  // The element's own attributes, for an Atom entry's xml:lang.
  ['$', 'attributes', { keepArray: true }],
];
const FEED_FIELDS: CustomField[] = [
  ['dc:language', 'dcLanguage'],
  ['author', 'authorElements', { keepArray: true }],
];
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i;

interface AtomParserInternals {
  parseItemAtom(entry: RawRecord): RawRecord;
}

/** Parses RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 1.0 text with rss-parser into a FeedDocument. */
export async function parseXmlFeed(
  xml: string,
  format: Exclude<FeedFormat, 'json'>,
  rootAttributes: Record<string, string>,
): Promise<FeedDocument> {
  const parser = new Parser<RawRecord, RawRecord>({
    defaultRSS: 2,
    customFields: { feed: FEED_FIELDS as never, item: ITEM_FIELDS as never },
  });
  tolerateInvalidAtomDates(parser);
  // rss-parser would fail on a missing channel with "Cannot read properties of undefined".
  if (format !== 'atom' && !/<channel[\s>]/.test(xml))
    throw new FeedError('malformed', 'RSS feed has no <channel> element');
  let feed: RawRecord & { items: RawRecord[] };
  try {
    feed = await parser.parseString(
      format === 'atom' ? escapeAtomXhtml(xml) : xml,
    );
  } catch (error) {
    throw new FeedError(
      'malformed',
      `feed is not well-formed XML: ${describeXmlError(error)}`,
      { cause: error },
    );
  }
  const feedAuthor = atomAuthorName(feed['authorElements']);
  const entries = feed.items.map((item) =>
    format === 'atom' ? atomEntry(item, feedAuthor) : rssEntry(item, format),
  );
  return {
    format,
    title: textOf(feed['title']),
    language:
      textOf(feed['language']) ??
      textOf(feed['dcLanguage']) ??
      rootAttributes['xml:lang'] ??
      null,
    siteUrl: textOf(feed['link']),
    entries,
  };
}

/**
 * rss-parser 3.13 calls toISOString() on an Atom entry's <published>/<updated> without a guard,
 * so one unreadable date would fail the whole feed. Retry such an entry without them; the raw
 * values are passed on for our own, more forgiving date reader.
 */
function tolerateInvalidAtomDates(parser: Parser<RawRecord, RawRecord>): void {
  const internals = parser as unknown as AtomParserInternals;
  const parseItemAtom = internals.parseItemAtom.bind(parser);
  internals.parseItemAtom = (entry) => {
    try {
      return parseItemAtom(entry);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      const { published, updated, ...rest } = entry;
      return {
        ...parseItemAtom(rest),
        publishedElement: textOf(published),
        updatedElement: textOf(updated),
      };
    }
  };
}

function rssEntry(item: RawRecord, format: 'rss' | 'rdf'): FeedEntry {
  const guidElement = asArray(item['guidElements'])[0];
  const guid = textOf(guidElement);
  const guidIsLink = attributesOf(guidElement)['isPermaLink'] !== 'false';
  const about = textOf(item['rdf:about']);
  return {
    ids: nonEmpty([guid, about]),
    links: nonEmpty([
      ...asArray(item['linkElements']).map(textOf),
      guidIsLink ? guid : null,
      format === 'rdf' ? about : null,
    ]),
    title: textOf(item['title']),
    bodies: nonEmpty([
      textOf(item['content:encoded']),
      mediaDescription(item),
      textOf(item['content']),
      textOf(item['summary']),
    ]),
    author: textOf(item['dc:creator']) ?? textOf(item['author']),
    sourceName: textOf(item['sourceElement']),
    published: textOf(item['pubDate']) ?? textOf(item['date']),
    updated: null,
    categories: nonEmpty(
      asArray(item['categoryElements']).map(
        (category) => textOf(category) ?? attributesOf(category)['term'],
      ),
    ),
    images: images(item),
    language:
      textOf(item['language']) ??
      attributesOf({ $: item['attributes'] })['xml:lang'] ??
      null,
  };
}

function atomEntry(item: RawRecord, feedAuthor: string | null): FeedEntry {
  const links = asArray(item['linkElements']).map(attributesOf);
  const alternates = links.filter(
    (link) => !link['rel'] || link['rel'] === 'alternate',
  );
  const html = alternates.filter(
    (link) => !link['type'] || /html/i.test(link['type']),
  );
  return {
    ids: nonEmpty([textOf(item['id'])]),
    links: nonEmpty([
      ...html.map((link) => link['href']),
      ...alternates.map((link) => link['href']),
      textOf(item['link']),
    ]),
    title: textOf(item['title']),
    bodies: nonEmpty([
      textOf(item['content']),
      mediaDescription(item),
      textOf(item['summary']),
    ]),
    // Per RFC 4287 an entry without an author has the feed's.
    author: textOf(item['author']) ?? feedAuthor,
    sourceName: null,
    published: textOf(item['publishedElement']),
    updated: textOf(item['updatedElement']),
    categories: nonEmpty(
      asArray(item['categoryElements']).map(
        (category) => attributesOf(category)['term'] ?? textOf(category),
      ),
    ),
    images: images(item),
    language: attributesOf({ $: item['attributes'] })['xml:lang'] ?? null,
  };
}

/** Item-level or media:group description (YouTube); never the alt text nested in media:content. */
function mediaDescription(item: RawRecord): string | null {
  return (
    textOf(item['mediaDescription']) ??
    nonEmpty(
      asArray(item['mediaGroups']).flatMap((group) =>
        childrenOf(group, 'media:description').map(textOf),
      ),
    )[0] ??
    null
  );
}

/** Image candidates in the contract's order: media:content, media:thumbnail, enclosure. */
function images(item: RawRecord): string[] {
  const groups = asArray(item['mediaGroups']);
  const contents = [
    ...asArray(item['mediaContents']),
    ...groups.flatMap((group) => childrenOf(group, 'media:content')),
  ].map(attributesOf);
  const thumbnails = [
    ...asArray(item['mediaThumbnails']),
    ...groups.flatMap((group) => childrenOf(group, 'media:thumbnail')),
  ].map(attributesOf);
  const enclosure = item['enclosure'] as Record<string, string> | undefined;
  return nonEmpty([
    ...contents.filter(isImage).map((content) => content['url']),
    ...thumbnails.map((thumbnail) => thumbnail['url']),
    enclosure && isImage(enclosure) ? enclosure['url'] : null,
  ]);
}

function isImage(attributes: Record<string, string>): boolean {
  const medium = attributes['medium']?.toLowerCase();
  if (medium) return medium === 'image';
  const type = attributes['type']?.toLowerCase();
  if (type) return type.startsWith('image/');
  return IMAGE_EXTENSION.test(attributes['url'] ?? '');
}

function atomAuthorName(authors: unknown): string | null {
  return (
    nonEmpty(
      asArray(authors).map((author) => textOf(childrenOf(author, 'name'))),
    )[0] ?? null
  );
}

/** xml2js reports "Unexpected close tag\nLine: 3\nColumn: 9\nChar: >"; one line is enough. */
function describeXmlError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const [first = 'unknown error', ...details] = message.split('\n');
  const line = /Line: (\d+)/.exec(details.join(' '))?.[1];
  const column = /Column: (\d+)/.exec(details.join(' '))?.[1];
  const where =
    line !== undefined
      ? ` (line ${Number(line) + 1}${column !== undefined ? `, column ${column}` : ''})`
      : '';
  return `${first.charAt(0).toLowerCase()}${first.slice(1)}${where}`;
}
