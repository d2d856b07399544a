import { looksLikeHtml } from '../normalise/html-text.util';
import type {
  FeedDocument,
  FeedEntry,
  FeedFormat,
  FeedText,
} from './feed-document';
import { nonEmpty } from './feed-values.util';
import { readXmlTree, type XmlElement, type XmlProblem } from './xml-tree';

export interface XmlFeed {
  document: FeedDocument;
  /** Well-formedness errors recovered from. */
  problems: XmlProblem[];
  /** Entries left out because an error fell inside them or the document ended within them. */
  dropped: number;
}

const XML_FORMATS: Record<string, Exclude<FeedFormat, 'json'>> = {
  rss: 'rss',
  channel: 'rss',
  rdf: 'rdf',
  feed: 'atom',
};
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif)(?:$|[?#])/i;
const BINARY_TYPE =
  /^(?:image|audio|video|font|model)\/|^application\/(?:octet-stream|pdf|zip|gzip|x-shockwave-flash)/;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Text has no control characters but tab, line feed and carriage return; binary data has.
const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

// Element names a field is read from, in order of preference.
const TITLES = ['title', 'dc:title'];
const CHANNEL_LANGUAGES = ['language', 'dc:language'];
const RSS_CONTENTS = ['content:encoded', 'xhtml:body', 'body', 'fullitem'];
const RSS_DESCRIPTIONS = ['description', 'dc:description', 'summary'];
const RSS_SUMMARIES = ['content', 'itunes:summary'];
const AUTHOR_NAMES = ['name', 'atom:name'];
const RSS_OTHER_AUTHORS = ['dc:author', 'itunes:author', 'dc:contributor'];
const RSS_PUBLISHED = [
  'pubdate',
  'dc:date',
  'dcterms:issued',
  'dcterms:created',
  'atom:published',
];
const RSS_UPDATED = ['dcterms:modified', 'atom:updated'];
const ITEM_LANGUAGES = ['dc:language', 'language'];
const ATOM_PUBLISHED = ['published', 'issued', 'created', 'dc:date'];
const ATOM_UPDATED = ['updated', 'modified'];
const ATOM_AUTHORS = ['author', 'atom:author'];
const ATOM_LINKS = ['link', 'atom:link'];

/** The feed format a root element (named as XmlElement names it) stands for, if any. */
export function xmlFeedFormat(
  rootLocalName: string,
): Exclude<FeedFormat, 'json'> | null {
  return XML_FORMATS[rootLocalName.toLowerCase()] ?? null;
}

/**
 * Reads RSS 0.9x–2.0, RSS 1.0 (RDF) and Atom 0.3/1.0 from XML that starts its root element at
 * `rootStart`. Ill-formed XML is recovered the way lenient readers do; an entry that the
 * recovery had to guess at is left out rather than stored half.
 */
export function parseXmlFeed(
  xml: string,
  rootStart: number,
  entities?: ReadonlyMap<string, string>,
): XmlFeed | null {
  const tree = readXmlTree(xml, rootStart, entities);
  const root = tree.root;
  const format = root ? xmlFeedFormat(root.name) : null;
  if (!root || !format) return null;
  const reader = new FeedReader(tree.source);
  const { document, dropped } =
    format === 'atom' ? reader.atom(root) : reader.rss(root, format);
  return { document, problems: tree.problems, dropped };
}

class FeedReader {
  constructor(private readonly source: string) {}

  rss(
    root: XmlElement,
    format: 'rss' | 'rdf',
  ): { document: FeedDocument; dropped: number } {
    const channel = root.name === 'channel' ? root : child(root, 'channel');
    // RSS 1.0 puts items beside the channel; some RSS 2.0 feeds do too.
    const items = [
      ...(channel && channel !== root ? children(channel, 'item') : []),
      ...children(root, 'item'),
    ];
    const sound = items.filter(isSound);
    const head = channel ?? root;
    return {
      document: {
        format,
        title: this.rssText(child(head, TITLES)),
        languages: nonEmpty([
          ...texts(head, CHANNEL_LANGUAGES),
          head.attributes['xml:lang'],
          root.attributes['xml:lang'],
        ]),
        siteUrl: nonEmpty(texts(head, 'link'))[0] ?? null,
        entries: sound.map((item) => this.rssEntry(item, [root, head])),
      },
      dropped: items.length - sound.length,
    };
  }

  atom(root: XmlElement): { document: FeedDocument; dropped: number } {
    const entries = children(root, 'entry');
    const sound = entries.filter(isSound);
    const feedAuthors = this.atomAuthors(root);
    return {
      document: {
        format: 'atom',
        title: this.atomText(child(root, 'title')),
        languages: nonEmpty([
          root.attributes['xml:lang'],
          ...texts(root, 'dc:language'),
        ]),
        siteUrl: atomLinks(root)[0] ?? null,
        entries: sound.map((entry) => this.atomEntry(entry, root, feedAuthors)),
      },
      dropped: entries.length - sound.length,
    };
  }

  private rssEntry(item: XmlElement, ancestors: XmlElement[]): FeedEntry {
    const guidElement = child(item, 'guid');
    const guid = guidElement?.text.trim() ?? '';
    const about = item.attributes['rdf:about'] ?? item.attributes['about'];
    const groups = children(item, 'media:group');
    return {
      ids: nonEmpty([guid, about, ...texts(item, 'atom:id')]),
      links: nonEmpty([
        ...children(item, 'link').map(
          (link) => link.text.trim() || link.attributes['href'],
        ),
        ...atomLinks(item),
        about,
      ]),
      // A guid is the item's link only if it says so and is a full URL: a bare "xss-1" is
      // no address on the feed's host.
      absoluteLinks:
        guidElement?.attributes['ispermalink']?.trim().toLowerCase() === 'false'
          ? []
          : nonEmpty([guid]),
      titles: [
        ...this.rssTexts(item, TITLES),
        ...this.mediaTexts(item, groups, 'media:title'),
      ],
      bodies: [
        ...this.rssTexts(item, RSS_CONTENTS),
        ...children(item, 'atom:content').map((content) =>
          this.atomText(content),
        ),
        ...this.mediaTexts(item, groups, 'media:description'),
        ...this.rssTexts(item, RSS_DESCRIPTIONS),
        ...this.rssTexts(item, RSS_SUMMARIES),
      ].filter((body): body is FeedText => body !== null),
      authors: nonEmpty([
        ...texts(item, 'dc:creator'),
        ...children(item, 'author').map(
          (author) => textOf(child(author, AUTHOR_NAMES)) || author.text,
        ),
        ...this.atomAuthors(item),
        ...texts(item, RSS_OTHER_AUTHORS),
      ]),
      sourceName: nonEmpty(texts(item, 'source'))[0] ?? null,
      published: nonEmpty(texts(item, RSS_PUBLISHED)),
      updated: nonEmpty(texts(item, RSS_UPDATED)),
      categories: nonEmpty([
        ...children(item, 'category').map(
          (category) => category.text || category.attributes['term'],
        ),
        ...texts(item, 'dc:subject'),
        ...children(item, 'atom:category').map(
          (category) => category.attributes['term'],
        ),
        ...podcastCategories(item),
      ]),
      images: images(item, groups),
      languages: nonEmpty([
        ...texts(item, ITEM_LANGUAGES),
        item.attributes['xml:lang'],
      ]),
      bases: bases([...ancestors, item]),
    };
  }

  private atomEntry(
    entry: XmlElement,
    feed: XmlElement,
    feedAuthors: string[],
  ): FeedEntry {
    const groups = children(entry, 'media:group');
    const source = child(entry, 'source');
    const entryAuthors = [
      ...this.atomAuthors(entry),
      ...texts(entry, 'dc:creator'),
      // RFC 4287 §4.2.1: without authors of its own, an entry has its source's, then the feed's.
      ...(source ? this.atomAuthors(source) : []),
    ];
    return {
      ids: nonEmpty(texts(entry, 'id')),
      links: atomLinks(entry),
      absoluteLinks: [],
      titles: [
        ...nonNull([this.atomText(child(entry, 'title'))]),
        ...this.mediaTexts(entry, groups, 'media:title'),
      ],
      bodies: nonNull([
        ...children(entry, 'content').map((content) => this.atomText(content)),
        ...this.mediaTexts(entry, groups, 'media:description'),
        ...children(entry, 'summary').map((summary) => this.atomText(summary)),
      ]),
      authors: nonEmpty(entryAuthors).length
        ? nonEmpty(entryAuthors)
        : feedAuthors,
      sourceName: null,
      // Atom 0.3 says issued and modified (and created).
      published: nonEmpty(texts(entry, ATOM_PUBLISHED)),
      updated: nonEmpty(texts(entry, ATOM_UPDATED)),
      categories: nonEmpty(
        children(entry, 'category').map(
          (category) =>
            category.attributes['term'] ??
            category.attributes['label'] ??
            category.text,
        ),
      ),
      images: [
        ...images(entry, groups),
        ...children(entry, 'link')
          .filter(
            (link) =>
              link.attributes['rel'] === 'enclosure' &&
              link.attributes['type']?.toLowerCase().startsWith('image/'),
          )
          .map((link) => link.attributes['href'] ?? ''),
      ].filter(Boolean),
      languages: nonEmpty([
        entry.attributes['xml:lang'],
        ...texts(entry, 'dc:language'),
      ]),
      bases: bases([feed, entry]),
    };
  }

  private atomAuthors(owner: XmlElement): string[] {
    return nonEmpty(
      children(owner, ATOM_AUTHORS).map(
        (author) =>
          textOf(child(author, AUTHOR_NAMES)) ||
          (author.children.length === 0 ? author.text : ''),
      ),
    );
  }

  /** An RSS field: HTML by convention, written escaped, in CDATA or (wrongly) as markup. */
  private rssText(element: XmlElement | null): FeedText | null {
    if (!element) return null;
    return withLanguage(
      { value: this.content(element), type: 'html' },
      element,
    );
  }

  private rssTexts(
    item: XmlElement,
    names: string | readonly string[],
  ): FeedText[] {
    return nonNull(
      children(item, names).map((element) => this.rssText(element)),
    );
  }

  /**
   * An Atom text construct or content (RFC 4287 §3.1, §4.1.3; Atom 0.3's mode="escaped" and
   * "base64"). Markup inside it is read as XHTML whatever its type says; text without a type
   * is HTML only when it looks like HTML.
   */
  private atomText(element: XmlElement | null): FeedText | null {
    if (!element) return null;
    const text = this.atomTextValue(element);
    return text && withLanguage(text, element);
  }

  private atomTextValue(element: XmlElement): FeedText | null {
    if (element.markup) return { value: this.content(element), type: 'html' };
    const type = element.attributes['type']?.trim().toLowerCase() ?? '';
    const mode = element.attributes['mode']?.trim().toLowerCase();
    // Out-of-line content (src="…") has nothing to read here.
    if (element.attributes['src'] !== undefined && !element.text.trim())
      return null;
    const value =
      mode === 'base64' ? (decodeBase64Text(element.text) ?? '') : element.text;
    if (type === 'html' || type.endsWith('/html'))
      return { value, type: 'html' };
    if (type === '')
      return {
        value,
        type: mode === 'escaped' || looksLikeHtml(value) ? 'html' : 'text',
      };
    // XHTML without markup is text whose entities are already decoded.
    if (type === 'text' || type.startsWith('text/') || /xml|xhtml/.test(type))
      return {
        value,
        type: mode === 'escaped' && !type.startsWith('text') ? 'html' : 'text',
      };
    if (mode !== 'base64') return otherMediaText(value, type);
    return value && !BINARY_TYPE.test(type)
      ? { value, type: looksLikeHtml(value) ? 'html' : 'text' }
      : null;
  }

  /** media:title or media:description of the item and its media:groups: plain unless type="html". */
  private mediaTexts(
    item: XmlElement,
    groups: readonly XmlElement[],
    name: 'media:title' | 'media:description',
  ): FeedText[] {
    return [item, ...groups].flatMap((owner) =>
      children(owner, name).map((element) =>
        withLanguage(
          {
            value: this.content(element),
            type:
              element.markup ||
              element.attributes['type']?.toLowerCase() === 'html'
                ? 'html'
                : 'text',
          },
          element,
        ),
      ),
    );
  }

  /** The element's content: its text, or its markup as written when it has some. */
  private content(element: XmlElement): string {
    return element.markup
      ? this.source.slice(element.contentStart, element.contentEnd)
      : element.text;
  }
}

/** The text with the xml:lang its element declares: the text's own language outranks its entry's. */
function withLanguage(text: FeedText, element: XmlElement): FeedText {
  const language = element.attributes['xml:lang']?.trim();
  return language ? { ...text, language } : text;
}

/** A podcast's itunes:category names (nested ones too) and its comma-separated itunes:keywords. */
function podcastCategories(item: XmlElement): string[] {
  const categories: string[] = [];
  const visit = (owner: XmlElement): void => {
    for (const category of children(owner, 'itunes:category')) {
      categories.push(category.attributes['text'] ?? '');
      visit(category);
    }
  };
  visit(item);
  for (const keywords of texts(item, 'itunes:keywords'))
    for (const keyword of keywords.split(',')) categories.push(keyword);
  return categories;
}

/** An entry that was closed by its own end tag, with no error inside it. */
function isSound(entry: XmlElement): boolean {
  return entry.closed && !entry.damaged;
}

/** Alternate links first (text/html before other types), then links without rel. */
function atomLinks(owner: XmlElement): string[] {
  const links = children(owner, ATOM_LINKS).filter(
    (link) => link.attributes['href'] !== undefined,
  );
  const alternates = links.filter((link) => {
    const rel = link.attributes['rel']?.trim().toLowerCase();
    return !rel || rel === 'alternate';
  });
  const html = alternates.filter((link) => {
    const type = link.attributes['type'];
    return !type || /html/i.test(type);
  });
  return nonEmpty(
    [...html, ...alternates].map((link) => link.attributes['href']),
  );
}

/** Image candidates in the contract's order: media:content, media:thumbnail, enclosure, itunes:image. */
function images(item: XmlElement, groups: readonly XmlElement[]): string[] {
  const owners = [item, ...groups];
  const contentElements = owners.flatMap((owner) =>
    children(owner, 'media:content'),
  );
  const contents = contentElements.map((content) => content.attributes);
  // A video's still sits inside its media:content as often as beside it.
  const thumbnails = [...owners, ...contentElements]
    .flatMap((owner) => children(owner, 'media:thumbnail'))
    .map((thumbnail) => thumbnail.attributes);
  const enclosures = children(item, 'enclosure').map(
    (enclosure) => enclosure.attributes,
  );
  return nonEmpty([
    ...contents.filter(isImage).map((content) => content['url']),
    ...thumbnails.map((thumbnail) => thumbnail['url']),
    ...enclosures.filter(isImage).map((enclosure) => enclosure['url']),
    ...children(item, 'itunes:image').map((image) => image.attributes['href']),
  ]);
}

function isImage(attributes: Readonly<Record<string, string>>): boolean {
  const medium = attributes['medium']?.toLowerCase();
  if (medium) return medium === 'image';
  const type = attributes['type']?.toLowerCase();
  if (type) return type.startsWith('image/');
  return IMAGE_EXTENSION.test(attributes['url'] ?? '');
}

/** The xml:base values that apply to the last element, outermost first. */
function bases(path: XmlElement[]): string[] {
  return nonEmpty(path.map((element) => element.attributes['xml:base']));
}

/**
 * Atom content of another media type is base64 (RFC 4287 §4.1.3.3): read it when it decodes to
 * text. What is not base64 is text a feed mislabelled (type="application/json"), unless the type
 * is binary (an image, a PDF), which is no text to show.
 */
function otherMediaText(value: string, type: string): FeedText | null {
  const decoded = decodeBase64Text(value);
  if (decoded !== null)
    return { value: decoded, type: looksLikeHtml(decoded) ? 'html' : 'text' };
  return BINARY_TYPE.test(type) ? null : { value, type: 'text' };
}

/** The UTF-8 text a base64 value encodes, or null when it is not base64 of text. */
function decodeBase64Text(value: string): string | null {
  const compact = value.replace(/\s+/g, '');
  if (!compact || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  try {
    const text = UTF8.decode(Buffer.from(compact, 'base64'));
    return CONTROL_CHARACTER.test(text) ? null : text;
  } catch {
    return null;
  }
}

function child(
  owner: XmlElement,
  names: string | readonly string[],
): XmlElement | null {
  return children(owner, names)[0] ?? null;
}

const NO_ELEMENTS: readonly XmlElement[] = [];
// An entry is asked for some forty names: past a few children, they are grouped by name once
// rather than scanned forty times.
const childrenByName = new WeakMap<
  XmlElement,
  Map<string, readonly XmlElement[]>
>();
const FEW_CHILDREN = 12;

function named(owner: XmlElement, name: string): readonly XmlElement[] {
  if (owner.children.length <= FEW_CHILDREN) {
    let found: XmlElement[] | null = null;
    const all = owner.children;
    for (let index = 0; index < all.length; index += 1)
      if ((all[index] as XmlElement).name === name)
        (found ??= []).push(all[index] as XmlElement);
    return found ?? NO_ELEMENTS;
  }
  let groups = childrenByName.get(owner);
  if (!groups) {
    const built = new Map<string, XmlElement[]>();
    for (const element of owner.children) {
      const group = built.get(element.name);
      if (group) group.push(element);
      else built.set(element.name, [element]);
    }
    groups = built;
    childrenByName.set(owner, groups);
  }
  return groups.get(name) ?? NO_ELEMENTS;
}

/** Children with the name or any of the names, in the order of `names`, then of the document. */
function children(
  owner: XmlElement,
  names: string | readonly string[],
): readonly XmlElement[] {
  if (typeof names === 'string') return named(owner, names);
  let found: XmlElement[] | null = null;
  for (let index = 0; index < names.length; index += 1) {
    const group = named(owner, names[index] as string);
    for (let at = 0; at < group.length; at += 1)
      (found ??= []).push(group[at] as XmlElement);
  }
  return found ?? NO_ELEMENTS;
}

function texts(owner: XmlElement, names: string | readonly string[]): string[] {
  return children(owner, names).map(textOf);
}

function textOf(element: XmlElement | null): string {
  return element?.text ?? '';
}

function nonNull<T>(values: ReadonlyArray<T | null>): T[] {
  return values.filter((value): value is T => value !== null);
}
