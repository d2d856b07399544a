import { decodeHTMLStrict } from 'entities';
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { FeedError } from '../feed-error';
import { NAMESPACE_PREFIXES } from './xml-namespaces.constant';

/** An element of a feed, named the way a feed reader knows it. */
export interface XmlElement {
  /**
   * Lower-cased local name, prefixed by the namespace's usual prefix unless the element is in
   * the document's own vocabulary: `title`, `dc:creator`, `content:encoded`, `atom:link`.
   */
  readonly name: string;
  /** Attribute values with entities decoded, by lower-cased name as written (`xml:lang`, `href`). */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Character data in the element, entities decoded (CDATA as is). */
  text: string;
  /** True when a body-like element holds markup of its own (XHTML, unescaped HTML). */
  markup: boolean;
  /** Where the element's content starts and ends in the source. */
  contentStart: number;
  contentEnd: number;
  /** Closed by its own end tag (false when the document ended or an outer end tag came first). */
  closed: boolean;
  /** A well-formedness error occurred while the element was open. */
  damaged: boolean;
}

export interface XmlProblem {
  message: string;
  line: number;
  column: number;
}

export interface XmlTree {
  root: XmlElement | null;
  /** The text the offsets refer to. */
  source: string;
  /** Well-formedness errors that were recovered from, first first. */
  problems: XmlProblem[];
}

// Elements whose content is text or HTML, written escaped or (wrongly, but often) as markup
// within the feed: errors in that markup are the HTML's, not the feed's.
const BODY_ELEMENTS = new Set([
  'title',
  'description',
  'summary',
  'content',
  'subtitle',
  'tagline',
  'rights',
  'copyright',
  'info',
  'body',
  'content:encoded',
  'fullitem',
  'dc:description',
  'dc:title',
  'media:description',
  'media:title',
  'itunes:summary',
  'xhtml:body',
  'xhtml:div',
  'atom:title',
  'atom:summary',
  'atom:content',
]);

// Local names of the feed's text elements, none of which HTML uses as an end tag on its own: an
// end tag with one of these names that closes nothing open is a misspelt end of the open text
// element (<title>…</subtitle>), as lenient readers take it. Any other stray end tag inside a
// text element is its HTML's.
const TEXT_END_TAGS = new Set([
  'title',
  'description',
  'summary',
  'content',
  'subtitle',
  'tagline',
  'rights',
  'copyright',
  'info',
  'encoded',
]);

const MAX_PROBLEMS = 10;

interface OpenElement {
  /** Lower-cased qualified name as written, for matching the end tag. */
  written: string;
  /** Null for markup inside a body element, which is not part of the tree. */
  element: XmlElement | null;
  namespaces: Readonly<Record<string, string>>;
}

/**
 * Reads XML leniently, as feed readers must: htmlparser2's tokenizer never gives up, and this
 * builds the tree the way browsers recover HTML — an end tag closes the elements left open inside
 * it, a stray end tag is skipped, the end of the text closes everything. Each recovery is noted in
 * `problems` and marks the elements it touched as damaged, so a reader can keep what is sound.
 * Namespaces are resolved, so `<a10:updated>` and `<atom:updated>` are one element. Entities
 * are decoded as HTML does (all HTML5 names, numeric references, a bare '&' as text); `entities`
 * are the DOCTYPE's plain-text ones, expanded to at most as much text as the source itself has
 * (more is refused as an entity-expansion attack).
 */
export function readXmlTree(
  source: string,
  start = 0,
  entities: ReadonlyMap<string, string> = new Map(),
): XmlTree {
  const builder = new TreeBuilder(source, start, entities);
  const tokenizer = new Tokenizer(
    { xmlMode: true, decodeEntities: false },
    builder,
  );
  builder.tokenizer = tokenizer;
  tokenizer.write(source.slice(start));
  tokenizer.end();
  return { root: builder.root, source, problems: builder.problems };
}

/** Entity references in feed text: XML's five, HTML5's names, numbers; anything else as written. */
export function decodeXmlText(text: string): string {
  const decoded = text.includes('&') ? decodeHTMLStrict(text) : text;
  // XML forbids these; feeds that contain them mean nothing by them.
  return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(decoded)
    ? decoded.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
    : decoded;
}

class TreeBuilder implements TokenizerCallbacks {
  tokenizer: Tokenizer | null = null;
  root: XmlElement | null = null;
  readonly problems: XmlProblem[] = [];
  private readonly stack: OpenElement[] = [];
  private readonly text: string;
  private homePrefix: string | null = null;
  private rootDone = false;
  /** Index in `stack` of the open body element, -1 outside bodies. */
  private body = -1;
  private tagName = '';
  private attributes: Record<string, string> = {};
  private attributeName = '';
  private attributeValue = '';

  /** Characters the declared entities have expanded to so far. */
  private expanded = 0;

  constructor(
    private readonly source: string,
    private readonly offset: number,
    private readonly entities: ReadonlyMap<string, string>,
  ) {
    this.text = source.slice(offset);
  }

  /** decodeXmlText, with the declared entities expanded first. */
  private decode(text: string): string {
    if (this.entities.size === 0 || !text.includes('&'))
      return decodeXmlText(text);
    let decoded = '';
    let last = 0;
    for (const match of text.matchAll(/&([^\s&;<>"']+);/g)) {
      const value = this.entities.get(match[1] as string);
      if (value === undefined) continue;
      this.expanded += value.length;
      if (this.expanded > this.source.length)
        throw new FeedError(
          'malformed',
          'feed expands the entities of its DOCTYPE to more text than the feed has: refused as a possible entity-expansion attack',
        );
      decoded += decodeXmlText(text.slice(last, match.index)) + value;
      last = match.index + match[0].length;
    }
    return decoded + decodeXmlText(text.slice(last));
  }

  onopentagname(start: number, end: number): void {
    this.tagName = this.text.slice(start, end);
    this.attributes = {};
  }

  onattribname(start: number, end: number): void {
    this.attributeName = this.text.slice(start, end).toLowerCase();
    this.attributeValue = '';
  }

  onattribdata(start: number, end: number): void {
    this.attributeValue += this.text.slice(start, end);
  }

  onattribentity(): void {
    // Entities are decoded by decode, never by the tokenizer.
  }

  onattribend(): void {
    if (!(this.attributeName in this.attributes))
      this.attributes[this.attributeName] = this.decode(this.attributeValue);
  }

  onopentagend(end: number): void {
    this.open(end + 1);
  }

  onselfclosingtag(end: number): void {
    this.open(end + 1);
    const top = this.stack.pop() as OpenElement;
    this.finish(top, end + 1, true);
  }

  onclosetag(start: number, end: number): void {
    const written = this.text.slice(start, end).toLowerCase();
    let target = -1;
    for (let index = this.stack.length - 1; index >= 0; index -= 1) {
      if ((this.stack[index] as OpenElement).written === written) {
        target = index;
        break;
      }
    }
    const inBody = this.body !== -1;
    const contentEnd = Math.max(0, start - 2) + this.offset;
    if (target === -1) {
      if (this.endsOpenLeaf(written)) {
        this.problem('mismatched close tag', end, false);
        this.finish(this.stack.pop() as OpenElement, contentEnd, true);
      } else if (!inBody) {
        // A stray end tag inside a body is the HTML's business.
        this.problem('unexpected close tag', end);
      }
      return;
    }
    if (inBody ? target < this.body : target !== this.stack.length - 1)
      this.problem('unexpected close tag', end);
    while (this.stack.length > target + 1)
      this.finish(this.stack.pop() as OpenElement, contentEnd, false);
    this.finish(this.stack.pop() as OpenElement, contentEnd, true);
  }

  /**
   * Whether an end tag that closes nothing open is the misspelt end of the innermost element: of
   * a text element when it names one (<title>…</subtitle>; any other name is the HTML's stray
   * tag), of a feed element without children whatever it names (<logo>…</link>).
   */
  private endsOpenLeaf(written: string): boolean {
    const top = this.stack.at(-1)?.element;
    if (!top || this.stack.length < 2) return false;
    if (this.body === this.stack.length - 1)
      return TEXT_END_TAGS.has(written.slice(written.indexOf(':') + 1));
    return this.body === -1 && top.children.length === 0;
  }

  ontext(start: number, end: number): void {
    this.appendText(this.decode(this.text.slice(start, end)));
  }

  oncdata(start: number, end: number, endOffset: number): void {
    this.appendText(this.text.slice(start, end - endOffset));
  }

  ontextentity(): void {
    // Entities are decoded by decode, never by the tokenizer.
  }

  oncomment(): void {}

  ondeclaration(): void {}

  onprocessinginstruction(): void {}

  onend(): void {
    if (this.stack.length > 0) {
      const open = this.stack
        .map((entry) => entry.element?.name)
        .filter(Boolean)
        .at(-1);
      this.problem(
        `the document ends inside <${open ?? this.stack.at(-1)?.written}>`,
        this.text.length,
      );
    }
    while (this.stack.length > 0)
      this.finish(this.stack.pop() as OpenElement, this.source.length, false);
  }

  private open(contentStart: number): void {
    const parent = this.stack.at(-1);
    const namespaces = withDeclarations(
      parent?.namespaces ?? {},
      this.attributes,
    );
    const written = this.tagName.toLowerCase();
    if (this.body !== -1 || this.rootDone) {
      const body = this.stack[this.body]?.element;
      if (body) body.markup = true;
      this.stack.push({ written, element: null, namespaces });
      return;
    }
    const prefix = namespacePrefix(this.tagName, namespaces);
    this.homePrefix ??= prefix;
    const local = written.slice(written.indexOf(':') + 1);
    const element: XmlElement = {
      name:
        prefix === '' || prefix === this.homePrefix
          ? local
          : `${prefix}:${local}`,
      attributes: this.attributes,
      children: [],
      text: '',
      markup: false,
      contentStart: contentStart + this.offset,
      contentEnd: contentStart + this.offset,
      closed: false,
      damaged: false,
    };
    if (parent?.element) parent.element.children.push(element);
    else this.root = element;
    if (BODY_ELEMENTS.has(element.name) && parent)
      this.body = this.stack.length;
    this.stack.push({ written, element, namespaces });
  }

  private finish(entry: OpenElement, contentEnd: number, closed: boolean) {
    if (this.stack.length === this.body) this.body = -1;
    if (this.stack.length === 0) this.rootDone = true;
    const element = entry.element;
    if (!element) return;
    element.contentEnd = Math.max(element.contentStart, contentEnd);
    element.closed = closed;
  }

  private appendText(text: string): void {
    const target =
      this.body !== -1
        ? this.stack[this.body]?.element
        : this.stack.at(-1)?.element;
    if (target) target.text += text;
  }

  /** Notes a recovery; `damage`: the open elements may have lost or gained content by it. */
  private problem(message: string, end: number, damage = true): void {
    if (damage)
      for (const entry of this.stack)
        if (entry.element) entry.element.damaged = true;
    // The first few say what is wrong; locating thousands would cost time.
    if (this.problems.length >= MAX_PROBLEMS) return;
    const absolute = end + this.offset;
    const before = this.source.slice(0, absolute);
    const lineStart = before.lastIndexOf('\n') + 1;
    this.problems.push({
      message,
      line: before.split('\n').length,
      column: absolute - lineStart + 1,
    });
  }
}

function withDeclarations(
  inherited: Readonly<Record<string, string>>,
  attributes: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  let scope: Record<string, string> | null = null;
  for (const name in attributes) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= { ...inherited };
    scope[name === 'xmlns' ? '' : name.slice(6)] = (
      attributes[name] as string
    ).trim();
  }
  return scope ?? inherited;
}

/**
 * The usual prefix of an element's namespace; for a namespace no feed reader knows, the prefix
 * as written (also when the feed never declared it: `dc:creator` without xmlns:dc is common).
 */
function namespacePrefix(
  qualifiedName: string,
  namespaces: Readonly<Record<string, string>>,
): string {
  const colon = qualifiedName.indexOf(':');
  const written =
    colon === -1 ? '' : qualifiedName.slice(0, colon).toLowerCase();
  const uri = namespaces[written];
  if (uri === undefined || uri === '') return written;
  return (
    NAMESPACE_PREFIXES[uri] ?? NAMESPACE_PREFIXES[uri.toLowerCase()] ?? written
  );
}
