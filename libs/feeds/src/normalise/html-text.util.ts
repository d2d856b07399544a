import { Parser } from 'htmlparser2';
import {
  BLOCK_ELEMENTS,
  FOREIGN_ELEMENTS,
  HIDDEN_ELEMENTS,
  HTML_ELEMENTS,
} from './html-elements.constant';

/**
 * Plain text from an HTML body, read by a real HTML tokenizer (htmlparser2, with every HTML5
 * named entity): script, style and other hidden content dropped, tags removed, whitespace
 * collapsed. A self-closed `<iframe/>` closes at once rather than hiding the rest; a tag that
 * names no HTML element ("Vec<T>") is text, as its author meant it. The fallback content of
 * `<iframe>`, `<object>` and `<applet>` and the text of inline SVG and MathML are kept.
 */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&'))
    return collapseWhitespace(html);
  return collapseWhitespace(new HtmlTextCollector(html, true).read());
}

/** Text that is plain by declaration (Atom type="text", JSON Feed content_text): only whitespace changes. */
export function plainText(text: string): string {
  return collapseWhitespace(text);
}

// A run of whitespace that is not already one space: a lone ' ' (most of them) is left alone
// rather than replaced by itself, which spares a match and a copy per word.
const WHITESPACE_TO_COLLAPSE = /[^\S ]\s*| \s+/g;

export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

const LOOKS_LIKE_HTML =
  /<\/?([A-Za-z][A-Za-z0-9]*)\b[^<>]*>|&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/g;

/**
 * Whether text that no one declared as HTML reads as HTML: a tag of an HTML element or a
 * character reference. "Vec<T>" and "3 < 5" do not; "<p>Hej</p>" and "R&oslash;d" do.
 */
export function looksLikeHtml(text: string): boolean {
  if (!text.includes('<') && !text.includes('&')) return false;
  for (const [match, name] of text.matchAll(LOOKS_LIKE_HTML)) {
    if (name === undefined || HTML_ELEMENTS.has(name.toLowerCase()))
      return match.length > 0;
  }
  return false;
}

// htmlparser2 keeps its open elements in an array it unshifts onto: nesting n deep costs n².
// Past this depth the rest is read by a fresh parser, so hostile nesting costs linear time.
const MAX_DEPTH = 256;

class HtmlTextCollector {
  private readonly parts: string[] = [];
  /** What the current parser reads: the body, or its rest after a restart. */
  private current = '';
  /** Elements the current parser holds open. */
  private depth = 0;
  /** Where in `current` the next parser starts, -1 while none is due. */
  private restartAt = -1;
  private hidden = 0;
  /** Depth in SVG or MathML. */
  private foreign = 0;
  /** Inside an <iframe>, whose content the tokenizer hands over as raw text. */
  private inIframe = false;
  private parser: Parser | null = null;

  /** `readIframes`: read an iframe's fallback markup as HTML (once: not the iframes inside it). */
  constructor(
    private readonly html: string,
    private readonly readIframes: boolean,
  ) {}

  read(): string {
    this.current = this.html;
    for (;;) {
      this.depth = 0;
      this.restartAt = -1;
      this.parser = this.newParser();
      this.parser.end(this.current);
      if (this.restartAt === -1) break;
      this.current = this.current.slice(this.restartAt);
    }
    return this.parts.join('');
  }

  private newParser(): Parser {
    return new Parser(
      {
        onopentag: (name) => this.open(name),
        onclosetag: (name, implied) => this.close(name, implied),
        ontext: (text) => this.text(text),
        // A comment separates what stands on either side of it.
        oncomment: () => this.parts.push(' '),
      },
      {
        decodeEntities: true,
        lowerCaseTags: true,
        recognizeCDATA: true,
        recognizeSelfClosing: true,
      },
    );
  }

  private text(text: string): void {
    if (this.hidden > 0) return;
    if (!this.inIframe) this.parts.push(text);
    else if (this.readIframes)
      this.parts.push(new HtmlTextCollector(text, false).read());
  }

  private open(name: string): void {
    this.depth += 1;
    if (this.depth > MAX_DEPTH && this.parser && this.restartAt === -1) {
      this.restartAt = this.parser.endIndex + 1;
      this.parser.pause();
    }
    const local = localName(name);
    if (local === 'iframe') this.inIframe = true;
    if (FOREIGN_ELEMENTS.has(local)) this.foreign += 1;
    if (HIDDEN_ELEMENTS.has(local)) {
      if (this.hidden === 0) this.parts.push(' ');
      this.hidden += 1;
    } else if (this.hidden > 0) return;
    else if (BLOCK_ELEMENTS.has(local)) this.parts.push(' ');
    else if (!this.isMarkup(name, local)) this.parts.push(this.source());
  }

  private close(name: string, implied: boolean): void {
    this.depth = Math.max(0, this.depth - 1);
    const local = localName(name);
    if (local === 'iframe') this.inIframe = false;
    if (FOREIGN_ELEMENTS.has(local))
      this.foreign = Math.max(0, this.foreign - 1);
    if (HIDDEN_ELEMENTS.has(local)) this.hidden = Math.max(0, this.hidden - 1);
    else if (this.hidden > 0) return;
    else if (BLOCK_ELEMENTS.has(local)) this.parts.push(' ');
    else if (!implied && !this.isMarkup(name, local))
      this.parts.push(this.source());
  }

  /** Known HTML, anything inside SVG or MathML, a prefixed name (Word's <o:p>) or a custom element. */
  private isMarkup(name: string, local: string): boolean {
    return (
      this.foreign > 0 ||
      HTML_ELEMENTS.has(local) ||
      name.includes(':') ||
      name.includes('-')
    );
  }

  /** The tag as written, for a tag that turned out to be text. */
  private source(): string {
    const parser = this.parser as Parser;
    return this.current.slice(parser.startIndex, parser.endIndex + 1);
  }
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
