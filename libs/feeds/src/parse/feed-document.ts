export type FeedFormat = 'rss' | 'rdf' | 'atom' | 'json';

/**
 * One entry as the feed states it, before normalisation: candidates in order of preference,
 * values still raw (HTML bodies, unparsed dates, possibly relative URLs).
 */
export interface FeedEntry {
  /** guid / id / rdf:about. */
  ids: string[];
  links: string[];
  title: string | null;
  /** Richest first: content:encoded or Atom content, media:description, description, summary. */
  bodies: string[];
  author: string | null;
  /** RSS <source>: the publisher an aggregator (Google News) took the item from. */
  sourceName: string | null;
  published: string | null;
  updated: string | null;
  categories: string[];
  images: string[];
  language: string | null;
}

export interface FeedDocument {
  format: FeedFormat;
  title: string | null;
  language: string | null;
  /** The site the feed belongs to (RSS channel link, Atom alternate link, JSON home_page_url). */
  siteUrl: string | null;
  entries: FeedEntry[];
}
