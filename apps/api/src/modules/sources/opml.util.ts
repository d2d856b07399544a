import { inspectXmlProlog, readXmlTree, type XmlElement } from '@lyt/feeds';

/** A feed an OPML file lists, with the folders it sits in (Miniflux and FreshRSS nest them one deep). */
export interface OpmlFeed {
  name: string;
  url: string | null;
}

/** No reader writes deeper folders than a few levels; deeper nesting is hostile. */
const MAX_DEPTH = 16;
/**
 * Each feed is checked (DNS, address guard) and added in the request: a file
 * under the 1 MB body limit can list 20 000, which would take minutes.
 */
export const MAX_OPML_FEEDS = 1000;

/**
 * The feeds of an OPML subscription list, in file order: every `outline` with
 * an `xmlUrl`, however deep in folders. Read with the feed reader's lenient,
 * entity-safe XML reader; a DOCTYPE that declares entities is refused.
 */
export function readOpml(xml: string): OpmlFeed[] | { error: string } {
  const prolog = inspectXmlProlog(xml);
  if (prolog.declaresEntities)
    return { error: 'body: OPML with entity declarations is refused' };
  if (prolog.rootName?.toLowerCase() !== 'opml')
    return { error: 'body: not an OPML file (no <opml> root element)' };
  const { root } = readXmlTree(xml, prolog.rootStart);
  const found = root?.children.find((child) => child.name === 'body');
  if (!found) return { error: 'body: the OPML file has no <body>' };
  // The feed reader takes <body> for HTML and keeps no tree of it: read its content again as XML.
  const body = readXmlTree(
    `<outlines>${xml.slice(found.contentStart, found.contentEnd)}</outlines>`,
  ).root;
  if (!body) return [];
  const feeds: OpmlFeed[] = [];
  const walk = (element: XmlElement, depth: number) => {
    for (const child of element.children) {
      if (child.name !== 'outline') continue;
      const url = child.attributes['xmlurl']?.trim() || null;
      const name = (
        child.attributes['title'] ||
        child.attributes['text'] ||
        url ||
        ''
      ).trim();
      // A folder is an outline without a feed of its own.
      if (url || child.children.length === 0) feeds.push({ name, url });
      if (depth < MAX_DEPTH) walk(child, depth + 1);
    }
  };
  walk(body, 0);
  if (feeds.length > MAX_OPML_FEEDS)
    return {
      error: `body: the OPML file lists ${feeds.length} feeds; import at most ${MAX_OPML_FEEDS} at a time`,
    };
  return feeds;
}

const escapeXml = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** The sources as OPML 2.0, one flat list, as feed readers import it. */
export function writeOpml(
  sources: { name: string; url: string }[],
  created: Date,
): string {
  const outlines = sources
    .map(
      ({ name, url }) =>
        `    <outline type="rss" text="${escapeXml(name)}" title="${escapeXml(name)}" xmlUrl="${escapeXml(url)}"/>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Lyt sources</title>
    <dateCreated>${created.toUTCString()}</dateCreated>
  </head>
  <body>
${outlines}
  </body>
</opml>
`;
}
