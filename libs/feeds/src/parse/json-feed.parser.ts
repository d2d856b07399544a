import { FeedError } from '../feed-error';
import { nonEmpty } from './feed-values.util';
import type { FeedDocument, FeedEntry, FeedText } from './feed-document';

type JsonObject = Record<string, unknown>;

// The spec's URL (http or https, any version); feeds in the wild also write "1", "1.0", "1.1".
const VERSION = /^(?:https?:\/\/jsonfeed\.org\/version\/\d|\d+(?:\.\d+)*$)/i;

/** Parses JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) into a FeedDocument. */
export function parseJsonFeed(body: string): FeedDocument {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new FeedError(
      'malformed',
      `feed is not valid JSON: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (
    !isObject(json) ||
    !(
      (typeof json['version'] === 'string' &&
        VERSION.test(json['version'].trim())) ||
      typeof json['version'] === 'number'
    )
  ) {
    throw new FeedError(
      'not-a-feed',
      'got a JSON document that is not a JSON Feed (no https://jsonfeed.org/version/ field)',
    );
  }
  if (!Array.isArray(json['items']))
    throw new FeedError('malformed', 'JSON Feed has no "items" array');
  const feedAuthors = authorNames(json);
  const title = string(json['title']);
  return {
    format: 'json',
    title: title === null ? null : { value: title, type: 'text' },
    languages: nonEmpty([string(json['language'])]),
    siteUrl: string(json['home_page_url']),
    entries: json['items']
      .filter(isObject)
      .map((item) => jsonEntry(item, feedAuthors)),
  };
}

function jsonEntry(item: JsonObject, feedAuthors: string[]): FeedEntry {
  const attachments = Array.isArray(item['attachments'])
    ? item['attachments'].filter(isObject)
    : [];
  return {
    // Version 1.1 requires a string id; feeds in the wild also send numbers.
    ids: nonEmpty([string(item['id'])]),
    links: nonEmpty([string(item['url']), string(item['external_url'])]),
    absoluteLinks: [],
    // The spec: title, content_text and summary are plain text; only content_html is HTML.
    titles: texts([[item['title'], 'text']]),
    bodies: texts([
      [item['content_html'], 'html'],
      [item['content_text'], 'text'],
      [item['summary'], 'text'],
    ]),
    // Items without authors inherit the feed's, as the spec says.
    authors: authorNames(item).length ? authorNames(item) : feedAuthors,
    sourceName: null,
    published: nonEmpty([string(item['date_published'])]),
    updated: nonEmpty([string(item['date_modified'])]),
    categories: Array.isArray(item['tags'])
      ? nonEmpty(item['tags'].map(string))
      : [],
    images: nonEmpty([
      string(item['image']),
      string(item['banner_image']),
      ...attachments
        .filter((attachment) =>
          string(attachment['mime_type'])?.startsWith('image/'),
        )
        .map((attachment) => string(attachment['url'])),
    ]),
    languages: nonEmpty([string(item['language'])]),
    bases: [],
  };
}

function texts(
  candidates: ReadonlyArray<readonly [unknown, FeedText['type']]>,
): FeedText[] {
  return candidates.flatMap(([value, type]) => {
    const text = string(value);
    return text === null ? [] : [{ value: text, type }];
  });
}

/** `authors` (1.1) and `author` (1.0); a bare string is a name too. */
function authorNames(owner: JsonObject): string[] {
  const authors = [
    ...(Array.isArray(owner['authors']) ? owner['authors'] : []),
    owner['author'],
  ];
  return nonEmpty(
    authors.map((author) =>
      isObject(author) ? string(author['name']) : string(author),
    ),
  );
}

function string(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
