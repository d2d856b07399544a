export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/** A piece of text as the feed gives it: plain text, or HTML to be turned into text. */
export interface FeedText {
  value: string;
  type: 'text' | 'html';
  /** The language the text itself declares (xml:lang on its element), if any. */
  language?: string;
}

/**
 * One entry as the feed states it, before normalisation. Every field lists its candidates in
 * order of preference, so that an empty or unreadable one falls through to the next: an empty
 * <dc:creator/> must not hide <author>. Values are still raw (HTML bodies, unparsed dates,
 * possibly relative URLs).
 */
export interface FeedEntry {
  /** guid / id / rdf:about. */
  ids: string[];
  /** Links to the entry's page; relative ones resolve against `base`. */
  links: string[];
  /** Links that may only stand as they are (an RSS guid that is a URL). */
  absoluteLinks: string[];
  titles: FeedText[];
  /** Richest first: content:encoded or Atom content, media:description, description, summary. */
  bodies: FeedText[];
  authors: string[];
  /** RSS <source>: the publisher an aggregator (Google News) took the item from. */
  sourceName: string | null;
  published: string[];
  updated: string[];
  categories: string[];
  images: string[];
  languages: string[];
  /** The xml:base values around the entry, outermost first: where its relative links point from. */
  bases: string[];
}

export interface FeedDocument {
  format: FeedFormat;
  title: FeedText | null;
  languages: string[];
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON home_page_url). */
  siteUrl: string | null;
  entries: FeedEntry[];
}
