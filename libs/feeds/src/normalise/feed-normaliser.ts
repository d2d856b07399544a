import { createHash } from 'node:crypto';
import type { FeedItem } from '@lyt/contracts';
import { languageCode } from '@lyt/enrichment';
import type { FeedDocument, FeedEntry, FeedText } from '../parse/feed-document';
import {
  blueskyProfileHandle,
  cleanAuthor,
  handleFromStatusUrl,
} from './author.util';
import { resolvePublishedAt } from './feed-date.util';
import { toHttpUrl } from './feed-url.util';
import { collectHashtags } from './hashtags.util';
import { feedTextToPlain } from './feed-text.util';
import { collapseWhitespace } from './html-text.util';

/** Guesses an ISO 639-1 code from an item's text, or null when the text is too short or unclear. */
export type LanguageDetector = (text: string) => string | null;

export interface NormaliseOptions {
  /** Where the feed was fetched from (after redirects): the base for relative links. */
  feedUrl: string;
  /** When the items were first seen: the date of items without one. */
  now: Date;
  /** Used only when neither the item nor the channel declares a language. */
  detectLanguage?: LanguageDetector;
}

/** FeedItems per the `lyt parse` contract, deduplicated by guid (the first wins); empty entries dropped. */
export function normaliseFeed(
  document: FeedDocument,
  options: NormaliseOptions,
): FeedItem[] {
  const context: FeedContext = {
    base: linkBase(options.feedUrl, document.siteUrl),
    channelLanguage: firstLanguage(document.languages),
    profileHandle: blueskyProfileHandle(
      document.title ? feedTextToPlain(document.title) : null,
      document.siteUrl,
    ),
    ...options,
  };
  const seen = new Set<string>();
  const items: FeedItem[] = [];
  for (const entry of document.entries) {
    const item = normaliseEntry(entry, context);
    if (!item || seen.has(item.guid)) continue;
    seen.add(item.guid);
    items.push(item);
  }
  return items;
}

interface FeedContext extends NormaliseOptions {
  base: string | null;
  channelLanguage: string | null;
  profileHandle: string | null;
}

function normaliseEntry(
  entry: FeedEntry,
  context: FeedContext,
): FeedItem | null {
  const base = entry.bases.reduce<string | null>(
    (outer, xmlBase) => toHttpUrl(xmlBase, outer) ?? outer,
    context.base,
  );
  const body = firstReadable(entry.bodies);
  const text = body?.plain ?? '';
  const url =
    firstNonEmpty(entry.links, (link) => toHttpUrl(link, base)) ??
    firstNonEmpty(entry.absoluteLinks, (link) => toHttpUrl(link));
  const sourceName = entry.sourceName
    ? collapseWhitespace(entry.sourceName) || null
    : null;
  const heading = firstReadable(entry.titles);
  const title = withoutPublisherSuffix(heading?.plain ?? '', sourceName);
  if (!title && !text && !url) return null;
  return {
    guid:
      entry.ids[0] ??
      url ??
      contentHash(title, entry.published[0] ?? entry.updated[0] ?? null, text),
    url,
    title: title || null,
    text,
    author:
      firstNonEmpty(entry.authors, cleanAuthor) ??
      sourceName ??
      handleFromStatusUrl(url, context.profileHandle),
    publishedAt: resolvePublishedAt(
      entry.published,
      entry.updated,
      context.now,
    ),
    hashtags: collectHashtags(text, entry.categories),
    mediaUrl: firstNonEmpty(entry.images, (image) => toHttpUrl(image, base)),
    language:
      firstLanguage([(body ?? heading)?.text.language, ...entry.languages]) ??
      context.channelLanguage ??
      detectLanguage(title, text, context.detectLanguage),
  };
}

/** The first tag that names a language, as ISO 639-1. */
export function firstLanguage(
  tags: ReadonlyArray<string | undefined>,
): string | null {
  return firstNonEmpty(tags, languageCode);
}

/** The first text that has some plain text, with that text. */
function firstReadable(
  texts: readonly FeedText[],
): { text: FeedText; plain: string } | null {
  for (const text of texts) {
    const plain = feedTextToPlain(text);
    if (plain) return { text, plain };
  }
  return null;
}

/** Google News titles read "Headline - Publisher", with the publisher repeated in <source>. */
function withoutPublisherSuffix(
  title: string,
  publisher: string | null,
): string {
  const suffix = publisher ? ` - ${publisher}` : null;
  return suffix && title.endsWith(suffix) && title.length > suffix.length
    ? title.slice(0, -suffix.length).trim()
    : title;
}

/**
 * For a feed read from a file there is no web address to resolve against; the site link the
 * feed itself declares is the next best base.
 */
function linkBase(feedUrl: string, siteUrl: string | null): string | null {
  if (toHttpUrl(feedUrl)) return feedUrl;
  return toHttpUrl(siteUrl) ?? (URL.canParse(feedUrl) ? feedUrl : null);
}

/** A stable identity for entries with neither guid nor link: re-polling must give the same guid. */
function contentHash(title: string, date: string | null, text: string): string {
  return createHash('sha256')
    .update(`${title}\n${date ?? ''}\n${text}`)
    .digest('hex');
}

function detectLanguage(
  title: string,
  text: string,
  detector: LanguageDetector | undefined,
): string | null {
  if (!detector) return null;
  return languageCode(
    detector(title && text ? `${title}\n${text}` : title || text),
  );
}

function firstNonEmpty<V, T extends string>(
  values: readonly V[],
  transform: (value: V) => T | null,
): T | null {
  for (const value of values) {
    const result = transform(value);
    if (result) return result;
  }
  return null;
}
