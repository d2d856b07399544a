import { FeedError } from '../feed-error';
import type { FeedDocument, FeedEntry } from './feed-document';
import { nonEmpty } from './xml-values.util';

type JsonObject = Record<string, unknown>;

const VERSION_PREFIX = 'https://jsonfeed.org/version/';

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
      typeof json['version'] === 'string' &&
      json['version'].startsWith(VERSION_PREFIX)
    )
  ) {
    throw new FeedError(
      'not-a-feed',
      'got a JSON document that is not a JSON Feed (no https://jsonfeed.org/version/ field)',
    );
  }
  if (!Array.isArray(json['items']))
    throw new FeedError('malformed', 'JSON Feed has no "items" array');
  const feedAuthor = authorName(json);
  return {
    format: 'json',
    title: string(json['title']),
    language: string(json['language']),
    siteUrl: string(json['home_page_url']),
    entries: json['items']
      .filter(isObject)
      .map((item) => jsonEntry(item, feedAuthor)),
  };
}

function jsonEntry(item: JsonObject, feedAuthor: string | null): FeedEntry {
  const attachments = Array.isArray(item['attachments'])
    ? item['attachments'].filter(isObject)
    : [];
  return {
    // Version 1.1 requires a string id; feeds in the wild also send numbers.
    ids: nonEmpty([string(item['id'])]),
    links: nonEmpty([string(item['url']), string(item['external_url'])]),
    title: string(item['title']),
    bodies: nonEmpty([
      string(item['content_html']),
      string(item['content_text']),
      string(item['summary']),
    ]),
    // Items without authors inherit the feed's, as the spec says.
    author: authorName(item) ?? feedAuthor,
    sourceName: null,
    published: string(item['date_published']),
    updated: string(item['date_modified']),
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
    language: string(item['language']),
  };
}

/** `authors` (1.1) or `author` (1.0). */
function authorName(owner: JsonObject): string | null {
  const authors = Array.isArray(owner['authors'])
    ? owner['authors']
    : [owner['author']];
  return (
    nonEmpty(
      authors.filter(isObject).map((author) => string(author['name'])),
    )[0] ?? null
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
