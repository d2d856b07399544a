/**
 * The prefix a feed reader knows each namespace by, whatever prefix a feed declares for it
 * (.NET writes Atom as `a10:`, some feeds write Dublin Core as `DC:`). '' marks the RSS
 * vocabularies: their elements are read by their bare names.
 */
export const NAMESPACE_PREFIXES: Readonly<Record<string, string>> = {
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/2005/Atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.youtube.com/xml/schemas/2015': 'yt',
  'http://www.w3.org/XML/1998/namespace': 'xml',
};
